/**
 * Life of a queued submission on the kiosk (domain.md §7 kiosk_state_machine):
 * queued → sending → delivered, or → rejected (dead letter for staff). A failed
 * attempt returns it to queued with a later `nextAttemptAt`.
 */
export const OUTBOX_STATES = ['queued', 'sending', 'delivered', 'rejected'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

const ALLOWED: Record<OutboxState, readonly OutboxState[]> = {
  queued: ['sending'],
  // sending → queued is a retry; a crash mid-send also leaves 'sending', recovered to queued on start.
  sending: ['delivered', 'queued', 'rejected'],
  delivered: [],
  rejected: [],
};

export function canTransition(from: OutboxState, to: OutboxState): boolean {
  return ALLOWED[from].includes(to);
}
