import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateReceiptCode,
  normalizeReceiptCode,
  RECEIPT_ALPHABET,
  type RandomBytes,
} from './receipt-code';

const CHAR = `[${RECEIPT_ALPHABET}]`;
const SHAPE = new RegExp(`^${CHAR}{4}-${CHAR}{4}-${CHAR}$`);

/** A deterministic byte source (linear congruential), so failures reproduce. */
function seededBytes(seed: number): RandomBytes {
  let state = seed >>> 0;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state >>> 24;
    });
}

const SAMPLE_CODES = [1, 2, 3, 42, 2026].map((seed) => generateReceiptCode(seededBytes(seed)));

describe('generateReceiptCode', () => {
  it('has 25 unambiguous characters', () => {
    expect(new Set(RECEIPT_ALPHABET).size).toBe(RECEIPT_ALPHABET.length);
    for (const lookAlike of '0O1IL2Z5S8B') expect(RECEIPT_ALPHABET).not.toContain(lookAlike);
  });

  it('makes XXXX-XXXX-C codes that normalise to themselves', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.integer(), (first, seed) => {
        const rest = seededBytes(seed);
        let calls = 0;
        const code = generateReceiptCode((count) => (calls++ === 0 ? first : rest(count)));
        expect(code).toMatch(SHAPE);
        expect(normalizeReceiptCode(code)).toBe(code);
      }),
      { numRuns: 200 },
    );
  });

  it('draws every character equally often and rejects the biased top of the byte range', () => {
    // limit = 256 - 256 % 25 = 250: bytes 0..249 map 10 times onto each character; 250..255 are thrown away.
    const limit = 256 - (256 % RECEIPT_ALPHABET.length);
    const firstChar = new Map<string, number>();
    for (let byte = 0; byte < 256; byte++) {
      let calls = 0;
      // First block: 16 copies of `byte`; any later block: 16 zeros (character '3').
      const source: RandomBytes = (count) => new Uint8Array(count).fill(calls++ === 0 ? byte : 0);
      const code = generateReceiptCode(source);
      if (byte < limit) {
        const expected = RECEIPT_ALPHABET.charAt(byte % RECEIPT_ALPHABET.length);
        expect(code.slice(0, 9)).toBe(`${expected.repeat(4)}-${expected.repeat(4)}`);
        expect(calls).toBe(1);
        firstChar.set(expected, (firstChar.get(expected) ?? 0) + 1);
      } else {
        // The whole block was rejected, so the body came from the second block.
        expect(code.slice(0, 9)).toBe('3333-3333');
        expect(calls).toBe(2);
      }
    }
    expect([...firstChar.keys()].sort()).toEqual([...RECEIPT_ALPHABET].sort());
    expect(new Set(firstChar.values())).toEqual(new Set([limit / RECEIPT_ALPHABET.length]));
  });

  it('keeps asking for bytes until it has eight usable ones', () => {
    const requested: number[] = [];
    let calls = 0;
    const code = generateReceiptCode((count) => {
      requested.push(count);
      // Three blocks of nothing but rejected bytes, then usable ones (5 → 'A').
      return new Uint8Array(count).fill(calls++ < 3 ? 255 : 5);
    });
    expect(requested.length).toBe(4);
    expect(code.slice(0, 9)).toBe('AAAA-AAAA');
  });
});

describe('normalizeReceiptCode', () => {
  it('accepts lowercase, missing dashes and spaces', () => {
    for (const code of SAMPLE_CODES) {
      const compact = code.replace(/-/g, '');
      expect(normalizeReceiptCode(code.toLowerCase())).toBe(code);
      expect(normalizeReceiptCode(compact)).toBe(code);
      expect(normalizeReceiptCode(compact.toLowerCase())).toBe(code);
      expect(
        normalizeReceiptCode(` ${compact.slice(0, 3)} ${compact.slice(3, 6)} ${compact.slice(6)} `),
      ).toBe(code);
    }
  });

  it('rejects the wrong length', () => {
    const code = SAMPLE_CODES[0] ?? '';
    expect(normalizeReceiptCode(code.slice(0, -1))).toBeNull();
    expect(normalizeReceiptCode(`${code}A`)).toBeNull();
    expect(normalizeReceiptCode('')).toBeNull();
  });

  it('rejects look-alike characters that are not in the alphabet', () => {
    const compact = (SAMPLE_CODES[0] ?? '').replace(/-/g, '');
    for (const lookAlike of [
      '0',
      'O',
      'o',
      '1',
      'I',
      'i',
      'L',
      'l',
      '2',
      'Z',
      '5',
      'S',
      '8',
      'B',
      'Đ',
      '?',
    ]) {
      for (let position = 0; position < compact.length; position++) {
        const typo = compact.slice(0, position) + lookAlike + compact.slice(position + 1);
        expect(normalizeReceiptCode(typo), typo).toBeNull();
      }
    }
  });

  it('rejects every single-character substitution (exhaustive over the alphabet)', () => {
    const accepted: string[] = [];
    for (const code of SAMPLE_CODES) {
      const compact = code.replace(/-/g, '');
      for (let position = 0; position < compact.length; position++) {
        for (const replacement of RECEIPT_ALPHABET) {
          if (replacement === compact[position]) continue;
          const typo = compact.slice(0, position) + replacement + compact.slice(position + 1);
          if (normalizeReceiptCode(typo) !== null) accepted.push(`${code} → ${typo}`);
        }
      }
    }
    expect(accepted).toEqual([]);
  });
});
