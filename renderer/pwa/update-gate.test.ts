import { describe, expect, it, vi } from 'vitest';
import { createUpdateGate } from './update-gate';

function fakeWorkbox() {
  const listeners = new Map<string, () => void>();
  return {
    addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    messageSkipWaiting: vi.fn(),
    emit: (type: 'waiting' | 'controlling') => listeners.get(type)?.(),
  };
}

function setUp() {
  const workbox = fakeWorkbox();
  const reload = vi.fn();
  const log = vi.fn();
  const gate = createUpdateGate({ workbox, reload, log });
  return { workbox, reload, log, gate };
}

describe('createUpdateGate', () => {
  it('applies a waiting version at once when the attract screen shows', () => {
    const { workbox, reload, gate } = setUp();
    gate.setOnAttract(true);
    workbox.emit('waiting');
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    workbox.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never during a session: remembers the new version until the resident is done', () => {
    const { workbox, reload, gate, log } = setUp();
    gate.setOnAttract(true);
    gate.setOnAttract(false); // a resident begins
    workbox.emit('waiting');
    gate.setOnAttract(false);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    gate.setOnAttract(true); // back to the attract screen
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    workbox.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(log.mock.calls.map(([event]) => event)).toEqual([
      'pwa.update_waiting',
      'pwa.update_activating',
      'pwa.update_applied',
    ]);
  });

  it('waits for the app to say where it is before applying anything', () => {
    const { workbox, gate } = setUp();
    workbox.emit('waiting');
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    gate.setOnAttract(true);
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });

  it('holds the reload if a resident touched the screen while the new worker took over', () => {
    const { workbox, reload, gate } = setUp();
    gate.setOnAttract(true);
    workbox.emit('waiting');
    gate.setOnAttract(false);
    workbox.emit('controlling');
    expect(reload).not.toHaveBeenCalled();
    gate.setOnAttract(true);
    expect(reload).toHaveBeenCalledTimes(1);
    gate.setOnAttract(false);
    gate.setOnAttract(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the first install takes control (nothing was asked)', () => {
    const { workbox, reload, gate } = setUp();
    gate.setOnAttract(true);
    workbox.emit('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('asks once per waiting version, however often the screen is reported', () => {
    const { workbox, gate } = setUp();
    workbox.emit('waiting');
    gate.setOnAttract(true);
    gate.setOnAttract(true);
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });
});
