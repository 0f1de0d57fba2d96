import path from 'node:path';
import type { CustomScheme } from 'electron';
import { isAppUrl } from './url-trust';
import { buildContentSecurityPolicy } from './content-security-policy';
import { inlineStyleHashes } from './inline-style-hashes';

/**
 * The privileged app:// scheme that serves the built renderer from one stable origin
 * (app://kiosk), with a path-traversal guard and a strict CSP on every response.
 */

/** standard: web storage (IndexedDB for the outbox) and relative URLs; secure: a secure context. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Cache Storage rejects custom-scheme URLs (electron#35033): no service worker in bundled mode.
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: true,
  codeCache: true,
  // Never bypassCSP: the header below must apply.
  bypassCSP: false,
} as const satisfies NonNullable<CustomScheme['privileges']>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

function decodePathname(pathname: string): string | null {
  // Backslashes are path separators on Windows; a URL path never needs one.
  if (pathname.includes('\\')) return null;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Maps an app:// URL to a file inside rootDir, or null. Refuses other origins, bad
 * percent-encoding, NUL, backslashes, dot segments (also when encoded), empty
 * segments (`//etc/passwd`), drive letters and anything left percent-encoded after
 * one decode (double encoding), then re-checks containment with path.relative.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  const decoded = decodePathname(pathname);
  if (decoded === null || /[\0%\\:]/.test(decoded)) return null;
  if (decoded === '' || decoded === '/') return path.join(path.resolve(rootDir), 'index.html');
  if (!decoded.startsWith('/')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

export type AppProtocolRequest = { url: string; method?: string };

export type AppProtocolDeps = {
  rootDir: string;
  readFile: (file: string) => Promise<Uint8Array>;
  /**
   * The city API origin the renderer may connect to (undefined while the config is
   * broken). A function is asked on every response, so a config fixed while the
   * kiosk runs takes effect on the next page load, not the next restart.
   */
  cityApiOrigin?: string | (() => string | undefined);
};

export function createAppProtocolHandler(deps: AppProtocolDeps) {
  const securityHeaders = (styleHashes: readonly string[] = []) => {
    const origin = typeof deps.cityApiOrigin === 'function' ? deps.cityApiOrigin() : deps.cityApiOrigin;
    return {
      'Content-Security-Policy': buildContentSecurityPolicy(origin, styleHashes),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
  };
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    });

  return async (request: AppProtocolRequest): Promise<Response> => {
    if ((request.method ?? 'GET').toUpperCase() !== 'GET') return plain(405, 'Method not allowed');
    const file = resolveAppFile(deps.rootDir, request.url);
    if (file === null) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch {
      // Missing file, a directory, or unreadable: all the same to the page.
      return plain(404, 'Not found');
    }
    const contentType = contentTypeFor(file);
    // A page's inline styles are allowed by their hashes; no other response carries any.
    const styleHashes = contentType.startsWith('text/html')
      ? inlineStyleHashes(new TextDecoder().decode(body))
      : [];
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(styleHashes), 'Content-Type': contentType },
    });
  };
}
