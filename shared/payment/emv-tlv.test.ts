import { describe, expect, it } from 'vitest';
import { decodeTlv, encodeTlv } from './emv-tlv';

describe('encodeTlv', () => {
  it('writes id, two-digit length and value', () => {
    expect(encodeTlv('00', '01')).toBe('000201');
    expect(encodeTlv('58', 'VN')).toBe('5802VN');
    expect(encodeTlv('62', 'x'.repeat(99))).toBe('6299' + 'x'.repeat(99));
  });

  it('throws on a value that cannot be encoded (callers validate first)', () => {
    expect(() => encodeTlv('08', '')).toThrow(RangeError);
    expect(() => encodeTlv('08', 'x'.repeat(100))).toThrow(RangeError);
    expect(() => encodeTlv('8', 'x')).toThrow(RangeError);
  });
});

describe('decodeTlv', () => {
  it('splits a payload into fields in order, leaving templates as text', () => {
    expect(decodeTlv('0002010102123808000697045802VN')).toEqual({
      ok: true,
      fields: [
        { id: '00', value: '01' },
        { id: '01', value: '12' },
        { id: '38', value: '00069704' },
        { id: '58', value: 'VN' },
      ],
    });
  });

  it('round-trips what encodeTlv writes', () => {
    const text =
      encodeTlv('00', 'A000000727') +
      encodeTlv('01', encodeTlv('00', '970415')) +
      encodeTlv('02', 'QRIBFTTA');
    expect(decodeTlv(text)).toEqual({
      ok: true,
      fields: [
        { id: '00', value: 'A000000727' },
        { id: '01', value: '0006970415' },
        { id: '02', value: 'QRIBFTTA' },
      ],
    });
  });

  it.each([
    ['000', 'truncated', 0],
    ['000201' + '0105', 'truncated', 6],
    ['00020101091', 'truncated', 6],
    ['0a0201', 'id', 0],
    ['00x201', 'length', 0],
    ['0000', 'length', 0],
  ] as const)('reports %j as %s at %i', (text, problem, offset) => {
    expect(decodeTlv(text)).toEqual({ ok: false, problem, offset });
  });

  it('accepts empty text as no fields', () => {
    expect(decodeTlv('')).toEqual({ ok: true, fields: [] });
  });
});
