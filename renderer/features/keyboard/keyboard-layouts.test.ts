import { describe, expect, it } from 'vitest';
import {
  isNumberPad,
  punctuation,
  rowCount,
  showsDigitRow,
  typesRaw,
  typesVietnamese,
  type KeyboardLayout,
} from './keyboard-layouts';

describe('keyboard layouts', () => {
  it.each([
    // layout, number pad, raw keys, Vietnamese, digit row (Telex), rows (Telex)
    ['text', false, false, true, true, 6],
    ['name', false, false, true, false, 5],
    ['email', false, true, false, true, 5],
    ['numeric', true, true, false, false, 4],
    ['phone', true, true, false, false, 4],
    ['money', true, true, false, false, 4],
  ] as const)('%s', (layout: KeyboardLayout, pad, raw, vietnamese, digits, rows) => {
    expect(isNumberPad(layout)).toBe(pad);
    expect(typesRaw(layout)).toBe(raw);
    expect(typesVietnamese(layout)).toBe(vietnamese);
    expect(showsDigitRow(layout, 'telex')).toBe(digits);
    expect(rowCount(layout, 'telex')).toBe(rows);
  });

  it('gives email its @ and . first, and no punctuation to the number pads', () => {
    expect(punctuation('email')).toEqual({ before: ['@', '.'], after: ['_', '-'] });
    expect(punctuation('money')).toEqual({ before: [], after: [] });
  });
});
