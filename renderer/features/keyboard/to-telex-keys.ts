import { typeKeys } from '../../../shared/text/vietnamese-input';

/**
 * The keys a resident taps to type `text` with Telex on the on-screen keyboard: the engine run in
 * reverse, for e2e page objects and demos. Marks are doubled vowels or w (â → aa, ơ → ow), đ is dd,
 * and the tone key ends the word (Nguyễn → Nguyeenx), as Telex users type it; the engine decides
 * which vowel carries the tone.
 *
 * A word Telex cannot give back exactly (an old-style tone such as "Hòa", which Telex types as
 * "Hoà") keeps its accented letters: typeKeys treats a toned letter as chosen from the long-press
 * picker, and so does typeOnKeyboard. Throws when neither way gives the word back: type it in raw
 * mode instead.
 */
const MARK_KEYS = new Map([
  ['\u0302', ''], // circumflex: the vowel again (â → aa)
  ['\u0306', 'w'], // breve
  ['\u031B', 'w'], // horn
]);
const TONE_KEYS = new Map([
  ['\u0301', 's'],
  ['\u0300', 'f'],
  ['\u0309', 'r'],
  ['\u0303', 'x'],
  ['\u0323', 'j'],
]);
const WORD = /[\p{L}\p{M}]+/gu;

export function toTelexKeys(text: string): string {
  return text.normalize('NFC').replace(WORD, wordKeys);
}

function wordKeys(word: string): string {
  const telex = telexSpelling(word);
  if (typeKeys(telex, 'telex') === word) return telex;
  if (typeKeys(word, 'telex') === word) return word;
  throw new Error(`"${word}" cannot be typed with Telex; use raw mode`);
}

function telexSpelling(word: string): string {
  let keys = '';
  let tone = '';
  for (const letter of word) {
    if (letter === 'đ' || letter === 'Đ') {
      keys += letter === 'đ' ? 'dd' : 'Dd';
      continue;
    }
    const [base = '', ...marks] = letter.normalize('NFD');
    keys += base;
    for (const mark of marks) {
      const markKey = MARK_KEYS.get(mark);
      if (markKey !== undefined) keys += markKey === '' ? base.toLowerCase() : markKey;
      tone = TONE_KEYS.get(mark) ?? tone;
    }
  }
  return keys + tone;
}
