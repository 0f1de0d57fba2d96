/**
 * Builds for the browser workloads (bundle-size, cold-start, tap-to-frame): the kiosk
 * renderer with the repository's vite.config.ts (what `npm run build:renderer` writes to
 * dist/renderer, here into a temporary folder so a benchmark never disturbs a test serving
 * dist/), a minimal React 19 app built with the same config, the initial-JS measure of a
 * build, and the trivial pages the browser workloads compare the kiosk with.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { REPO_ROOT } from '../tests/e2e/harness/kiosk-stack';

const CONFIG_FILE = path.join(REPO_ROOT, 'vite.config.ts');

/** Vite with the repository's config; `root` and `outDir` replaced, a manifest added. */
async function viteBuild(root: string, outDir: string): Promise<void> {
  await build({
    configFile: CONFIG_FILE,
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

/** The kiosk renderer, built into a new temporary folder; returns that folder. */
export async function buildRenderer(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-renderer-'));
  await viteBuild(path.join(REPO_ROOT, 'renderer'), outDir);
  return outDir;
}

/**
 * The smallest React 19 app: createRoot + one heading, built with the same Vite config. Its
 * sources live under node_modules/.cache so that `react` resolves from the repository.
 */
export async function buildMinimalReactApp(): Promise<string> {
  const cache = path.join(REPO_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(path.join(cache, 'bench-minimal-react-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-minimal-react-dist-'));
  try {
    writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html>\n<html lang="vi">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Minimal</title>\n  </head>\n' +
        '  <body>\n    <div id="root"></div>\n    <script type="module" src="./main.tsx"></script>\n  </body>\n</html>\n',
    );
    writeFileSync(
      path.join(root, 'main.tsx'),
      "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n\n" +
        "createRoot(document.getElementById('root') as HTMLElement).render(\n" +
        '  <StrictMode>\n    <h1>Một Cửa Kiosk</h1>\n  </StrictMode>,\n);\n',
    );
    await viteBuild(root, outDir);
    return outDir;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface InitialJs {
  /**
   * The entry chunk, every chunk it imports statically (transitively), and the entry's own
   * import()s with their static imports: what loads at start whatever the resident does.
   */
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  /** Chunks only reached by dynamic import(): not part of the initial load. */
  lazyFiles: string[];
}

/** Initial JS of a Vite build: the HTML entry's chunk, its static imports and its own import()s, from the manifest. */
export function initialJs(outDir: string): InitialJs {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  const [entryKey, entryChunk] = entries[0] as [string, ManifestChunk];
  visit(entryKey);
  // The entry's own import()s run unconditionally at start (the kiosk's entry waits one frame,
  // then imports React and the attract screen's hydration): they count as initial too.
  for (const imported of entryChunk.dynamicImports ?? []) visit(imported);
  const files = [...initial]
    .map((key) => (manifest[key] as ManifestChunk).file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(path.join(outDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  // Cross-check with what index.html actually loads at start.
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const loaded = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  for (const file of loaded) {
    if (!files.some((f) => f.file === file))
      throw new Error(`index.html loads ${file}, which the manifest walk missed`);
  }
  const lazyFiles = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !files.some((f) => f.file === file));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    lazyFiles,
  };
}

/** The attract screen's call to action: the kiosk shows it first; the trivial pages show it too. */
export const ATTRACT_TEXT = 'Chạm vào màn hình để bắt đầu';

/** The steps of the trivial tap page: one button per step, like a wizard with nothing behind it. */
export const TRIVIAL_STEPS = [
  ATTRACT_TEXT,
  'Tiếng Việt',
  'Đăng ký khai sinh',
  'Bắt đầu kê khai',
  'Tiếp tục',
  'Tiếp tục',
  'Không',
  'Quay lại',
  'Tiếp tục',
] as const;

/**
 * Adds the comparison pages to a built renderer folder, so that the same dev host (same origin,
 * headers and CSP) serves them: blank.html (the attract text, nothing else) and taps.html (a
 * heading and one button whose label and heading change on each tap; plain DOM, no framework).
 */
export function addComparisonPages(outDir: string): { blank: string; taps: string } {
  writeFileSync(
    path.join(outDir, 'blank.html'),
    `<!doctype html>\n<html lang="vi">\n<head><meta charset="UTF-8" /><title>Blank</title></head>\n` +
      `<body><h1>${ATTRACT_TEXT}</h1></body>\n</html>\n`,
  );
  writeFileSync(
    path.join(outDir, 'taps.html'),
    `<!doctype html>\n<html lang="vi">\n<head><meta charset="UTF-8" /><title>Taps</title>\n` +
      `<link rel="stylesheet" href="./taps.css" /><script type="module" src="./taps.js"></script></head>\n` +
      `<body><main><h1>Bước 1</h1><button type="button" id="next">${ATTRACT_TEXT}</button></main></body>\n</html>\n`,
  );
  // A file, not a style attribute: the dev host's CSP (style-src 'self') refuses inline styles.
  writeFileSync(
    path.join(outDir, 'taps.css'),
    'body { font: 24px system-ui, sans-serif; } button { min-width: 64px; min-height: 64px; font-size: 28px; }\n',
  );
  writeFileSync(
    path.join(outDir, 'taps.js'),
    `const steps = ${JSON.stringify(TRIVIAL_STEPS)};\n` +
      `let step = 0;\n` +
      `const button = document.getElementById('next');\n` +
      `const heading = document.querySelector('h1');\n` +
      `button.addEventListener('click', () => {\n` +
      `  step = (step + 1) % steps.length;\n` +
      `  heading.textContent = 'Bước ' + (step + 1);\n` +
      `  button.textContent = steps[step];\n` +
      `});\n`,
  );
  return { blank: 'blank.html', taps: 'taps.html' };
}

export function removeBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}
