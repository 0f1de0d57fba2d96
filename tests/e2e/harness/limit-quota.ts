// Shrinks an origin's storage quota through CDP (Storage.overrideQuotaForOrigin).
// On Chromium 156 the override only takes hold reliably when it is set before the
// origin's page first loads in that browser session, so openKiosk calls
// `setQuotaLimit` from its beforeNavigate hook; `quotaIsEnforced` then proves it
// with a real write from the kiosk's origin before a test relies on it.
import type { BrowserContext, Page } from 'playwright-core';

export async function setQuotaLimit(
  context: BrowserContext,
  page: Page,
  origin: string,
  roomBytes: number,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + roomBytes });
}

/** True when a 4 MB write from the page's origin is refused. */
export function quotaIsEnforced(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const name = 'quota-limit-check';
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('s', 'readwrite');
          const bytes = new Uint8Array(4 * 1024 * 1024);
          for (let o = 0; o < bytes.length; o += 65_536)
            crypto.getRandomValues(bytes.subarray(o, o + 65_536));
          tx.objectStore('s').put(new Blob([bytes]), 'k');
          const done = (refused: boolean) => {
            db.close();
            indexedDB.deleteDatabase(name);
            resolve(refused);
          };
          tx.oncomplete = () => done(false);
          tx.onabort = () => done(tx.error?.name === 'QuotaExceededError');
        };
        open.onerror = () => resolve(open.error?.name === 'QuotaExceededError');
      }),
  );
}

export async function clearQuotaLimit(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
}
