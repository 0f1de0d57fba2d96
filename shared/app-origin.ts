/**
 * The renderer's one stable origin inside Electron. IndexedDB (the outbox) and
 * service workers belong to an origin, so it must never change between versions,
 * install paths or updates, or a kiosk would "lose" its queue.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
