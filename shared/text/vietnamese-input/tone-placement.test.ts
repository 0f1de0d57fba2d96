import { describe, expect, it } from 'vitest';
import { typeKeys } from './keyboard-field';

/** The convention is the new one (tone-placement.ts): hoà, khoẻ, thuỷ; never hòa, khỏe, thủy. */
describe('tone placement, new convention', () => {
  it.each([
    // Open oa, oe, uy: the second vowel
    ['hoaf', 'hoà'],
    ['Hoaf', 'Hoà'],
    ['khoer', 'khoẻ'],
    ['thuyr', 'thuỷ'],
    ['uyr', 'uỷ'],
    ['loef', 'loè'],
    ['hoas', 'hoá'],
    ['tuys', 'tuý'],
    // The tone typed early moves when the cluster grows
    ['hosa', 'hoá'],
    ['tusy', 'tuý'],
    // Other open pairs: the first vowel
    ['mais', 'mái'],
    ['saos', 'sáo'],
    ['caus', 'cáu'],
    ['mias', 'mía'],
    ['muas', 'múa'],
    ['tuis', 'túi'],
    ['ddois', 'đói'],
    ['guiwr', 'gửi'],
    // A final consonant: the second vowel, in both conventions
    ['toans', 'toán'],
    ['hoangf', 'hoàng'],
    ['huynhf', 'huỳnh'],
    ['khoanhr', 'khoảnh'],
    // Three vowels: the middle one, unless a vowel has a letter mark
    ['ngoaif', 'ngoài'],
    ['khuyur', 'khuỷu'],
    ['khoeof', 'khoèo'],
    ['tuooir', 'tuổi'],
    ['nguwowif', 'người'],
    ['khuyeens', 'khuyến'],
    // A letter mark wins
    ['tieens', 'tiến'],
    ['muwas', 'mứa'],
    ['cuwus', 'cứu'],
  ])('%s → %s', (keys, expected) => {
    expect(typeKeys(keys, 'telex')).toBe(expected);
  });

  it('never writes the old style', () => {
    for (const [keys, old] of [
      ['hoaf', 'hòa'],
      ['thuyr', 'thủy'],
      ['khoer', 'khỏe'],
    ] as const) {
      expect(typeKeys(keys, 'telex')).not.toBe(old);
    }
  });
});
