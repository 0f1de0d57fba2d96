import { describe, expect, it } from 'vitest';
import { typeKeys } from './keyboard-field';

/**
 * Every vowel × every tone, in both input methods and both cases. The expected letters are written
 * out by hand (not computed by the code under test); only the key sequences are generated.
 */
const TONED: ReadonlyArray<
  readonly [vowel: string, telex: string, vni: string, ngangHuyenSacHoiNgaNang: string]
> = [
  ['a', 'a', 'a', 'aàáảãạ'],
  ['ă', 'aw', 'a8', 'ăằắẳẵặ'],
  ['â', 'aa', 'a6', 'âầấẩẫậ'],
  ['e', 'e', 'e', 'eèéẻẽẹ'],
  ['ê', 'ee', 'e6', 'êềếểễệ'],
  ['i', 'i', 'i', 'iìíỉĩị'],
  ['o', 'o', 'o', 'oòóỏõọ'],
  ['ô', 'oo', 'o6', 'ôồốổỗộ'],
  ['ơ', 'ow', 'o7', 'ơờớởỡợ'],
  ['u', 'u', 'u', 'uùúủũụ'],
  ['ư', 'uw', 'u7', 'ưừứửữự'],
  ['y', 'y', 'y', 'yỳýỷỹỵ'],
];
const TELEX_TONES = ['', 'f', 's', 'r', 'x', 'j'];
const VNI_TONES = ['', '2', '1', '3', '4', '5'];
const TONE_NAMES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'];

const grid = (method: 'telex' | 'vni', upper: boolean) =>
  TONED.flatMap(([vowel, telex, vni, letters]) =>
    [...letters].map((letter, t) => {
      const keys = (method === 'telex' ? telex : vni) + (method === 'telex' ? TELEX_TONES : VNI_TONES)[t];
      return {
        name: `${vowel} ${TONE_NAMES[t]}`,
        keys: upper ? keys.toUpperCase() : keys,
        expected: upper ? letter.toUpperCase() : letter,
      };
    }),
  );

describe.each([
  ['telex', false],
  ['telex', true],
  ['vni', false],
  ['vni', true],
] as const)('%s, uppercase %s: every vowel with every tone', (method, upper) => {
  it.each(grid(method, upper))('$name: $keys → $expected', ({ keys, expected }) => {
    expect(typeKeys(keys, method)).toBe(expected);
  });
});

describe('Telex: the tone may be typed before the letter mark', () => {
  const marked = TONED.filter(([vowel]) => 'ăâêôơư'.includes(vowel));
  it.each(
    marked.flatMap(([vowel, telex, , letters]) =>
      TELEX_TONES.slice(1).map((tone, t) => ({
        keys: `${telex.charAt(0)}${tone}${telex.slice(1)}`,
        expected: [...letters][t + 1],
        vowel,
      })),
    ),
  )('$keys → $expected', ({ keys, expected }) => {
    expect(typeKeys(keys, 'telex')).toBe(expected);
  });
});

describe('z (Telex) and 0 (VNI) remove the tone', () => {
  it.each(
    TONED.flatMap(([vowel, telex, vni]) =>
      TELEX_TONES.slice(1).map((tone, t) => ({
        telex: `${telex}${tone}z`,
        vni: `${vni}${VNI_TONES[t + 1]}0`,
        vowel,
      })),
    ),
  )('$telex and $vni → $vowel', ({ telex, vni, vowel }) => {
    expect(typeKeys(telex, 'telex')).toBe(vowel);
    expect(typeKeys(vni, 'vni')).toBe(vowel);
  });
});

describe('typing the tone key twice takes the tone off and types the key', () => {
  it.each(
    TONED.flatMap(([vowel, telex]) =>
      TELEX_TONES.slice(1).map((tone) => ({ keys: `${telex}${tone}${tone}`, vowel, tone })),
    ),
  )('$keys → $vowel$tone', ({ keys, vowel, tone }) => {
    expect(typeKeys(keys, 'telex')).toBe(vowel + tone);
  });
});
