import { spellingKey, type Letter } from './letters';

/**
 * Where the tone mark goes in a vowel cluster. ONE convention, applied everywhere: the "new" one
 * (kiểu mới: hoà, khoẻ, thuỷ), not the old one (hòa, khỏe, thủy).
 *
 * Why the new one:
 * - It puts the tone on the syllable's main vowel. In oa/oe/uy the o/u is only a glide (âm đệm),
 *   exactly like the u of qu: "thuý" and "quý" then look alike, where the old style writes thủy/quý.
 * - It needs no exception: with a final consonant both conventions already agree (hoàn, thuyền),
 *   so only the three open clusters oa, oe, uy differ, and the new style treats them like the rest.
 * - Open-source engines default to it (the `vi` Rust crate; Keyman's Vietnamese Telex keyboard, which
 *   ships the old style as a separate "legacy" keyboard), and the domain notes use it ("Nguyễn Thị Hoà"). Search and comparison never depend on it: searchKey() and the vi
 *   collator treat Hòa and Hoà alike (domain.md §5). A resident whose papers say "Hòa" can type it
 *   with the long-press accent picker, which the engine then leaves exactly as chosen.
 *
 * The rules, in order:
 * 1. A vowel with a letter mark (ă â ê ô ơ ư) takes the tone; in ươ the tone goes on ơ (the last).
 * 2. One vowel takes the tone.
 * 3. Three vowels: the middle one (ngoài, khuỷu, khuya).
 * 4. Two vowels and a final consonant: the second (toán, hoàng, huỳnh).
 * 5. Two vowels, open: oa, oe, uy → the second (hoà, khoẻ, thuỷ); any other pair → the first
 *    (mái, sáo, mía, múa, túi, gửi).
 */
const TONE_ON_SECOND_WHEN_OPEN = new Set(['oa', 'oe', 'uy']);

export function toneVowelIndex(vowels: readonly Letter[], hasFinal: boolean): number {
  let lastMarked = -1;
  vowels.forEach((v, k) => {
    if (v.mark !== 'none') lastMarked = k;
  });
  if (lastMarked !== -1) return lastMarked;
  if (vowels.length === 1) return 0;
  if (vowels.length >= 3) return 1;
  if (hasFinal) return 1;
  return TONE_ON_SECOND_WHEN_OPEN.has(spellingKey(vowels)) ? 1 : 0;
}
