// The service worker of the hosted PWA mode (never registered in Electron: Cache Storage refuses
// app:// URLs, electron#35033). Built by vite-plugin-pwa (injectManifest, vite.config.ts), which
// puts the list of the build's files into self.__WB_MANIFEST.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CATALOG_CACHE, isCatalogRequest } from './catalog-route';

// Typed here rather than with the WebWorker lib, which clashes with the renderer project's DOM lib.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

// The app shell: index.html (with the prerendered attract screen) and every JS and CSS chunk,
// including the bundled catalog. A new build's files install beside the old ones.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Only the first install takes over the page at once (nothing older to mix with). An update
// waits until the page asks (renderer/pwa/update-gate.ts does, on the attract screen only).
clientsClaim();
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The catalog: network first, so the catalog store's ETag check (If-None-Match → 304) keeps
// working and a new catalog arrives on the first try; the last 200 answers when the city is
// unreachable. Stale-while-revalidate would answer the ETag check with an old 200 and hold a new
// catalog back a whole refresh. The store itself keeps the last good catalog in IndexedDB and the
// bundle has one too: this copy covers an IndexedDB that Chromium reset while the city is down.
registerRoute(
  isCatalogRequest,
  new NetworkFirst({ cacheName: CATALOG_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
);
