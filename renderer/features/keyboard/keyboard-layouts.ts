import type { InputMethod } from '../../../shared/text/vietnamese-input';

/**
 * What a field asks of the on-screen keyboard. `text` (addresses, free text): letters, digits and
 * address punctuation. `name`: letters, hyphen and apostrophe; digits only in VNI, where they are
 * the accent keys. `numeric` and `phone`: a number pad with no letters at all.
 */
export type KeyboardLayout = 'text' | 'name' | 'numeric' | 'phone';

export const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
export const DIGIT_ROW = '1234567890';
export const NUMBER_PAD_ROWS = ['123', '456', '789'] as const;

export function isNumberPad(layout: KeyboardLayout): boolean {
  return layout === 'numeric' || layout === 'phone';
}

export function showsDigitRow(layout: KeyboardLayout, method: InputMethod): boolean {
  return layout === 'text' || (layout === 'name' && method === 'vni');
}

/** The punctuation keys in the bottom row, either side of the space bar. */
export function punctuation(layout: KeyboardLayout): { before: string[]; after: string[] } {
  if (layout === 'text') return { before: [','], after: ['.', '/', '-'] };
  if (layout === 'name') return { before: ["'"], after: ['-'] };
  return { before: [], after: [] };
}

/** Rows of 64 px keys the keyboard shows, for its docked height (keyboard.css, data-rows). */
export function rowCount(layout: KeyboardLayout, method: InputMethod): number {
  if (isNumberPad(layout)) return 4;
  // accents, letters ×3, bottom row, and the digit row when shown
  return 5 + (showsDigitRow(layout, method) ? 1 : 0);
}
