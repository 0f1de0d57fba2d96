import { createHash } from 'node:crypto';

/**
 * CSP sources ('sha256-…') for the inline <style> elements of an HTML page we serve. The build puts
 * the entry stylesheet into index.html (tools/inline-css) so the attract screen paints without a
 * second request; the policy then allows exactly that text, and still refuses any other inline
 * style (an injected <style> or style attribute). The hash is taken from the file being served,
 * so it cannot drift from the build.
 */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  // Our own build output: <style> elements hold CSS only, never a nested "</style".
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const css = match[1] ?? '';
    hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
