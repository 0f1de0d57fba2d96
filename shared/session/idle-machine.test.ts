import { describe, expect, it } from 'vitest';
import { idleStart, idleStep, type IdleEvent, type IdleState } from './idle-machine';

const T = { idleMs: 90_000, warningMs: 30_000, dimMs: 300_000 };

/** Runs events at given times from a state; returns the last state and whether any step expired. */
function run(from: IdleState, ...steps: [number, IdleEvent][]) {
  let state = from;
  let expired = false;
  for (const [now, event] of steps) {
    const step = idleStep(state, event, now, T);
    state = step.state;
    expired ||= step.expired;
  }
  return { state, expired };
}

const attract = idleStart(0, T);
const active = run(attract, [0, 'sessionStarted']).state;

describe('idle machine: a resident session', () => {
  it('starts on the attract screen, due to dim', () => {
    expect(attract).toEqual({ phase: 'attract', deadline: 300_000, holds: 0 });
  });

  it('warns after the idle time, then expires after the warning', () => {
    expect(active).toEqual({ phase: 'active', deadline: 90_000, holds: 0 });
    expect(run(active, [89_999, 'tick']).state.phase).toBe('active');
    const warned = run(active, [90_000, 'tick']).state;
    expect(warned).toEqual({ phase: 'warning', deadline: 120_000, holds: 0 });
    expect(run(warned, [119_999, 'tick'])).toMatchObject({ expired: false, state: { phase: 'warning' } });
    expect(run(warned, [120_000, 'tick'])).toEqual({
      expired: true,
      state: { phase: 'attract', deadline: 420_000, holds: 0 },
    });
  });

  it('moves the deadline with every touch, so only real inactivity counts', () => {
    const { state } = run(active, [50_000, 'activity'], [100_000, 'tick'], [139_000, 'activity']);
    expect(state).toEqual({ phase: 'active', deadline: 229_000, holds: 0 });
  });

  it('leaves a touch during the warning to the warning itself (its one tap extends)', () => {
    const warned = run(active, [90_000, 'tick']).state;
    expect(run(warned, [95_000, 'activity']).state).toBe(warned);
    expect(run(warned, [95_000, 'extend']).state).toEqual({ phase: 'active', deadline: 185_000, holds: 0 });
  });

  it('can be extended again and again (WCAG 2.2.1 asks for at least ten)', () => {
    let state = active;
    let now = 0;
    for (let i = 0; i < 12; i++) {
      now += T.idleMs;
      state = run(state, [now, 'tick']).state;
      expect(state.phase).toBe('warning');
      now += T.warningMs - 1;
      state = run(state, [now, 'extend']).state;
    }
    expect(state.phase).toBe('active');
  });

  it('takes a key as an answer to the warning', () => {
    const warned = run(active, [90_000, 'tick']).state;
    expect(run(warned, [91_000, 'key']).state).toEqual({ phase: 'active', deadline: 181_000, holds: 0 });
    expect(run(active, [10_000, 'key']).state.deadline).toBe(100_000);
  });

  it('never times out while a submission is being saved, and counts again from its end', () => {
    const held = run(active, [80_000, 'hold']).state;
    expect(held).toEqual({ phase: 'active', deadline: null, holds: 1 });
    expect(run(held, [1_000_000, 'tick'], [1_000_000, 'activity']).state).toEqual(held);
    const twice = run(held, [81_000, 'hold'], [82_000, 'release']).state;
    expect(twice).toEqual({ phase: 'active', deadline: null, holds: 1 });
    expect(run(twice, [500_000, 'release']).state).toEqual({ phase: 'active', deadline: 590_000, holds: 0 });
  });

  it('holds through a warning that was already showing', () => {
    const warned = run(active, [90_000, 'tick']).state;
    expect(run(warned, [91_000, 'hold']).state).toEqual({ phase: 'active', deadline: null, holds: 1 });
  });

  it('goes back to the attract screen when the session ends by any path, dropping holds', () => {
    const held = run(active, [1_000, 'hold']).state;
    expect(run(held, [2_000, 'sessionEnded']).state).toEqual({
      phase: 'attract',
      deadline: 302_000,
      holds: 0,
    });
  });

  it('ignores extend and wake outside their phases, and a release without a hold', () => {
    expect(run(attract, [1, 'extend']).state).toBe(attract);
    expect(run(active, [1, 'wake']).state).toBe(active);
    expect(run(attract, [1, 'release']).state).toEqual(attract);
  });
});

describe('idle machine: the attract screen', () => {
  it('dims after the dim time and stays dimmed until woken', () => {
    const dimmed = run(attract, [300_000, 'tick']).state;
    expect(dimmed).toEqual({ phase: 'dimmed', deadline: null, holds: 0 });
    expect(run(dimmed, [10_000_000, 'tick']).state).toBe(dimmed);
    expect(run(dimmed, [400_000, 'wake']).state).toEqual({ phase: 'attract', deadline: 700_000, holds: 0 });
  });

  it('lets the dimmed screen take the touch itself: plain activity does not wake it', () => {
    const dimmed = run(attract, [300_000, 'tick']).state;
    expect(run(dimmed, [301_000, 'activity']).state).toBe(dimmed);
    expect(run(dimmed, [301_000, 'key']).state.phase).toBe('attract');
  });

  it('puts the dimming off while people touch the attract screen', () => {
    expect(run(attract, [200_000, 'activity'], [300_000, 'tick']).state).toEqual({
      phase: 'attract',
      deadline: 500_000,
      holds: 0,
    });
  });

  it('starts a session from a dimmed screen too (a touch begun before it dimmed)', () => {
    const dimmed = run(attract, [300_000, 'tick']).state;
    expect(run(dimmed, [300_001, 'sessionStarted']).state.phase).toBe('active');
  });
});
