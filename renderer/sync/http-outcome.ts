import { ApiErrorSchema } from '../../shared/api/city-api';
import type { DeliveryOutcome } from '../../shared/sync/classify-outcome';

/** How an HTTP exchange with the city failed, as the sync engine's classifier reads it. */
export type Failed = { ok: false; outcome: DeliveryOutcome; retryAfterMs: number | null };

/** An HTTP error answer, with the contract's error code when the body carries one. */
export function httpFailure(status: number, body: unknown, retryAfterMs: number | null): Failed {
  const apiError = ApiErrorSchema.safeParse(body);
  return {
    ok: false,
    outcome: { kind: 'http', status, errorCode: apiError.success ? apiError.data.code : undefined },
    retryAfterMs,
  };
}

/** The request never got an HTTP answer: a timeout or a network error, both worth retrying. */
export function transportFailure(error: unknown): {
  ok: false;
  outcome: DeliveryOutcome;
  retryAfterMs: null;
} {
  return { ok: false, outcome: { kind: isTimeout(error) ? 'timeout' : 'network' }, retryAfterMs: null };
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
