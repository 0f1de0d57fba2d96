/**
 * Idempotency for POST /v1/submissions: canonical JSON, body hashing and the
 * decision "new / replay / conflict / in progress" (offline-sync-anchors.md,
 * "What to copy": Central's semantics with the IETF Idempotency-Key codes).
 * Pure functions, so the rules can be tested without HTTP.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth. Two bodies that differ only in
 * key order (a kiosk rebuilt the object after a restart) must hash the same, or
 * a harmless retry would be reported as a reused key.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined/functions have no JSON form; treat them as null like JSON.stringify does in arrays.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export const bodySha256 = (body: unknown): string => sha256Hex(canonicalJson(body));

export type IdempotencyDecision =
  | 'new'
  | 'replay'
  | 'idempotency_key_reused'
  | 'unknown_procedure'
  | 'unsupported_procedure_version'
  | 'receipt_code_taken';

/**
 * What to do with a request whose key is not in flight, given what the store
 * already holds. Order matters:
 * - a known key is judged by its body alone, so a stored submission replays even
 *   after the catalog moved on (the kiosk must get its receipt back);
 * - only a new key is checked against the catalog;
 * - and then against receipt codes, since two keys claiming one receipt would
 *   hand a resident someone else's dossier.
 */
export function decide(input: {
  storedSha256: string | undefined;
  requestSha256: string;
  versionCheck: 'ok' | 'unknown_procedure' | 'unsupported_procedure_version';
  receiptCodeOwnedByOtherKey: boolean;
}): IdempotencyDecision {
  if (input.storedSha256 !== undefined) {
    return input.storedSha256 === input.requestSha256 ? 'replay' : 'idempotency_key_reused';
  }
  if (input.versionCheck !== 'ok') return input.versionCheck;
  if (input.receiptCodeOwnedByOtherKey) return 'receipt_code_taken';
  return 'new';
}

/**
 * Keys being processed right now. In memory on purpose: after a crash nothing
 * is in flight, and a key whose write committed is found in the store instead.
 */
export class InFlightKeys {
  readonly #keys = new Set<string>();
  has(key: string): boolean {
    return this.#keys.has(key);
  }
  /** False when the key is already claimed. */
  claim(key: string): boolean {
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    return true;
  }
  release(key: string): void {
    this.#keys.delete(key);
  }
}
