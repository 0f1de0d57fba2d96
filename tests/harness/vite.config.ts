import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the test-only pages into dist/harness: the outbox harness (chaos runs, benchmarks) and
// the camera harness (camera features before they are wired into the wizard).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/harness'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: {
      input: {
        outbox: path.resolve(import.meta.dirname, 'outbox-harness.html'),
        camera: path.resolve(import.meta.dirname, 'camera-harness.html'),
      },
    },
  },
});
