import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import { createBridge } from '../../shared/ipc/create-bridge';
import { createI18n } from '../i18n/i18n';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { CityApiClient } from '../sync/city-api-client';
import { SyncEngine } from '../sync/sync-engine';
import { KioskApp } from './KioskApp';
import { importCityKey } from '../outbox/seal';
import type { CatalogStore } from '../sync/catalog-store';
import { DEV_CITY_PUBLIC_KEY as CITY_PUBLIC_KEY } from '../../tests/support/city-keys';
import { ServicesContext, type KioskServices } from './services';
import { MANUAL_SYNC } from '../sync/testing/manual-sync';

async function renderKiosk() {
  const outbox = new Outbox(new OutboxDatabase(`app-test-${Math.random()}`), Date.now);
  const offline = (async () => {
    throw new TypeError('offline');
  }) as typeof fetch;
  const services: KioskServices = {
    bridge: createBridge(async () => null),
    config: {
      kioskId: 'HN-T',
      wardCode: '00004',
      cityApiUrl: 'https://city.example',
      cityPublicKey: CITY_PUBLIC_KEY,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      syncProbeGapSeconds: 360,
    },
    cityKey: await importCityKey(CITY_PUBLIC_KEY),
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
  return services;
}

describe('KioskApp', () => {
  it('finds the procedure by a search without diacritics and shows what it takes', async () => {
    const user = userEvent.setup();
    await renderKiosk();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }), 'dang ky khai sinh');
    await user.click(screen.getByRole('button', { name: 'Đăng ký khai sinh' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lệ phí' })).toBeInTheDocument();
    expect(screen.getByText(/Giấy chứng sinh/)).toBeInTheDocument();
  });

  it('has the home screen ready, hidden, behind the language choice, and reveals it with its heading focused', async () => {
    const user = userEvent.setup();
    await renderKiosk();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    // Rendered behind the language screen (React's Activity): in the page, out of sight and out of reach.
    const hidden = await screen.findByText('Ông/bà cần làm thủ tục gì?');
    expect(hidden.closest('.screen')).toHaveStyle({ display: 'none' });
    expect(screen.queryByRole('heading', { level: 1, name: 'Ông/bà cần làm thủ tục gì?' })).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'English' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'What do you need to do?' });
    expect(heading).toBe(hidden);
    expect(heading).toHaveFocus();
    expect(screen.getByRole('searchbox')).toBeVisible();
    // Back to the language screen: the home screen hides again, the choice is still there.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toBeVisible();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows life-event tiles with the procedures of each group', async () => {
    const user = userEvent.setup();
    await renderKiosk();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await user.click(screen.getByRole('button', { name: /Có em bé/ }));
    expect(screen.getByRole('button', { name: 'Đăng ký khai sinh' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    await user.click(screen.getByRole('button', { name: /Kết hôn/ }));
    expect(screen.getByRole('button', { name: 'Đăng ký kết hôn' })).toBeInTheDocument();
  });

  it('validates in plain language and switches language without losing the answer', async () => {
    const user = userEvent.setup();
    await renderKiosk();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await user.click(screen.getByRole('button', { name: /Có em bé/ }));
    await user.click(screen.getByRole('button', { name: 'Đăng ký khai sinh' }));
    await user.click(screen.getByRole('button', { name: 'Bắt đầu kê khai' }));
    // The wizard is a lazy chunk (lazy-screens.ts): the first visit may wait for it.
    await user.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng trả lời câu này.');
    await user.type(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' }), 'Lê Thị Mai');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('textbox', { name: 'Your full name' })).toHaveValue('Lê Thị Mai');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('textbox', { name: 'Your personal ID number (CCCD)' })).toBeInTheDocument();
  });
});
