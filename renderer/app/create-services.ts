import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import type { RendererConfig } from '../../shared/config/provisioning-config';
import type { KioskBridge } from '../../shared/ipc/contract';
import { validateCatalog } from '../../shared/procedures/validate-catalog';
import { generateReceiptCode } from '../../shared/receipt/receipt-code';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { withWebLock } from '../sync/browser-sync-deps';
import { CityApiClient } from '../sync/city-api-client';
import { SyncEngine } from '../sync/sync-engine';
import type { KioskServices } from './services';

/** Composition root of the renderer: real browser edges wired to the pure parts. */
export function createServices(bridge: KioskBridge, config: RendererConfig): KioskServices {
  const checked = validateCatalog(BUNDLED_CATALOG);
  if (!checked.ok) throw new Error(`bundled catalog invalid: ${checked.problems.join('; ')}`);
  const log = (event: string, data?: Record<string, string | number | boolean>) => {
    bridge.log({ level: 'info', event, ...(data ? { data } : {}) }).catch(() => undefined);
  };
  const outbox = new Outbox(new OutboxDatabase(), Date.now);
  const api = new CityApiClient({
    baseUrl: config.cityApiUrl,
    fetch: window.fetch.bind(window),
    now: Date.now,
  });
  const sync = new SyncEngine({
    outbox,
    api,
    now: Date.now,
    random: Math.random,
    withLock: withWebLock,
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    log,
  });
  return {
    bridge,
    config,
    catalog: checked.catalog,
    outbox,
    sync,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newReceiptCode: () => generateReceiptCode((n) => crypto.getRandomValues(new Uint8Array(n))),
  };
}
