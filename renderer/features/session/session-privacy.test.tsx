import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import { createBridge } from '../../../shared/ipc/create-bridge';
import { DEV_CITY_PUBLIC_KEY } from '../../../tests/support/city-keys';
import { KioskApp } from '../../app/KioskApp';
import { ServicesContext, type KioskServices } from '../../app/services';
import { createI18n } from '../../i18n/i18n';
import { Outbox } from '../../outbox/outbox';
import { OutboxDatabase } from '../../outbox/outbox-db';
import { importCityKey } from '../../outbox/seal';
import type { CatalogStore } from '../../sync/catalog-store';
import type { SyncEngine } from '../../sync/sync-engine';
import { sessionWipe } from './wipe-registry';

/**
 * The kiosk with a 60 s idle time, a 20 s warning and a 2 min dim, and a bridge that records calls.
 * Fake time also runs with real time (see beforeEach): the timeouts are long enough that a slow
 * first load of the lazy screens cannot reach them.
 */
async function renderKiosk() {
  const calls: [string, unknown[]][] = [];
  const answers: Record<string, unknown> = {
    'kiosk:cancel-print': { outcome: 'none' },
  };
  const outbox = new Outbox(new OutboxDatabase(`idle-test-${Math.random()}`), Date.now);
  const services = {
    bridge: createBridge(async (channel, args) => {
      calls.push([channel, args]);
      return answers[channel] ?? null;
    }),
    config: {
      kioskId: 'HN-T',
      wardCode: '00004',
      cityApiUrl: 'https://city.example',
      cityPublicKey: DEV_CITY_PUBLIC_KEY,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      syncProbeGapSeconds: 360,
      sessionIdleSeconds: 60,
      idleWarningSeconds: 20,
      screenDimSeconds: 120,
    },
    cityKey: await importCityKey(DEV_CITY_PUBLIC_KEY),
    catalogs: { catalog: BUNDLED_CATALOG } as CatalogStore,
    checkStorage: async () => 'ok',
    outbox,
    // Only what the screens reach here: the queue line on the home screen.
    sync: {
      connectivity: 'unknown',
      onConnectivity: () => () => undefined,
      kick: () => undefined,
    } as unknown as SyncEngine,
    now: () => new Date('2026-11-23T03:00:00Z'),
    newId: () => '00000000-0000-4000-8000-000000000001',
    newReceiptCode: () => 'AAAA-CCCC-D',
  } satisfies KioskServices;
  const i18n = createI18n('vi');
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <KioskApp />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const activity = () => calls.filter(([c]) => c === 'kiosk:session-activity').map(([, [a]]) => a);
  return { calls, activity, user, i18n };
}

const NAME = 'Lê Thị Mai';
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

async function startBirthRegistration(user: ReturnType<typeof userEvent.setup>, language = 'Tiếng Việt') {
  await user.click(await screen.findByRole('button', { name: /Chạm vào màn hình/ }));
  await user.click(screen.getByRole('button', { name: language }));
  await user.click(screen.getByRole('button', { name: /Có em bé|A new baby/ }));
  await user.click(screen.getByRole('button', { name: /^(Đăng ký khai sinh|Birth registration)$/ }));
  await user.click(screen.getByRole('button', { name: /Bắt đầu kê khai|Start the form/ }));
  const box = await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên của ông\/bà|Your full name/ });
  // The question's heading takes the focus once the (lazy) screen has settled: type after that.
  await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  return box;
}

beforeEach(() => {
  // Time runs on its own (Testing Library's polling works) and can be jumped; the idle timer's
  // clock is performance.now, so that is faked too.
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the resident session times out and wipes itself', () => {
  it('warns after the idle time, extends once on one tap, then wipes and shows the attract screen', async () => {
    const { user, calls, activity } = await renderKiosk();
    const box = await startBirthRegistration(user);
    await user.type(box, NAME);
    expect(box).toHaveValue(NAME);
    const wiped = vi.fn();
    const forget = sessionWipe.register('test-probe', wiped);

    await wait(60_000);
    const dialog = screen.getByRole('dialog', { name: 'Ông/bà còn ở đây không?' });
    expect(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà', hidden: true })).toHaveValue(
      NAME,
    );
    expect(dialog).toHaveTextContent('20 giây');
    // The form behind the warning is out of reach while it shows.
    expect(box.closest('[inert]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tôi cần thêm thời gian' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' })).toHaveValue(NAME);
    expect(wiped).not.toHaveBeenCalled();

    await wait(60_000);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await wait(20_000);
    expect(await screen.findByRole('button', { name: /Chạm vào màn hình/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(wiped).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).not.toContain(NAME);
    expect(calls.map(([c]) => c)).toContain('kiosk:cancel-print');
    await vi.waitFor(() =>
      expect(calls).toContainEqual([
        'kiosk:log',
        [
          expect.objectContaining({
            event: 'session.wiped',
            data: expect.objectContaining({ reason: 'timeout' }),
          }),
        ],
      ]),
    );
    expect(activity()).toEqual(['idle', 'active', 'idle']);
    forget();
  });

  it('gives the next resident a clean start: empty answers, default language and display', async () => {
    const { user, i18n } = await renderKiosk();
    const box = await startBirthRegistration(user, 'English');
    await user.type(box, NAME);
    await wait(60_000);
    await wait(20_000);
    await screen.findByRole('button', { name: /Chạm vào màn hình/ });
    expect(i18n.language).toBe('vi');
    const next = await startBirthRegistration(user);
    expect(next).toHaveValue('');
  });

  it('also wipes when the resident leaves by themselves (no timeout needed)', async () => {
    const { user } = await renderKiosk();
    await user.click(await screen.findByRole('button', { name: /Chạm vào màn hình/ }));
    const wiped = vi.fn();
    const forget = sessionWipe.register('test-probe', wiped);
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    await screen.findByRole('button', { name: /Chạm vào màn hình/ });
    expect(wiped).toHaveBeenCalledTimes(1);
    forget();
  });
});

describe('the idle attract screen dims', () => {
  it('dims after two minutes untouched; the first touch only wakes it', async () => {
    const { user } = await renderKiosk();
    const attract = await screen.findByRole('button', { name: /Chạm vào màn hình/ });
    await wait(120_000);
    const dimmed = screen.getByRole('button', { name: /Màn hình đang nghỉ/ });
    expect(attract.closest('[inert]')).not.toBeNull();
    await user.click(dimmed);
    expect(screen.queryByRole('button', { name: /Màn hình đang nghỉ/ })).toBeNull();
    // Still the attract screen: the touch that woke it began nothing.
    expect(screen.getByRole('button', { name: /Chạm vào màn hình/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếng Việt' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Chạm vào màn hình/ }));
    expect(await screen.findByRole('button', { name: 'Tiếng Việt' })).toBeInTheDocument();
  });

  it('does not dim during a session, however long the resident takes to read', async () => {
    const { user } = await renderKiosk();
    await startBirthRegistration(user);
    for (let i = 0; i < 30; i++) {
      await wait(50_000);
      await user.click(screen.getByRole('heading', { level: 1 }));
    }
    expect(screen.queryByRole('button', { name: /Màn hình đang nghỉ/ })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
