/**
 * Makes sure there is room for a resident's submission before they start, so
 * nobody fills in a form only to fail at submit. The browser's estimate alone is
 * not trusted (it can lag a real quota), so the guard also writes a scratch blob
 * the size of a large submission into a separate, throwaway database and deletes
 * it again. The outbox database, and so everything queued, is never touched.
 */
export const PROBE_DB_NAME = 'mot-cua-kiosk-storage-probe';
export const RESERVE_BYTES = 4 * 1024 * 1024;
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

export type StorageVerdict = 'ok' | 'full';

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}

export async function checkRoomForSubmission(
  storage: StorageManager | undefined,
  indexedDb: IDBFactory = indexedDB,
): Promise<StorageVerdict> {
  if (storage?.estimate) {
    const { quota, usage } = await storage.estimate();
    if (quota !== undefined && usage !== undefined && quota - usage < MIN_FREE_BYTES) return 'full';
  }
  const written = await probeWrite(indexedDb, new Blob([incompressibleBytes(RESERVE_BYTES)]));
  if (written === 'ok') return 'ok';
  if (isQuotaError(written)) return 'full';
  throw written;
}

/** Writes the blob in a fresh connection (so the current quota applies), then deletes the database. */
function probeWrite(indexedDb: IDBFactory, blob: Blob): Promise<'ok' | unknown> {
  return new Promise((resolve) => {
    const open = indexedDb.open(PROBE_DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('probe');
    open.onerror = () => resolve(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('probe', 'readwrite', { durability: 'strict' });
      tx.objectStore('probe').put(blob, 'probe');
      const finish = (outcome: 'ok' | unknown) => {
        db.close();
        indexedDb.deleteDatabase(PROBE_DB_NAME);
        resolve(outcome);
      };
      tx.oncomplete = () => finish('ok');
      tx.onabort = () => finish(tx.error);
    };
  });
}

/** Random bytes, so no storage layer can shrink the probe by compressing it. */
function incompressibleBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  }
  return bytes;
}

export function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return names.some((name) => name === 'QuotaExceededError');
}
