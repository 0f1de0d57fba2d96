/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineEntryCss } from './tools/inline-css/inline-entry-css-plugin';
import { prerenderAttract } from './tools/prerender/prerender-attract-plugin';
import { kioskServiceWorker } from './tools/pwa/service-worker-plugin';
import { outOfServicePage } from './tools/recovery/out-of-service-plugin';

// One config for the renderer build and for every test project.
// The renderer is built with relative asset paths so the same files work from
// Electron's app:// scheme, the local dev host and a city-hosted https origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The service worker last: it lists every file the others wrote.
  plugins: [react(), prerenderAttract(), inlineEntryCss(), outOfServicePage(), kioskServiceWorker()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // The kiosk loads from local disk; the initial-JS budget is tracked by the bundle-size benchmark.
    chunkSizeWarningLimit: 800,
  },
  test: {
    root: '.',
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'sandbox/**/*.test.ts',
            'tools/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          root: '.',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
      {
        // Needs `npm run build` first (npm run test:packaging does it). Packs the app with stub
        // Electron binaries, inspects app.asar and the fuses, and runs the Electronegativity gate.
        test: {
          name: 'packaging',
          root: '.',
          environment: 'node',
          include: ['tests/packaging/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
