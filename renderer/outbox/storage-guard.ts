import type { OutboxDatabase } from './outbox-db';

/**
 * Makes sure there is room for a resident's submission before they start, so
 * nobody fills in a form only to fail at submit. The browser's estimate alone is
 * not trusted (it can lag a real quota), so the guard also writes a scratch blob
 * the size of a large submission and deletes it again. Queued data is never touched.
 */
export const RESERVE_BYTES = 4 * 1024 * 1024;
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

export type StorageVerdict = 'ok' | 'full';

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}

export async function checkRoomForSubmission(
  db: OutboxDatabase,
  storage: StorageManager | undefined,
): Promise<StorageVerdict> {
  if (storage?.estimate) {
    const { quota, usage } = await storage.estimate();
    if (quota !== undefined && usage !== undefined && quota - usage < MIN_FREE_BYTES) return 'full';
  }
  try {
    await db.storageProbe.put({ id: 'probe', blob: new Blob([incompressibleBytes(RESERVE_BYTES)]) });
    return 'ok';
  } catch (error) {
    if (isQuotaError(error)) return 'full';
    throw error;
  } finally {
    await db.storageProbe.delete('probe').catch(() => undefined);
  }
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
