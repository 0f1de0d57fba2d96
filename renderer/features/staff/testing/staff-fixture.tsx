import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { IPC_CONTRACT, IPC_METHODS, type IpcMethod } from '../../../../shared/ipc/contract';
import { createBridge } from '../../../../shared/ipc/create-bridge';
import { BUNDLED_CATALOG } from '../../../../shared/procedures/catalog';
import { ServicesContext, type KioskServices } from '../../../app/services';
import { createI18n } from '../../../i18n/i18n';
import { AuditQueue } from '../../../outbox/audit-queue';
import { Outbox } from '../../../outbox/outbox';
import { OutboxDatabase } from '../../../outbox/outbox-db';
import type { CityKey } from '../../../outbox/seal';
import { SurveyQueue } from '../../../outbox/survey-queue';
import type { CatalogStore } from '../../../sync/catalog-store';
import { CityApiClient } from '../../../sync/city-api-client';
import { SyncEngine } from '../../../sync/sync-engine';
import { MANUAL_SYNC } from '../../../sync/testing/manual-sync';

type Handlers = Partial<Record<IpcMethod, (...args: never[]) => unknown>>;

/**
 * Kiosk services for staff-mode component tests: a real outbox, survey and audit queue on
 * fake-indexeddb, a sync engine against an unreachable city, and a bridge whose main process is
 * a set of fakes (checked by the contract's schemas, as the real one is).
 */
export function staffServices(handlers: Handlers = {}) {
  const calls: { method: IpcMethod; args: unknown[] }[] = [];
  const defaults: Handlers = {
    log: () => null,
    staffUnlockStatus: () => ({ status: 'ready' }),
    staffUnlock: () => ({ status: 'ok' }),
    printerStatus: () => ({ printerCount: 0, configuredName: null, receiptPrinter: null }),
    recentLog: () => [],
    getAppInfo: () => ({ version: '1.2.3', shell: 'electron' }),
  };
  const bridge = createBridge(async (channel, args) => {
    const method = IPC_METHODS.find((m) => IPC_CONTRACT[m].channel === channel);
    if (!method) throw new Error(`unknown channel ${channel}`);
    calls.push({ method, args });
    const handler = handlers[method] ?? defaults[method];
    if (!handler) throw new Error(`no fake for ${method}`);
    return (handler as (...a: unknown[]) => unknown)(...args);
  });
  const db = new OutboxDatabase(`staff-test-${Math.random()}`);
  const outbox = new Outbox(db, Date.now);
  const surveys = new SurveyQueue(db, Date.now, { releaseAt: (now) => now + 60 * 60_000 });
  const audit = new AuditQueue(db, Date.now, { kioskId: 'HN-T', newId: () => crypto.randomUUID() });
  const offline = (async () => {
    throw new TypeError('offline');
  }) as typeof fetch;
  const sync = new SyncEngine({
    outbox,
    surveys,
    audit,
    api: new CityApiClient({ baseUrl: 'https://city.example', fetch: offline, now: Date.now }),
    now: Date.now,
    random: () => 0,
    ...MANUAL_SYNC,
  });
  const services: KioskServices = {
    bridge,
    config: {
      kioskId: 'HN-T',
      wardCode: '00004',
      cityApiUrl: 'https://city.example',
      cityPublicKey: 'not used by staff mode',
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      syncProbeGapSeconds: 360,
    },
    cityKey: {} as CityKey, // staff mode seals nothing
    catalogs: { catalog: BUNDLED_CATALOG } as CatalogStore,
    checkStorage: async () => 'ok',
    outbox,
    surveys,
    audit,
    sync,
    probeCity: async () => false,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newReceiptCode: () => 'AAAA-CCCC-D',
  };
  /** What staff did, as queued for the city: [action, details], by time, then by name (same-ms events). */
  const auditedActions = async () =>
    (await db.auditEvents.toArray())
      .map((queued) => queued.event)
      .sort((a, b) => a.at.localeCompare(b.at) || a.action.localeCompare(b.action))
      .map((event) => [event.action, event.details]);
  return { services, calls, db, auditedActions };
}

export function renderWithServices(ui: ReactElement, services: KioskServices) {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>
    </I18nextProvider>,
  );
}
