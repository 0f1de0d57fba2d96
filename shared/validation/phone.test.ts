import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, validatePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0987 654 321', '0987654321'],
    ['0987.654.321', '0987654321'],
    ['(098) 765-4321', '0987654321'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['+84 24 1234 5678', '02412345678'],
  ])('%s → %s', (raw, national) => {
    expect(normalizePhone(raw)).toBe(national);
  });

  it('returns null for text that cannot be a number', () => {
    for (const raw of ['', '09l2345678', 'abc', '+', '09+12345678', '0912_345_678']) {
      expect(normalizePhone(raw)).toBeNull();
    }
  });
});

describe('validatePhone', () => {
  it.each([
    '0912345678',
    '0987 654 321',
    '+84 912 345 678',
    '84912345678',
    '0359123456', // Viettel 03x
    '0889123456', // VinaPhone 088
    '0701234567', // MobiFone 070
    '0561234567', // Vietnamobile 056
    '0599123456', // Gmobile 059
  ])('accepts the mobile number %s', (raw) => {
    expect(validatePhone(raw)).toEqual([]);
  });

  it('accepts a Hà Nội fixed line (024 + 8 digits)', () => {
    expect(validatePhone('02412345678')).toEqual([]);
    expect(validatePhone('024 3825 3536')).toEqual([]);
  });

  it.each([
    ['0112345678', 'phone.format'], // no such range
    ['0612345678', 'phone.format'],
    ['0412345678', 'phone.format'],
    ['0912345abc', 'phone.format'],
    ['số điện thoại', 'phone.format'],
    ['', 'phone.format'],
    ['091234567', 'phone.length'], // one digit short
    ['0912345678901', 'phone.length'],
    ['912345678', 'phone.length'], // leading 0 missing
  ])('rejects %s (%s)', (raw, code) => {
    expect(validatePhone(raw)).toEqual([{ code, severity: 'error' }]);
  });
});

describe('formatPhone', () => {
  it('groups a mobile number as 0xxx xxx xxx', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone(normalizePhone('+84 987.654.321') ?? '')).toBe('0987 654 321');
  });

  it('leaves other lengths as they are', () => {
    expect(formatPhone('091234')).toBe('091234');
    expect(formatPhone('')).toBe('');
  });
});
