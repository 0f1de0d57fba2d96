import { spellingKey, type Letter } from './letters';
import type { Syllable } from './syllable';

/**
 * Could this still become a Vietnamese syllable? The engine asks this after every key, and when
 * the answer is no it gives the resident back the keys exactly as typed (English words, foreign
 * names, abbreviations: "class", "Windows", "cccd"). The check is about possible *prefixes*,
 * because the word is unfinished and Telex adds letter marks late ("tie" becomes "tiê").
 */

const INITIALS = new Set([
  ...['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh'],
  ...['p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'],
]);

/**
 * Vowel clusters and the final consonants each may take. Whether a cluster may also end the
 * syllable ("ă" may not) is not checked: the word is unfinished, so a final may still come.
 */
const RHYMES: Readonly<Record<string, string>> = {
  a: 'c ch m n ng nh p t',
  ă: 'c m n ng p t',
  â: 'c m n ng p t',
  e: 'c m n ng p t',
  ê: 'ch m n nh p t',
  i: 'ch m n nh p t',
  o: 'c m n ng p t',
  ô: 'c m n ng p t',
  ơ: 'm n p t',
  u: 'c m n ng p t',
  ư: 'c m n ng t',
  y: '',
  iê: 'c m n ng p t',
  yê: 'm n ng t',
  oa: 'c ch m n ng nh p t',
  oă: 'c m n ng t',
  oe: 'n t',
  oo: 'c ng',
  uâ: 'n ng t',
  uê: 'ch n nh',
  uô: 'c m n ng t',
  uy: 'ch n nh p t',
  ươ: 'c m n ng p t',
  uyê: 'n t',
  ...Object.fromEntries(
    'ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uơ iêu yêu oai oay oeo uây uôi ươi ươu uya uyu'
      .split(' ')
      .map((cluster) => [cluster, '']),
  ),
};

const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);
const FRONT_VOWELS = 'eiy';

/**
 * Every "cluster|final" pair that may still grow into a rhyme of RHYMES: any letter mark may be
 * missing (Telex types it later), an open cluster may be any prefix of a longer one ("tie" → tiêu),
 * and a final may be a prefix of a longer one ("tic" → tích).
 */
const POSSIBLE_RHYMES: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  for (const [cluster, finals] of Object.entries(RHYMES)) {
    for (const variant of withoutSomeMarks(cluster)) {
      for (let n = 1; n <= variant.length; n++) pairs.add(`${variant.slice(0, n)}|`);
      for (const final of finals.split(' ')) {
        for (let n = 1; n <= final.length; n++) pairs.add(`${variant}|${final.slice(0, n)}`);
      }
    }
  }
  return pairs;
})();

/** A cluster spelled with each letter mark either kept or dropped: "ươ" → ươ, ưo, uơ, uo. */
function withoutSomeMarks(cluster: string): string[] {
  let variants = [''];
  for (const char of cluster) {
    const bare = char.normalize('NFD').charAt(0);
    const options = bare === char ? [char] : [char, bare];
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return variants;
}

export function isPossibleSyllable(syllable: Syllable): boolean {
  const initial = spellingKey(syllable.initial);
  const cluster = spellingKey(syllable.vowels);
  const final = spellingKey(syllable.final);
  if (cluster === '') {
    // Only consonants so far: they must begin a real initial ("ng", "q" of qu), nothing after.
    return final === '' && syllable.tone === 'ngang' && (INITIALS.has(initial) || initial === 'q');
  }
  if (initial === 'q') return cluster === 'u' && final === '' && syllable.tone === 'ngang'; // "qu…"
  if (!INITIALS.has(initial) || !initialFitsVowel(initial, syllable.vowels)) return false;
  if (!rhymeFits(initial, cluster, final)) return false;
  // Syllables closed by c, ch, p, t only take the sắc or nặng tone.
  return !STOP_FINALS.has(final) || ['ngang', 'sac', 'nang'].includes(syllable.tone);
}

/**
 * The u of qu and the i of gi may double as the first letter of the rhyme: quỳnh is qu + uynh,
 * giêng is gi + iêng; but gieo is gi + eo and quân is qu + ân, so both readings are tried.
 */
function rhymeFits(initial: string, cluster: string, final: string): boolean {
  if (POSSIBLE_RHYMES.has(`${cluster}|${final}`)) return true;
  const shared = initial === 'qu' ? 'u' : initial === 'gi' ? 'i' : '';
  return shared !== '' && POSSIBLE_RHYMES.has(`${shared}${cluster}|${final}`);
}

/** Vietnamese spelling pairs initials with vowels: k/gh/ngh before e ê i y, c/g/ng elsewhere. */
function initialFitsVowel(initial: string, vowels: readonly Letter[]): boolean {
  const first = vowels[0];
  if (first === undefined) return true;
  const front = FRONT_VOWELS.includes(first.base);
  if (['k', 'gh', 'ngh'].includes(initial)) return front;
  if (['c', 'ng'].includes(initial)) return !front;
  if (initial === 'g') return first.base !== 'e';
  if (initial === 'qu') return first.base !== 'u';
  return true;
}
