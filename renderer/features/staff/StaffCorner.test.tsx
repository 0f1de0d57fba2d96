import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffCorner } from './StaffCorner';
import { STAFF_HOLD_MS } from './useHoldGesture';

/** Gestures in the words of the test: a finger down, moved, held for a while, lifted. */
function corner() {
  const onHold = vi.fn();
  const onTap = vi.fn();
  const onPress = vi.fn();
  const { unmount } = render(<StaffCorner onHold={onHold} onTap={onTap} onPress={onPress} />);
  const target = screen.getByTestId('staff-corner');
  const finger = (pointerId = 1, isPrimary = true) => ({
    down: (x = 20, y = 20) => fireEvent.pointerDown(target, { pointerId, isPrimary, clientX: x, clientY: y }),
    move: (x: number, y: number) => fireEvent.pointerMove(target, { pointerId, clientX: x, clientY: y }),
    up: () => fireEvent.pointerUp(target, { pointerId }),
  });
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { onHold, onTap, onPress, target, finger, wait, unmount };
}

describe('the staff corner (press and hold 3 s)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens staff mode after one finger is held still for three seconds', () => {
    const { onHold, onTap, onPress, finger, wait } = corner();
    finger().down();
    expect(onPress).toHaveBeenCalledOnce();
    wait(STAFF_HOLD_MS - 1);
    expect(onHold).not.toHaveBeenCalled();
    wait(1);
    expect(onHold).toHaveBeenCalledOnce();
    finger().up();
    expect(onTap).not.toHaveBeenCalled();
  });

  it('is not opened by taps, however many and however fast; each tap begins as the attract screen does', () => {
    const { onHold, onTap, finger, wait } = corner();
    for (let i = 0; i < 8; i++) {
      finger().down();
      wait(150);
      finger().up();
      wait(100);
    }
    wait(10_000);
    expect(onHold).not.toHaveBeenCalled();
    expect(onTap).toHaveBeenCalledTimes(8);
  });

  it('is not opened by a hold just short of three seconds', () => {
    const { onHold, onTap, finger, wait } = corner();
    finger().down();
    wait(STAFF_HOLD_MS - 100);
    finger().up();
    wait(STAFF_HOLD_MS);
    expect(onHold).not.toHaveBeenCalled();
    expect(onTap).toHaveBeenCalledOnce();
  });

  it('is not opened when the finger slides (a swipe, or a hand resting on the edge)', () => {
    const { onHold, onTap, finger, wait } = corner();
    finger().down(20, 20);
    wait(1_000);
    finger().move(30, 25); // a little drift is fine
    wait(500);
    finger().move(80, 20);
    wait(STAFF_HOLD_MS);
    finger().up();
    expect(onHold).not.toHaveBeenCalled();
    expect(onTap).not.toHaveBeenCalled();
  });

  it('is not opened by two fingers (a palm, a pinch)', () => {
    const { onHold, finger, wait } = corner();
    finger(1).down();
    wait(500);
    finger(2, false).down(40, 40);
    wait(STAFF_HOLD_MS);
    expect(onHold).not.toHaveBeenCalled();
  });

  it('is not opened by a touch the browser cancels, nor after the corner is gone', () => {
    const { onHold, target, finger, wait, unmount } = corner();
    finger().down();
    fireEvent.pointerCancel(target, { pointerId: 1 });
    wait(STAFF_HOLD_MS);
    expect(onHold).not.toHaveBeenCalled();
    finger().down();
    wait(1_000);
    unmount(); // the resident's session began: the attract screen is gone
    wait(STAFF_HOLD_MS);
    expect(onHold).not.toHaveBeenCalled();
  });

  it('is invisible to screen readers and out of the tab order', () => {
    const { target } = corner();
    expect(target).toHaveAttribute('aria-hidden', 'true');
    expect(target).not.toHaveAttribute('tabindex');
    expect(target).not.toHaveAttribute('role');
    expect(target).toBeEmptyDOMElement();
  });
});
