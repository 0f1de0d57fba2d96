import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createBridge } from '../../../shared/ipc/create-bridge';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import { DEV_CITY_PUBLIC_KEY } from '../../../tests/support/city-keys';
import { KioskApp } from '../../app/KioskApp';
import { ServicesContext, type KioskServices } from '../../app/services';
import { createI18n } from '../../i18n/i18n';
import { Outbox } from '../../outbox/outbox';
import { OutboxDatabase } from '../../outbox/outbox-db';
import { importCityKey } from '../../outbox/seal';
import type { CatalogStore } from '../../sync/catalog-store';
import { CityApiClient } from '../../sync/city-api-client';
import { SyncEngine } from '../../sync/sync-engine';
import { MANUAL_SYNC } from '../../sync/testing/manual-sync';

const databases: OutboxDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** The whole app, offline, as KioskApp.test.tsx builds it: to reach the lookup from the home screen. */
async function renderKiosk() {
  const db = new OutboxDatabase(`route-test-${Math.random()}`);
  databases.push(db);
  const outbox = new Outbox(db, Date.now);
  const offline = (async () => {
    throw new TypeError('offline');
  }) as typeof fetch;
  const services: KioskServices = {
    bridge: createBridge(async () => null),
    config: {
      kioskId: 'HN-T',
      wardCode: '00004',
      cityApiUrl: 'https://city.example',
      cityPublicKey: DEV_CITY_PUBLIC_KEY,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      syncProbeGapSeconds: 360,
    },
    cityKey: await importCityKey(DEV_CITY_PUBLIC_KEY),
    catalogs: { catalog: BUNDLED_CATALOG } as CatalogStore,
    checkStorage: async () => 'ok',
    outbox,
    sync: new SyncEngine({
      outbox,
      api: new CityApiClient({ baseUrl: 'https://city.example', fetch: offline, now: Date.now }),
      now: Date.now,
      random: () => 0,
      ...MANUAL_SYNC,
    }),
    now: () => new Date('2026-11-23T03:00:00Z'),
    newId: () => '00000000-0000-4000-8000-000000000001',
    newReceiptCode: () => 'AAAA-CCCC-D',
  };
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <ServicesContext.Provider value={services}>
        <KioskApp />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
}

describe('status lookup in the kiosk', () => {
  it('opens from the home screen tile; back and home return to the home screen', async () => {
    const user = userEvent.setup();
    await renderKiosk();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await user.click(screen.getByRole('button', { name: /^Tra cứu hồ sơ/ }));
    // A lazy chunk (app/lazy-screens.ts): the first visit may wait for it.
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Ông/bà cần làm thủ tục gì?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Tra cứu hồ sơ/ }));
    await user.click(screen.getByRole('button', { name: 'Trang chủ' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Ông/bà cần làm thủ tục gì?' })).toBeInTheDocument();
  });
});
