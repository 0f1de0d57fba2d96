import type { InputMethod } from '../../../shared/text/vietnamese-input';

/**
 * What a field asks of the on-screen keyboard. `text` (addresses, free text): letters, digits and
 * address punctuation. `name`: letters, hyphen and apostrophe; digits only in VNI, where they are
 * the accent keys. `email`: letters typed as they are, digits, and @ . _ - (no accents, no space).
 * `numeric` and `phone`: a number pad with no letters at all. `money`: the number pad with a
 * "000" key, since amounts in đồng end in runs of zeros.
 */
export type KeyboardLayout = 'text' | 'name' | 'email' | 'numeric' | 'phone' | 'money';

export const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
export const DIGIT_ROW = '1234567890';
export const NUMBER_PAD_ROWS = ['123', '456', '789'] as const;
/** The money pad's extra key: a thousand times the amount in one tap. */
export const THOUSANDS_KEY = '000';

export function isNumberPad(layout: KeyboardLayout): boolean {
  return layout === 'numeric' || layout === 'phone' || layout === 'money';
}

/**
 * Keys type exactly what they show: digits, and email addresses, which Telex would otherwise turn
 * into Vietnamese ("nguyens" → "nguyén", "dd" → "đ").
 */
export function typesRaw(layout: KeyboardLayout): boolean {
  return isNumberPad(layout) || layout === 'email';
}

/** The accent row, its hint and the Telex/VNI/ABC switch: only where Vietnamese is typed. */
export function typesVietnamese(layout: KeyboardLayout): boolean {
  return layout === 'text' || layout === 'name';
}

export function showsDigitRow(layout: KeyboardLayout, method: InputMethod): boolean {
  return layout === 'text' || layout === 'email' || (layout === 'name' && method === 'vni');
}

/** The punctuation keys in the bottom row, either side of the space bar (email has no space bar). */
export function punctuation(layout: KeyboardLayout): { before: string[]; after: string[] } {
  if (layout === 'text') return { before: [','], after: ['.', '/', '-'] };
  if (layout === 'name') return { before: ["'"], after: ['-'] };
  if (layout === 'email') return { before: ['@', '.'], after: ['_', '-'] };
  return { before: [], after: [] };
}

/** Rows of 64 px keys the keyboard shows, for its docked height (keyboard.css, data-rows). */
export function rowCount(layout: KeyboardLayout, method: InputMethod): number {
  if (isNumberPad(layout)) return 4;
  // the accent row (Vietnamese only), letters ×3, the bottom row, and the digit row when shown
  return (typesVietnamese(layout) ? 5 : 4) + (showsDigitRow(layout, method) ? 1 : 0);
}
