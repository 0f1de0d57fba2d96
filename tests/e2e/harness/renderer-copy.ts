// A private copy of the built renderer for a test that changes what is served (a new version of
// the hosted PWA), or that must not see dist/renderer rebuilt under it while it runs.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RENDERER_DIST } from './kiosk-stack';

export interface RendererCopy {
  dir: string;
  remove(): void;
}

export function copyRenderer(): RendererCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
  cpSync(RENDERER_DIST, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * Publishes "the next build" in `dir` the way a real one differs: index.html changes (it carries
 * `<html data-kiosk-build="…">`, a marker the test can read), and so does sw.js, whose precache list
 * holds index.html's revision (Workbox's injectManifest uses the MD5 of the file).
 */
export function publishNextBuild(dir: string, build: string): void {
  const indexFile = path.join(dir, 'index.html');
  const swFile = path.join(dir, 'sw.js');
  const before = readFileSync(indexFile, 'utf8');
  const after = before.replace('<html lang="vi"', `<html lang="vi" data-kiosk-build="${build}"`);
  const worker = readFileSync(swFile, 'utf8');
  if (after === before || !worker.includes(`"${md5(before)}"`)) {
    throw new Error('the build in this copy does not look like one vite.config.ts makes');
  }
  writeFileSync(indexFile, after);
  writeFileSync(swFile, worker.replace(`"${md5(before)}"`, `"${md5(after)}"`));
}
