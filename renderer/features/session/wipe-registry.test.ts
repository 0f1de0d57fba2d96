import { describe, expect, it, vi } from 'vitest';
import { createWipeRegistry } from './wipe-registry';

describe('createWipeRegistry', () => {
  it('runs every registered task, synchronous parts before wipe() returns', async () => {
    const registry = createWipeRegistry();
    const camera = vi.fn();
    const urls = vi.fn();
    registry.register('camera', camera);
    registry.register('object-urls', urls);
    const report = registry.wipe();
    expect(camera).toHaveBeenCalledTimes(1);
    expect(urls).toHaveBeenCalledTimes(1);
    await expect(report).resolves.toEqual({ ran: ['camera', 'object-urls'], failed: [] });
  });

  it('keeps going when a task throws or rejects, and names the failures only', async () => {
    const registry = createWipeRegistry();
    const after = vi.fn();
    registry.register('speech', () => {
      throw new Error('Nguyễn Văn Bình');
    });
    registry.register('print', () => Promise.reject(new Error('bridge gone')));
    registry.register('camera', after);
    const report = await registry.wipe();
    expect(after).toHaveBeenCalled();
    expect(report).toEqual({ ran: ['speech', 'print', 'camera'], failed: ['speech', 'print'] });
    expect(JSON.stringify(report)).not.toContain('Nguyễn');
  });

  it('forgets a task once its owner unregisters it, and unregistering twice is harmless', async () => {
    const registry = createWipeRegistry();
    const task = vi.fn();
    const unregister = registry.register('object-url', task);
    expect(registry.size()).toBe(1);
    unregister();
    unregister();
    expect(registry.size()).toBe(0);
    await registry.wipe();
    expect(task).not.toHaveBeenCalled();
  });

  it('keeps two registrations of the same name apart', async () => {
    const registry = createWipeRegistry();
    const a = vi.fn();
    const b = vi.fn();
    const unregisterA = registry.register('camera', a);
    registry.register('camera', b);
    unregisterA();
    await registry.wipe();
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalled();
  });

  it('waits for asynchronous tasks', async () => {
    const registry = createWipeRegistry();
    let done = false;
    registry.register('print', async () => {
      await Promise.resolve();
      done = true;
    });
    await registry.wipe();
    expect(done).toBe(true);
  });
});
