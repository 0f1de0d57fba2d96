/**
 * The renderer's Content-Security-Policy, sent as a response header (a <meta> CSP
 * cannot carry frame-ancestors). Shared by the app:// handler and the dev host so the
 * policy under test is the one that ships.
 */
function originOnly(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`city API origin must be http(s), got ${url.protocol}`);
  }
  // URL.origin drops any path, query or credentials, so nothing else can reach the header.
  return url.origin;
}

/**
 * `cityApiOrigin` is the one place besides 'self' the renderer may connect to; `styleHashes` are
 * the page's own inline <style> elements (electron/inline-style-hashes.ts), allowed by hash only.
 */
export function buildContentSecurityPolicy(
  cityApiOrigin?: string,
  styleHashes: readonly string[] = [],
): string {
  const connect = ["'self'", ...(cityApiOrigin === undefined ? [] : [originOnly(cityApiOrigin)])];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", ...styleHashes],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': connect,
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
