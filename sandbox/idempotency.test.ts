import { describe, expect, it } from 'vitest';
import { FaultState, mulberry32 } from './faults';
import { bodySha256, canonicalJson, decide, InFlightKeys } from './idempotency';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('hashes bodies that differ only in key order the same', () => {
    expect(bodySha256({ a: 1, b: 'x' })).toBe(bodySha256({ b: 'x', a: 1 }));
    expect(bodySha256({ a: 1, b: 'x' })).not.toBe(bodySha256({ a: 1, b: 'y' }));
  });
});

describe('decide', () => {
  const base = { requestSha256: 'h1', versionCheck: 'ok' as const, receiptCodeOwnedByOtherKey: false };
  it('replays a stored key with the same body, even if the catalog no longer knows it', () => {
    expect(decide({ ...base, storedSha256: 'h1', versionCheck: 'unknown_procedure' })).toBe('replay');
  });
  it('rejects a stored key with another body', () => {
    expect(decide({ ...base, storedSha256: 'h2' })).toBe('idempotency_key_reused');
  });
  it('checks the catalog, then the receipt code, for a new key', () => {
    expect(decide({ ...base, storedSha256: undefined, versionCheck: 'unsupported_procedure_version' })).toBe(
      'unsupported_procedure_version',
    );
    expect(decide({ ...base, storedSha256: undefined, receiptCodeOwnedByOtherKey: true })).toBe(
      'receipt_code_taken',
    );
    expect(decide({ ...base, storedSha256: undefined })).toBe('new');
  });
  it('lets one request at a time hold a key', () => {
    const keys = new InFlightKeys();
    expect(keys.claim('k')).toBe(true);
    expect(keys.claim('k')).toBe(false);
    keys.release('k');
    expect(keys.claim('k')).toBe(true);
  });
});

describe('faults', () => {
  it('mulberry32 is deterministic per seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seq = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seq);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('the same seed gives the same plans, and at most one of error/reset/timeout applies', () => {
    const config = {
      errorRate: 0.3,
      resetRate: 0.3,
      timeoutRate: 0.3,
      commitThenDropRate: 0.5,
      latencyMs: [5, 50] as [number, number],
      seed: 7,
    };
    const one = new FaultState();
    const two = new FaultState();
    one.set(config);
    two.set(config);
    const plans = Array.from({ length: 200 }, () => one.plan());
    expect(Array.from({ length: 200 }, () => two.plan())).toEqual(plans);
    for (const p of plans) {
      expect([p.error, p.reset, p.timeout, p.commitThenDrop].filter(Boolean).length).toBeLessThanOrEqual(1);
      expect(p.latencyMs).toBeGreaterThanOrEqual(5);
      expect(p.latencyMs).toBeLessThanOrEqual(50);
    }
    expect(
      plans.some((p) => p.error) && plans.some((p) => p.reset) && plans.some((p) => p.commitThenDrop),
    ).toBe(true);
  });
});
