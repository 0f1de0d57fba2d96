/**
 * One Vietnamese letter split into its parts: base Latin letter, letter mark (â ă ơ ư đ), tone and
 * case. The engine edits these parts and composes them back, so it needs no table of the 134 accented
 * letters: Unicode decomposition (NFD) already says what each precomposed letter is made of.
 */

/** The five tone marks and "no tone" (ngang), in the order Vietnamese schools teach them. */
export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

export const TONES: readonly Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'];

/** Marks that make a different letter of the alphabet (â, ă, ơ/ư, đ), as opposed to tones. */
export type LetterMark = 'none' | 'circumflex' | 'breve' | 'horn' | 'stroke';

export interface Letter {
  /** Lowercase ASCII base: 'a'…'z' ('đ' is base 'd' with the stroke mark). */
  readonly base: string;
  readonly mark: LetterMark;
  readonly tone: Tone;
  readonly upper: boolean;
}

const TONE_BY_COMBINING: ReadonlyMap<string, Tone> = new Map([
  ['\u0300', 'huyen'],
  ['\u0301', 'sac'],
  ['\u0309', 'hoi'],
  ['\u0303', 'nga'],
  ['\u0323', 'nang'],
]);
const COMBINING_BY_TONE: ReadonlyMap<Tone, string> = new Map(
  [...TONE_BY_COMBINING].map(([combining, tone]) => [tone, combining]),
);

const MARK_BY_COMBINING: ReadonlyMap<string, LetterMark> = new Map([
  ['\u0302', 'circumflex'],
  ['\u0306', 'breve'],
  ['\u031b', 'horn'],
]);
const COMBINING_BY_MARK: ReadonlyMap<LetterMark, string> = new Map(
  [...MARK_BY_COMBINING].map(([combining, mark]) => [mark, combining]),
);

/** Which bases each mark belongs on in Vietnamese; anything else is not a Vietnamese letter. */
const MARKABLE: Readonly<Record<Exclude<LetterMark, 'none'>, string>> = {
  circumflex: 'aeo',
  breve: 'a',
  horn: 'ou',
  stroke: 'd',
};

export const VOWEL_BASES = 'aeiouy';

export function isVowel(letter: Letter): boolean {
  return VOWEL_BASES.includes(letter.base);
}

/** Splits one character into a Letter, or null when it is not a (Vietnamese) Latin letter. */
export function decomposeLetter(char: string): Letter | null {
  // đ/Đ are letters of their own in Unicode and do not decompose (domain.md §5).
  if (char === 'đ' || char === 'Đ') return { base: 'd', mark: 'stroke', tone: 'ngang', upper: char === 'Đ' };
  const [first, ...combining] = [...char.normalize('NFD')];
  if (first === undefined || !/^[a-zA-Z]$/.test(first)) return null;
  let mark: LetterMark = 'none';
  let tone: Tone = 'ngang';
  for (const c of combining) {
    const asTone = TONE_BY_COMBINING.get(c);
    const asMark = MARK_BY_COMBINING.get(c);
    if (asTone !== undefined && tone === 'ngang') tone = asTone;
    else if (asMark !== undefined && mark === 'none') mark = asMark;
    else return null;
  }
  const base = first.toLowerCase();
  if (mark !== 'none' && !MARKABLE[mark].includes(base)) return null;
  return { base, mark, tone, upper: first !== base };
}

/** Composes a Letter back into one NFC character. */
export function composeLetter(letter: Letter): string {
  if (letter.mark === 'stroke') return letter.upper ? 'Đ' : 'đ';
  const base = letter.upper ? letter.base.toUpperCase() : letter.base;
  const mark = COMBINING_BY_MARK.get(letter.mark) ?? '';
  const tone = COMBINING_BY_TONE.get(letter.tone) ?? '';
  return (base + mark + tone).normalize('NFC');
}

/** Lowercase spelling without tone: the key used to look letters up in the spelling tables. */
export function spellingKey(letters: readonly Letter[]): string {
  return letters.map((l) => composeLetter({ ...l, tone: 'ngang', upper: false })).join('');
}
