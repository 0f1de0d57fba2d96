// Shrinks an origin's storage quota through CDP (Storage.overrideQuotaForOrigin)
// and proves the limit is in force with a real write before a test relies on it:
// on Chromium 156 the override is sometimes ignored for a whole browser session,
// so the caller relaunches the browser until a write is refused.
import type { BrowserContext, Page } from 'playwright-core';

/** Leaves `roomBytes` above the current usage. Resolves true when a 4 MB write is now refused. */
export async function limitQuota(
  context: BrowserContext,
  page: Page,
  origin: string,
  roomBytes: number,
): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + roomBytes });
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
