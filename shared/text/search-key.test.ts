import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key';

const COMBINING_MARK = /\p{M}/u;

describe('searchKey', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['Nguyễn Thị Hoà Đồng Xuân', 'nguyen thi hoa dong xuan'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Trường Mầm non số 12', 'truong mam non so 12'],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });

  it('gives the same key for composed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Nguyễn Đức Thắng, phường Hoàn Kiếm'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(searchKey(nfd)).toBe(searchKey(nfc));
    expect(searchKey(nfc)).toBe('nguyen duc thang phuong hoan kiem');
  });

  it('treats old and new tone placement alike (Hòa / Hoà, thủy / thuỷ)', () => {
    expect('Hòa').not.toBe('Hoà');
    expect(searchKey('Hòa')).toBe(searchKey('Hoà'));
    expect(searchKey('Hòa')).toBe('hoa');
    expect(searchKey('thủy')).toBe(searchKey('thuỷ'));
  });

  it('maps đ and Đ, which do not decompose, to d', () => {
    expect('Đ'.normalize('NFD')).toHaveLength(1);
    expect(searchKey('đ')).toBe('d');
    expect(searchKey('Đ')).toBe('d');
    expect(searchKey('Đỗ Đình Đạt')).toBe('do dinh dat');
  });

  it('turns punctuation into spaces and collapses whitespace', () => {
    expect(searchKey('  Giấy   khai-sinh,\t(bản sao)!\n')).toBe('giay khai sinh ban sao');
    expect(searchKey('P. Hàng Bạc / Q. Hoàn Kiếm')).toBe('p hang bac q hoan kiem');
    expect(searchKey('a\u00a0\u00a0b')).toBe('a b');
    expect(searchKey('...')).toBe('');
    expect(searchKey('')).toBe('');
  });

  it('keeps digits', () => {
    expect(searchKey('Số 8, ngõ 23')).toBe('so 8 ngo 23');
  });

  it('is idempotent and never leaves a combining mark, whatever the input', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
      fc
        .array(fc.constantFrom(...'aăâeêioôơuưyđĐ \u0300\u0301\u0303\u0309\u0323.,-'.split('')), {
          maxLength: 30,
        })
        .map((chars) => chars.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const key = searchKey(input);
        expect(searchKey(key)).toBe(key);
        expect(key).not.toMatch(COMBINING_MARK);
        expect(key).not.toMatch(/^\s|\s$|\s\s/);
      }),
      { numRuns: 200 },
    );
  });

  it('is insensitive to normalisation form and letter case of Vietnamese text', () => {
    const vietnamese = fc
      .array(fc.constantFrom(...'Nguyễn Thị Hoà Đồng Xuân Phường Hàng Bạc Ủy ban'.split('')), {
        maxLength: 30,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(vietnamese, (input) => {
        const key = searchKey(input);
        expect(searchKey(input.normalize('NFD'))).toBe(key);
        expect(searchKey(input.toUpperCase())).toBe(key);
      }),
      { numRuns: 200 },
    );
  });
});
