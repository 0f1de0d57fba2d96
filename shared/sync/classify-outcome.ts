/**
 * What to do after one delivery attempt. Transient failures retry with backoff;
 * a rejection is final and becomes a status staff and the resident can see —
 * never a silent drop and never an endless loop.
 */
export type DeliveryOutcome =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number; errorCode?: string | undefined };

export type DeliveryDecision = 'delivered' | 'retry' | 'reauthenticate' | 'rejected';

export function classifyOutcome(outcome: DeliveryOutcome): DeliveryDecision {
  if (outcome.kind !== 'http') return 'retry';
  const { status, errorCode } = outcome;
  if (status === 200 || status === 201) return 'delivered';
  if (status === 401) return 'reauthenticate';
  // 409 "request_in_progress": the city is still working on this key; ask again later.
  if (status === 409 && errorCode === 'request_in_progress') return 'retry';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  // Anything else (a 2xx we do not expect, 3xx, other 4xx) cannot succeed by repeating it.
  return 'rejected';
}
