import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Every renderer build (npm run build:renderer, the e2e and benchmark builds) also writes sw.js,
 * the hosted PWA mode's service worker: renderer/sw/sw.ts bundled, with the list of the build's
 * files to precache injected (Workbox injectManifest). Nothing registers it unless the
 * provisioning file turns `serviceWorker` on (renderer/pwa/start-pwa-updates.ts).
 */
export function kioskServiceWorker(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    // Absolute: the benchmark builds other roots with this config.
    srcDir: fileURLToPath(new URL('../../renderer/sw', import.meta.url)),
    filename: 'sw.ts',
    // The page registers it itself, only when enabled; a web app manifest is of no use to a kiosk.
    injectRegister: false,
    manifest: false,
    injectManifest: { globPatterns: ['**/*.{js,css,html}'] },
  });
}
