import { describe, expect, it } from 'vitest';
import { MONEY_MAX_VND, groupThousands, parseMoneyAmount } from './money-amount';

describe('parseMoneyAmount', () => {
  it.each([
    ['150000000', 150_000_000],
    ['150.000.000', 150_000_000],
    ['150,000,000', 150_000_000],
    ['150 000 000', 150_000_000],
    ['150\u00a0000\u00a0000 ₫', 150_000_000],
    ['150.000.000₫', 150_000_000],
    ['150.000.000 đ', 150_000_000],
    ['150.000.000 đồng', 150_000_000],
    ['150.000.000 Đồng', 150_000_000],
    // Decomposed (NFD) text, as some keyboards send it.
    ['150.000.000 đồng'.normalize('NFD'), 150_000_000],
    ['150,000,000 VND', 150_000_000],
    ['  2.000  ', 2_000],
    ['0150000000', 150_000_000],
    ['0', 0],
    ['000', 0],
    ['999', 999],
    ['1.000', 1_000],
    [String(MONEY_MAX_VND), MONEY_MAX_VND],
  ])('%j reads %d', (text, amount) => {
    expect(parseMoneyAmount(text)).toBe(amount);
  });

  it.each([
    [''],
    ['₫'],
    ['đồng'],
    ['1.5'],
    ['1,50'],
    ['1.5000'],
    ['1.000,000'],
    ['1 000.000'],
    ['1000.000.000'],
    ['.000'],
    ['1.000.'],
    ['-5000'],
    ['+5000'],
    ['5e6'],
    ['một triệu'],
    ['1.000 USD'],
    [String(MONEY_MAX_VND + 1)],
    ['9999999999999999'],
  ])('%j is not an amount', (text) => {
    expect(parseMoneyAmount(text)).toBeNull();
  });
});

describe('groupThousands', () => {
  it.each([
    ['0', '.', '0'],
    ['999', '.', '999'],
    ['1000', '.', '1.000'],
    ['150000000', '.', '150.000.000'],
    ['1000000000000', '.', '1.000.000.000.000'],
    ['150000000', ',', '150,000,000'],
    ['', '.', ''],
    // Not plain digits: left alone for validation to explain.
    ['12a4567', '.', '12a4567'],
  ])('%j with %j is %j', (digits, separator, grouped) => {
    expect(groupThousands(digits, separator)).toBe(grouped);
  });

  it('reads back what it writes', () => {
    for (const amount of [0, 7, 1_000, 65_432_100, 1_000_000_000_000]) {
      expect(parseMoneyAmount(groupThousands(String(amount), '.'))).toBe(amount);
      expect(parseMoneyAmount(groupThousands(String(amount), ','))).toBe(amount);
    }
  });
});
