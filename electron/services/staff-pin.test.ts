import { describe, expect, it } from 'vitest';
import { MIN_PIN_HASH_ITERATIONS, parseStaffPinHash } from '../../shared/staff/pin-hash-format';
import { hashStaffPin, verifyStaffPin } from './staff-pin';

const parsed = (text: string) => {
  const result = parseStaffPinHash(text);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
};

describe('staff PIN hashing', () => {
  it('makes a salted PBKDF2-SHA256 hash that only the same PIN verifies', async () => {
    const text = await hashStaffPin('246810', { iterations: MIN_PIN_HASH_ITERATIONS });
    expect(text).toMatch(/^pbkdf2-sha256\$200000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(text).not.toContain('246810');
    const stored = parsed(text);
    expect(await verifyStaffPin('246810', stored)).toBe(true);
    expect(await verifyStaffPin('246811', stored)).toBe(false);
    expect(await verifyStaffPin('2468100', stored)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives two different values', async () => {
    const a = await hashStaffPin('135790', { iterations: MIN_PIN_HASH_ITERATIONS });
    const b = await hashStaffPin('135790', { iterations: MIN_PIN_HASH_ITERATIONS });
    expect(a).not.toBe(b);
  });

  it('matches a known vector, so a hash made today verifies after an update', async () => {
    const salt = new Uint8Array(16).fill(1);
    const text = await hashStaffPin('000000', { iterations: MIN_PIN_HASH_ITERATIONS, salt });
    expect(await verifyStaffPin('000000', parsed(text))).toBe(true);
    // PBKDF2-HMAC-SHA256('000000', salt, 200000, 32), computed independently with Python's hashlib.
    expect(text.split('$')[3]).toBe(KNOWN_VECTOR);
  });
});

const KNOWN_VECTOR = '2LVDhYQjHN4d1s2u3/3II2LhsQacCeTjjgoWyQNRAM8=';
