import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../encoding/base64';
import {
  formatStaffPinHash,
  MIN_PIN_HASH_ITERATIONS,
  parseStaffPinHash,
  StaffPinHashSchema,
} from './pin-hash-format';

const salt = encodeBase64(new Uint8Array(16).fill(7));
const hash = encodeBase64(new Uint8Array(32).fill(9));
const valid = `pbkdf2-sha256$600000$${salt}$${hash}`;

describe('staff PIN hash format', () => {
  it('parses what staff-pin-hash writes, and writes it back unchanged', () => {
    const parsed = parseStaffPinHash(valid);
    expect(parsed).toEqual({
      ok: true,
      value: { iterations: 600_000, salt: new Uint8Array(16).fill(7), hash: new Uint8Array(32).fill(9) },
    });
    if (parsed.ok) expect(formatStaffPinHash(parsed.value)).toBe(valid);
  });

  it.each([
    ['another scheme', `pbkdf2-sha1$600000$${salt}$${hash}`, /must look like/],
    ['a missing part', `pbkdf2-sha256$600000$${salt}`, /must look like/],
    ['too few iterations', `pbkdf2-sha256$${MIN_PIN_HASH_ITERATIONS - 1}$${salt}$${hash}`, /iterations/],
    ['absurd iterations', `pbkdf2-sha256$99999999$${salt}$${hash}`, /iterations/],
    ['iterations with a sign', `pbkdf2-sha256$+600000$${salt}$${hash}`, /iterations/],
    ['a short salt', `pbkdf2-sha256$600000$${encodeBase64(new Uint8Array(8))}$${hash}`, /salt/],
    ['a salt that is not base64', `pbkdf2-sha256$600000$not*base64!!$${hash}`, /salt/],
    ['a short hash', `pbkdf2-sha256$600000$${salt}$${encodeBase64(new Uint8Array(20))}`, /hash/],
    ['the PIN itself', '246810', /must look like/],
  ])('refuses %s', (_name, text, problem) => {
    const parsed = parseStaffPinHash(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('explains a wrong value without repeating it', () => {
    const wrong = `pbkdf2-sha256$1000$${salt}$${hash}`;
    const result = StaffPinHashSchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain(hash);
  });
});
