import type { KeyboardLayout } from './keyboard-layouts';

/**
 * The shift key. A tap toggles one capital letter ('once'); holding it locks capitals ('caps',
 * e.g. to copy a name printed in capitals on a CCCD card); a tap then unlocks.
 */
export type Shift = 'off' | 'once' | 'caps';

export function tapShift(shift: Shift): Shift {
  return shift === 'off' ? 'once' : 'off';
}

export function withCase(letter: string, shift: Shift): string {
  return shift === 'off' ? letter : letter.toLocaleUpperCase('vi');
}

/**
 * Capitals without asking where a field expects them: each word of a name, the first letter of
 * other text. The resident can still tap shift to turn one off.
 */
export function expectsCapital(text: string, layout: KeyboardLayout): boolean {
  if (layout === 'name') return text === '' || /\s$/u.test(text);
  if (layout === 'text') return text === '';
  return false;
}

/** The shift state after the field changed to `text`: caps stays locked, one-shot is used up. */
export function shiftAfter(shift: Shift, text: string, layout: KeyboardLayout): Shift {
  if (shift === 'caps') return 'caps';
  return expectsCapital(text, layout) ? 'once' : 'off';
}
