import path from 'node:path';
import { defineConfig } from 'vite';

// Builds the outbox harness page (tests and benchmarks only) into dist/harness.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/harness'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: { input: path.resolve(import.meta.dirname, 'outbox-harness.html') },
  },
});
