import { describe, expect, it } from 'vitest';
import { canTransition, OUTBOX_STATES, type OutboxState } from './outbox-state';

const ALLOWED = new Set(['queued→sending', 'sending→delivered', 'sending→queued', 'sending→rejected']);

describe('canTransition', () => {
  const pairs = OUTBOX_STATES.flatMap((from) =>
    OUTBOX_STATES.map((to) => [from, to] as [OutboxState, OutboxState]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it('has delivered and rejected as final states', () => {
    for (const to of OUTBOX_STATES) {
      expect(canTransition('delivered', to)).toBe(false);
      expect(canTransition('rejected', to)).toBe(false);
    }
  });

  it('never lets a queued item skip sending', () => {
    expect(canTransition('queued', 'delivered')).toBe(false);
    expect(canTransition('queued', 'rejected')).toBe(false);
  });
});
