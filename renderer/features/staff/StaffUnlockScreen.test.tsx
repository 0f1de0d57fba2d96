import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffUnlockResult, StaffUnlockStatus } from '../../../shared/staff/staff-unlock';
import { staffAudit } from './staff-audit';
import { PIN_IDLE_MS, StaffUnlockScreen } from './StaffUnlockScreen';
import { renderWithServices, staffServices } from './testing/staff-fixture';

// Timers and the clock are fake; IndexedDB's own scheduling (setImmediate) stays real.
const fakeClock = () =>
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  });

async function openPad(
  verdicts: StaffUnlockResult[] = [{ status: 'ok' }],
  status: StaffUnlockStatus = { status: 'ready' },
) {
  const fixture = staffServices({
    staffUnlockStatus: () => status,
    staffUnlock: () => verdicts.shift() ?? { status: 'ok' },
  });
  const onUnlocked = vi.fn();
  const onCancel = vi.fn();
  renderWithServices(
    <StaffUnlockScreen record={staffAudit(fixture.services)} onUnlocked={onUnlocked} onCancel={onCancel} />,
    fixture.services,
  );
  const user = userEvent.setup({
    advanceTimers: (ms) => {
      if (vi.isFakeTimers()) vi.advanceTimersByTime(ms);
    },
  });
  const typePin = async (pin: string) => {
    for (const digit of pin) await user.click(screen.getByRole('button', { name: digit }));
  };
  return { ...fixture, onUnlocked, onCancel, user, typePin };
}

describe('the staff PIN pad', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows dots, never the digits, and opens once the main process accepts the PIN', async () => {
    const pad = await openPad();
    const open = screen.getByRole('button', { name: 'Mở' });
    await pad.typePin('24681');
    expect(open).toBeDisabled(); // fewer than six digits
    await pad.typePin('0');
    expect(screen.getByText('●●●●●●')).toBeInTheDocument();
    expect(screen.getByText('Số chữ số đã nhập: 6')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('246810');
    await pad.user.click(open);
    await waitFor(() => expect(pad.onUnlocked).toHaveBeenCalledOnce());
    expect(pad.calls.find((c) => c.method === 'staffUnlock')?.args).toEqual(['246810']);
    expect(await pad.auditedActions()).toEqual([['staff.unlock', {}]]);
    // The main process logged the unlock itself: the renderer does not log it twice.
    expect(pad.calls.filter((c) => c.method === 'log')).toEqual([]);
  });

  it('says the PIN was wrong, shows the pause, and keeps the pad closed until it is over', async () => {
    fakeClock();
    const pad = await openPad([
      { status: 'wrong_pin', failedAttempts: 1, retryAfterMs: 2_000, lockout: false },
    ]);
    await pad.typePin('111111');
    await pad.user.click(screen.getByRole('button', { name: 'Mở' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Mã PIN không đúng.Thử lại sau 2 giây.'));
    expect(screen.getByRole('button', { name: '5' })).toBeDisabled();
    expect(screen.getByText('Số chữ số đã nhập: 0')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    expect(screen.getByRole('button', { name: '5' })).toBeEnabled();
    expect(alert).toHaveTextContent('Mã PIN không đúng.');
    expect(alert).not.toHaveTextContent('Thử lại');
    expect(await pad.auditedActions()).toEqual([['staff.unlock_failed', { failedAttempts: 1 }]]);
    expect(pad.onUnlocked).not.toHaveBeenCalled();
  });

  it('shows a lockout with its countdown and audits it', async () => {
    fakeClock();
    const pad = await openPad([
      { status: 'wrong_pin', failedAttempts: 3, retryAfterMs: 30_000, lockout: true },
    ]);
    await pad.typePin('333333');
    await pad.user.click(screen.getByRole('button', { name: 'Mở' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Đã nhập sai nhiều lần nên bàn phím tạm khoá.Thử lại sau 30 giây.',
      ),
    );
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(screen.getByRole('alert')).toHaveTextContent('Thử lại sau 20 giây.');
    await waitFor(async () => {
      const audited = await pad.auditedActions();
      expect(audited).toHaveLength(2);
      expect(audited).toEqual(
        expect.arrayContaining([
          ['staff.unlock_failed', { failedAttempts: 3 }],
          ['staff.lockout', { failedAttempts: 3, lockoutSeconds: 30 }],
        ]),
      );
    });
  });

  it('is still locked after a reload: the main process says so when the pad opens', async () => {
    fakeClock();
    await openPad([], { status: 'locked', retryAfterMs: 45_000 });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Thử lại sau 45 giây.'));
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();
  });

  it('explains when this kiosk has no staff PIN', async () => {
    await openPad([], { status: 'not_configured' });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Máy này chưa được cài mã PIN cán bộ. Hãy báo bộ phận CNTT.',
      ),
    );
    expect(screen.queryByRole('group', { name: 'Bàn phím số' })).not.toBeInTheDocument();
  });

  it('goes back by itself after a minute without a touch, and at once on cancel', async () => {
    fakeClock();
    const pad = await openPad();
    await act(() => vi.advanceTimersByTimeAsync(PIN_IDLE_MS - 1_000));
    await pad.typePin('1'); // a touch restarts the wait
    await act(() => vi.advanceTimersByTimeAsync(PIN_IDLE_MS - 1_000));
    expect(pad.onCancel).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(pad.onCancel).toHaveBeenCalledOnce();
    await pad.user.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(pad.onCancel).toHaveBeenCalledTimes(2);
  });
});
