import { composeLetter, TONES, type LetterMark } from './letters';

/**
 * The letters a long press on a key offers, for residents who do not know Telex or VNI: every
 * Vietnamese letter built on that key, each in tone order (ngang, huyền, sắc, hỏi, ngã, nặng).
 * Long-pressing "a" offers a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ. Keys without accents offer nothing.
 */
const FAMILIES: ReadonlyMap<string, readonly LetterMark[]> = new Map([
  ['a', ['none', 'breve', 'circumflex']],
  ['e', ['none', 'circumflex']],
  ['i', ['none']],
  ['o', ['none', 'circumflex', 'horn']],
  ['u', ['none', 'horn']],
  ['y', ['none']],
]);

export function accentAlternatives(key: string): readonly string[] {
  const base = key.toLowerCase();
  const upper = key !== base;
  if (base === 'd') return upper ? ['D', 'Đ'] : ['d', 'đ'];
  const marks = FAMILIES.get(base);
  if (marks === undefined) return [];
  return marks.flatMap((mark) => TONES.map((tone) => composeLetter({ base, mark, tone, upper })));
}
