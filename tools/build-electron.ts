// Bundles the main process and the preload into dist-electron/*.cjs with Vite (Rolldown):
// CommonJS for Node, 'electron' left external, everything else (zod, shared/) inlined,
// so the packaged app needs no node_modules.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

// One build per entry: the sandboxed preload can require only 'electron', so it must
// not share a chunk with main.
const ENTRIES = [
  { name: 'main', file: 'electron/main.ts' },
  { name: 'preload', file: 'electron/preload.ts' },
];

for (const [index, entry] of ENTRIES.entries()) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // The build runs in main/preload, not a browser: no public dir, no HTML, no env files.
    publicDir: false,
    envDir: false,
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: path.join(root, entry.file),
      outDir,
      // Clear stale bundles on the first build only; the second adds beside it.
      emptyOutDir: index === 0,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        external: (id) => id === 'electron' || NODE_BUILTINS.has(id),
        output: { format: 'cjs', entryFileNames: `${entry.name}.cjs`, codeSplitting: false },
      },
    },
  });
}

console.log(`built ${ENTRIES.map((e) => `dist-electron/${e.name}.cjs`).join(', ')}`);
