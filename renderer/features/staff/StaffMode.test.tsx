import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskApp } from '../../app/KioskApp';
import { PANEL_IDLE_MS } from './StaffMode';
import { renderWithServices, staffServices } from './testing/staff-fixture';
import { STAFF_HOLD_MS } from './useHoldGesture';

/** The whole staff journey inside the kiosk app: corner, PIN, panel, and the ways out. */
async function kiosk() {
  const fixture = staffServices();
  renderWithServices(<KioskApp />, fixture.services);
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const holdCorner = async () => {
    const corner = screen.getByTestId('staff-corner');
    fireEvent.pointerDown(corner, { pointerId: 1, isPrimary: true, clientX: 10, clientY: 10 });
    await act(() => vi.advanceTimersByTimeAsync(STAFF_HOLD_MS));
    fireEvent.pointerUp(corner, { pointerId: 1 });
  };
  const unlock = async () => {
    await holdCorner();
    await screen.findByRole('heading', { name: 'Chế độ cán bộ' });
    for (const digit of '246810') await user.click(screen.getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Mở' }));
    await screen.findByRole('heading', { name: 'Bảng điều khiển cán bộ' });
  };
  return { ...fixture, user, holdCorner, unlock };
}

const attract = () => screen.queryByRole('button', { name: /Chạm vào màn hình/ });

describe('staff mode in the kiosk', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldAdvanceTime: true,
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts an assisted session: marked on every screen until the attract screen is back', async () => {
    const app = await kiosk();
    await app.unlock();
    await act(() => vi.advanceTimersByTimeAsync(42_000));
    await app.user.click(screen.getByRole('button', { name: 'Bắt đầu phiên hỗ trợ người dân' }));
    await screen.findByRole('button', { name: 'Tiếng Việt' });
    expect(screen.getByText('Có cán bộ hỗ trợ')).toHaveAttribute('role', 'status');
    await app.user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByText('Có cán bộ hỗ trợ')).toBeInTheDocument();
    const audited = await app.auditedActions();
    expect(audited).toContainEqual(['staff.unlock', {}]);
    expect(audited).toContainEqual(['staff.assisted_session', { durationSeconds: expect.any(Number) }]);
    const assisted = audited.find(([action]) => action === 'staff.assisted_session')?.[1] as {
      durationSeconds: number;
    };
    expect(assisted.durationSeconds).toBeGreaterThanOrEqual(42);

    // Back to the attract screen (language → attract): the next resident is not marked.
    await app.user.click(screen.getByRole('button', { name: 'Quay lại' }));
    await app.user.click(screen.getByRole('button', { name: 'Quay lại' }));
    await waitFor(() => expect(attract()).toBeInTheDocument());
    expect(screen.queryByText('Có cán bộ hỗ trợ')).not.toBeInTheDocument();
  });

  it('locks itself after two minutes without a touch, and audits the exit', async () => {
    const app = await kiosk();
    await app.unlock();
    await act(() => vi.advanceTimersByTimeAsync(PANEL_IDLE_MS - 5_000));
    expect(screen.getByRole('heading', { name: 'Bảng điều khiển cán bộ' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    await waitFor(() => expect(attract()).toBeInTheDocument());
    await waitFor(async () =>
      expect(await app.auditedActions()).toContainEqual(['staff.exit', { durationSeconds: 120 }]),
    );
    // Opening again asks for the PIN again.
    await app.holdCorner();
    expect(await screen.findByRole('heading', { name: 'Chế độ cán bộ' })).toBeInTheDocument();
  });

  it('exits on the button, back to the attract screen', async () => {
    const app = await kiosk();
    await app.unlock();
    await app.user.click(screen.getByRole('button', { name: 'Thoát chế độ cán bộ' }));
    await waitFor(() => expect(attract()).toBeInTheDocument());
    await waitFor(async () =>
      expect((await app.auditedActions()).map(([action]) => action).sort()).toEqual([
        'staff.exit',
        'staff.unlock',
      ]),
    );
  });

  it('a tap on the corner begins a resident session as the rest of the attract screen does', async () => {
    const app = await kiosk();
    const corner = screen.getByTestId('staff-corner');
    fireEvent.pointerDown(corner, { pointerId: 1, isPrimary: true, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(corner, { pointerId: 1 });
    await screen.findByRole('button', { name: 'Tiếng Việt' });
    expect(screen.queryByText('Có cán bộ hỗ trợ')).not.toBeInTheDocument();
    expect(await app.auditedActions()).toEqual([]);
  });
});
