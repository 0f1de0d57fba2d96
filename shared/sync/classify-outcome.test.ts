import { describe, expect, it } from 'vitest';
import { classifyOutcome, type DeliveryDecision, type DeliveryOutcome } from './classify-outcome';

const http = (status: number, errorCode?: string): DeliveryOutcome => ({ kind: 'http', status, errorCode });

describe('classifyOutcome', () => {
  it.each<[string, DeliveryOutcome, DeliveryDecision]>([
    ['network error', { kind: 'network' }, 'retry'],
    ['timeout', { kind: 'timeout' }, 'retry'],
    ['200 replay', http(200), 'delivered'],
    ['201 created', http(201), 'delivered'],
    ['204 unexpected', http(204), 'rejected'],
    ['301 redirect', http(301), 'rejected'],
    ['400 bad request', http(400, 'invalid_request'), 'rejected'],
    ['401 unauthorised', http(401), 'reauthenticate'],
    ['403 forbidden', http(403), 'rejected'],
    ['404 not found', http(404, 'not_found'), 'rejected'],
    ['408 request timeout', http(408), 'retry'],
    ['409 request in progress', http(409, 'request_in_progress'), 'retry'],
    ['409 other conflict', http(409), 'rejected'],
    ['409 with another code', http(409, 'idempotency_key_reused'), 'rejected'],
    ['410 gone', http(410), 'rejected'],
    ['422 key reused', http(422, 'idempotency_key_reused'), 'rejected'],
    ['422 unknown procedure', http(422, 'unknown_procedure'), 'rejected'],
    ['425 too early', http(425), 'retry'],
    ['429 too many requests', http(429), 'retry'],
    ['500 server error', http(500), 'retry'],
    ['502 bad gateway', http(502), 'retry'],
    ['503 unavailable', http(503, 'unavailable'), 'retry'],
    ['504 gateway timeout', http(504), 'retry'],
  ])('%s → %s', (_name, outcome, decision) => {
    expect(classifyOutcome(outcome)).toBe(decision);
  });
});
