import { composeLetter, decomposeLetter, isVowel, type Letter, type Tone } from './letters';
import { toneVowelIndex } from './tone-placement';

/**
 * A word being typed, read as one Vietnamese syllable: initial consonant(s), vowel cluster, final
 * consonant(s), and one tone for the whole syllable. The tone is kept apart from the letters so that
 * it can be typed at any point and is always re-placed on the right vowel when the word is rendered.
 */
export interface Syllable {
  readonly initial: readonly Letter[];
  readonly vowels: readonly Letter[];
  readonly final: readonly Letter[];
  readonly tone: Tone;
}

export const EMPTY_SYLLABLE: Syllable = { initial: [], vowels: [], final: [], tone: 'ngang' };

const plain = (letter: Letter): Letter => ({ ...letter, tone: 'ngang' });

/**
 * Splits a word into a Syllable, or returns null when it cannot be one: a character that is not a
 * letter, two tones, a tone on a consonant, or a vowel after the final consonant. Whether the parts
 * form real Vietnamese is the spelling module's question, not this one's.
 */
export function parseSyllable(word: string): Syllable | null {
  const letters: Letter[] = [];
  for (const char of word) {
    const letter = decomposeLetter(char);
    if (letter === null) return null;
    letters.push(letter);
  }
  const toned = letters.filter((l) => l.tone !== 'ngang');
  if (toned.length > 1) return null;
  const tonedAt = toned[0] === undefined ? -1 : letters.indexOf(toned[0]);
  const bare = letters.map(plain);

  let i = 0;
  while (i < bare.length && !vowelAt(bare, i)) i++;
  // "qu" and "gi" are consonants when a vowel follows: their u/i is not part of the vowel cluster,
  // so "quý" and "giá" carry the tone on the vowel after them. A lone "gi" keeps i as its vowel
  // ("gì", "gìn"). A tone typed on that u/i before the next vowel moves to the syllable ("gifa" → già).
  const absorbs = i === 1 && vowelAt(bare, 2) && (startsWith(bare, 'q', 'u') || startsWith(bare, 'g', 'i'));
  if (absorbs) i++;
  let j = i;
  while (vowelAt(bare, j)) j++;
  const vowels = bare.slice(i, j);
  const final = bare.slice(j);
  if (final.some(isVowel)) return null;
  // A tone may sit on a vowel, or on the u/i that qu/gi absorbed.
  const onAbsorbed = absorbs && tonedAt === 1;
  if (tonedAt !== -1 && !onAbsorbed && (tonedAt < i || tonedAt >= j)) return null;
  return { initial: bare.slice(0, i), vowels, final, tone: toned[0]?.tone ?? 'ngang' };
}

function vowelAt(letters: readonly Letter[], k: number): boolean {
  const letter = letters[k];
  return letter !== undefined && isVowel(letter);
}

/** True when the word starts with consonant `c` followed by a mark-free `v` (qu, gi). */
function startsWith(letters: readonly Letter[], c: string, v: string): boolean {
  const [first, second] = letters;
  return first?.base === c && first.mark === 'none' && second?.base === v && second.mark === 'none';
}

/** Writes a Syllable back as NFC text, with the tone on the vowel the convention picks. */
export function renderSyllable(syllable: Syllable): string {
  const toneAt =
    syllable.tone === 'ngang' || syllable.vowels.length === 0
      ? -1
      : toneVowelIndex(syllable.vowels, syllable.final.length > 0);
  const vowels = syllable.vowels.map((v, k) => (k === toneAt ? { ...v, tone: syllable.tone } : v));
  return [...syllable.initial, ...vowels, ...syllable.final].map(composeLetter).join('').normalize('NFC');
}
