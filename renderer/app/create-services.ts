import type { RendererConfig } from '../../shared/config/provisioning-config';
import type { KioskBridge } from '../../shared/ipc/contract';
import { generateReceiptCode } from '../../shared/receipt/receipt-code';
import { DEFAULT_CATCH_UP } from '../../shared/sync/catch-up-pacing';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { bridgeJournal } from '../outbox/journal';
import { importCityKey, sealSubmission } from '../outbox/seal';
import { checkRoomForSubmission, requestPersistentStorage } from '../outbox/storage-guard';
import { SurveyQueue } from '../outbox/survey-queue';
import { withWebLock } from '../sync/browser-sync-deps';
import { CatalogStore } from '../sync/catalog-store';
import { CityApiClient } from '../sync/city-api-client';
import { SyncEngine } from '../sync/sync-engine';
import { resealLegacy } from './reseal-legacy';
import type { KioskServices } from './services';

/** Composition root of the renderer: real browser edges wired to the pure parts. */
export async function createServices(bridge: KioskBridge, config: RendererConfig): Promise<KioskServices> {
  const log = (event: string, data?: Record<string, string | number | boolean>) => {
    bridge.log({ level: 'info', event, ...(data ? { data } : {}) }).catch(() => undefined);
  };
  const cityKey = await importCityKey(config.cityPublicKey);
  const db = new OutboxDatabase();
  const stateDb = new OutboxDatabase(undefined, 'relaxed');
  const outbox = new Outbox(db, Date.now, {
    stateDb,
    journal: bridgeJournal(bridge),
    onJournalError: () => log('outbox.journal_failed'),
  });
  // Anonymous quick surveys: same database, strict writes, each released at a random moment of the next hour.
  const surveys = new SurveyQueue(db, Date.now, { stateDb });
  const api = new CityApiClient({
    baseUrl: config.cityApiUrl,
    fetch: window.fetch.bind(window),
    now: Date.now,
  });
  const catalogs = new CatalogStore(db, api, Date.now, log);
  await catalogs.load();
  const sealedLegacy = await outbox.sealLegacy((legacy) =>
    resealLegacy(legacy, (answers) => sealSubmission(cityKey, { answers }, [])),
  );
  if (sealedLegacy > 0) log('outbox.legacy_sealed', { count: sealedLegacy });
  // Before the sync engine starts: whatever IndexedDB lost is back in the queue.
  const reconciled = await outbox.reconcileJournal();
  if (Object.values(reconciled).some((count) => count > 0)) {
    log('outbox.journal_reconciled', reconciled);
  }
  log('storage.persisted', { granted: await requestPersistentStorage(navigator.storage).catch(() => false) });
  const sync = new SyncEngine({
    outbox,
    surveys,
    api,
    now: Date.now,
    random: Math.random,
    withLock: withWebLock,
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    whileOnline: () => catalogs.refresh(),
    catchUp: {
      ...DEFAULT_CATCH_UP,
      probeGapMs: config.syncProbeGapSeconds * 1000,
      reconnectSpreadMs: config.syncProbeGapSeconds * 1000,
    },
    log,
  });
  return {
    bridge,
    config,
    cityKey,
    catalogs,
    outbox,
    surveys,
    sync,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newReceiptCode: () => generateReceiptCode((n) => crypto.getRandomValues(new Uint8Array(n))),
    checkStorage: () => checkRoomForSubmission(navigator.storage),
  };
}
