import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyleHashes } from './inline-style-hashes';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

describe('inlineStyleHashes', () => {
  it('gives the CSP hash of each inline <style> element, in the form browsers compare', () => {
    // The empty string's SHA-256, the vector CSP's own examples use.
    expect(inlineStyleHashes('<style></style>')).toEqual([
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
    const css = ':root{font-family:Noto Sans}.attract-title::after{content:"Một Cửa"}';
    expect(inlineStyleHashes(`<head><style rel="stylesheet" crossorigin>${css}</style></head>`)).toEqual([
      sha256(css),
    ]);
  });

  it('hashes the exact text, multi-line and non-ASCII included, once per distinct element', () => {
    const a = '\n  body { color: #102a43; }\n';
    const b = '.x::before { content: "Đường"; }';
    expect(
      inlineStyleHashes(`<style>${a}</style><p>…</p><STYLE media="print">${b}</STYLE ><style>${a}</style>`),
    ).toEqual([sha256(a), sha256(b)]);
  });

  it('gives nothing for a page without inline styles (linked stylesheets need no hash)', () => {
    expect(inlineStyleHashes('<link rel="stylesheet" href="./a.css"><p style="color:red">x</p>')).toEqual([]);
  });
});
