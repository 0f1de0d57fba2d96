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
import { AuditQueue } from '../outbox/audit-queue';
import { withWebLock } from '../sync/browser-sync-deps';
import { CatalogStore } from '../sync/catalog-store';
import { CityApiClient } from '../sync/city-api-client';
import { credentialSourceFor } from '../sync/credential-source';
import { ErrorTally } from '../sync/error-tally';
import { HeartbeatSender } from '../sync/heartbeat';
import { heartbeatCollector } from '../sync/heartbeat-sources';
import { SyncEngine } from '../sync/sync-engine';
import { resealLegacy } from './reseal-legacy';
import type { KioskServices } from './services';

/** Matches the provisioning file's default; a config from before heartbeats existed has none. */
const DEFAULT_HEARTBEAT_MINUTES = 5;

/** Composition root of the renderer: real browser edges wired to the pure parts. */
export async function createServices(bridge: KioskBridge, config: RendererConfig): Promise<KioskServices> {
  // Every log event also feeds the heartbeat's error counts (event names and reason codes only).
  const tally = new ErrorTally(Date.now);
  const log = (event: string, data?: Record<string, string | number | boolean>) => {
    tally.record(event, data);
    bridge.log({ level: 'info', event, ...(data ? { data } : {}) }).catch(() => undefined);
  };
  // The main process enrols and keeps the device credential; every city request carries it.
  const credential = credentialSourceFor(bridge);
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
  // Staff actions (features/staff): strict writes, sent to the city after the surveys.
  const audit = new AuditQueue(db, Date.now, {
    stateDb,
    kioskId: config.kioskId,
    newId: () => crypto.randomUUID(),
  });
  const api = new CityApiClient({
    baseUrl: config.cityApiUrl,
    fetch: window.fetch.bind(window),
    now: Date.now,
    credential: () => credential.current(),
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
    audit,
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
    reauthenticate: () => credential.renew(),
    log,
  });
  const heartbeatMinutes = config.heartbeatMinutes ?? DEFAULT_HEARTBEAT_MINUTES;
  new HeartbeatSender({
    collect: heartbeatCollector({
      kioskId: config.kioskId,
      wardCode: config.wardCode,
      appInfo: () => bridge.getAppInfo(),
      intervalSeconds: heartbeatMinutes * 60,
      outbox,
      sync,
      storage: navigator.storage,
      tally,
      credential,
      now: Date.now,
    }),
    post: (heartbeat) => api.postHeartbeat(heartbeat),
    acknowledge: (errors) => tally.acknowledge(errors),
    renewCredential: () => credential.renew(),
    intervalMs: heartbeatMinutes * 60_000,
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    log,
  }).start();
  return {
    bridge,
    config,
    cityKey,
    catalogs,
    outbox,
    surveys,
    sync,
    audit,
    probeCity: () => api.probe(),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newReceiptCode: () => generateReceiptCode((n) => crypto.getRandomValues(new Uint8Array(n))),
    checkStorage: () => checkRoomForSubmission(navigator.storage),
  };
}
