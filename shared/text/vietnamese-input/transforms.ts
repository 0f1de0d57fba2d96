import type { KeyAction, MarkTargets } from './input-methods';
import type { Letter, LetterMark } from './letters';
import type { Syllable } from './syllable';

/**
 * What a tone, mark or đ key could do to the word. `candidates` are tried in order and the first
 * that is still possible Vietnamese wins; `undo` is used when none is, and means the key was typed a
 * second time to take its effect back off ("ass" → "as"). Plain letters have neither: the caller
 * appends them.
 */
export interface Transform {
  readonly candidates: readonly Syllable[];
  readonly undo: Syllable | null;
}

const NOTHING: Transform = { candidates: [], undo: null };

export function transform(syllable: Syllable, action: KeyAction, upperKey: boolean): Transform {
  switch (action.kind) {
    case 'tone':
      return toneTransform(syllable, action.tone);
    case 'stroke':
      return strokeTransform(syllable);
    case 'mark':
      return syllable.vowels.length === 0
        ? standaloneTransform(syllable, action.standalone, upperKey)
        : markTransform(syllable, action.targets);
    case 'letter':
      return NOTHING;
  }
}

function toneTransform(syllable: Syllable, tone: Syllable['tone']): Transform {
  if (syllable.vowels.length === 0) return NOTHING;
  if (tone === 'ngang') {
    // z / 0 removes the tone; with no tone to remove the key is just a letter.
    return syllable.tone === 'ngang' ? NOTHING : { candidates: [{ ...syllable, tone }], undo: null };
  }
  if (syllable.tone === tone) return { candidates: [], undo: { ...syllable, tone: 'ngang' } };
  return { candidates: [{ ...syllable, tone }], undo: null };
}

function strokeTransform(syllable: Syllable): Transform {
  const [d, ...rest] = syllable.initial;
  // Only a word that starts with d can get đ, however late the second d comes ("dinhd" → đinh).
  if (d === undefined || d.base !== 'd' || rest.length > 0) return NOTHING;
  const withMark = (mark: LetterMark): Syllable => ({ ...syllable, initial: [{ ...d, mark }] });
  return d.mark === 'stroke'
    ? { candidates: [], undo: withMark('none') }
    : { candidates: [withMark('stroke')], undo: null };
}

/** Telex w with no vowel yet types ư ("w" → ư, "nhw" → như); other mark keys have nothing to mark. */
function standaloneTransform(syllable: Syllable, standalone: boolean, upper: boolean): Transform {
  if (!standalone) return NOTHING;
  const u: Letter = { base: 'u', mark: 'horn', tone: 'ngang', upper };
  return { candidates: [{ ...syllable, vowels: [u] }], undo: null };
}

function markTransform(syllable: Syllable, targets: MarkTargets): Transform {
  const vowels = syllable.vowels;
  const withVowels = (next: readonly Letter[]): Syllable => ({ ...syllable, vowels: next });
  const setMark = (k: number, mark: LetterMark) => vowels.map((v, i) => (i === k ? { ...v, mark } : v));

  const pair = targets.o === 'horn' && targets.u === 'horn' ? hornPair(syllable) : null;
  if (pair !== null) {
    const stripped = vowels.map((v, i) =>
      i === pair.at || i === pair.at + 1 ? { ...v, mark: 'none' as const } : v,
    );
    return pair.done
      ? { candidates: [], undo: withVowels(stripped) }
      : { candidates: [withVowels(pair.vowels)], undo: null };
  }
  // Otherwise the last vowel the key can mark ("oa" + w → oă; "ua" + w → ưa once "uă" fails).
  const candidates: Syllable[] = [];
  for (let k = vowels.length - 1; k >= 0; k--) {
    const v = vowels[k] as Letter;
    const mark = markFor(targets, v.base);
    if (mark !== undefined && v.mark !== mark) candidates.push(withVowels(setMark(k, mark)));
  }
  // A vowel that already has this key's mark: typing the key again takes it off.
  const stripped = vowels.map((v) =>
    markFor(targets, v.base) === v.mark ? { ...v, mark: 'none' as const } : v,
  );
  const undo = stripped.some((v, i) => v !== vowels[i]) ? withVowels(stripped) : null;
  return { candidates, undo };
}

function markFor(targets: MarkTargets, base: string): LetterMark | undefined {
  return base === 'a' || base === 'e' || base === 'o' || base === 'u' ? targets[base] : undefined;
}

/**
 * The horn on "uo" goes on both letters (ươ: nước, người) except at the very end of the word, where
 * only ơ gets it (uơ: thuở, huơ). normalizeHornPair() turns uơ into ươ as soon as anything follows.
 */
function hornPair(syllable: Syllable): { at: number; vowels: Letter[]; done: boolean } | null {
  const vowels = syllable.vowels;
  const at = vowels.findIndex((v, i) => v.base === 'u' && vowels[i + 1]?.base === 'o');
  if (at === -1) return null;
  const u = vowels[at] as Letter;
  const o = vowels[at + 1] as Letter;
  if (u.mark !== 'none' && u.mark !== 'horn') return null;
  const open = at + 2 === vowels.length && syllable.final.length === 0;
  const uMark: LetterMark = open && u.mark === 'none' ? 'none' : 'horn';
  const done = u.mark === uMark && o.mark === 'horn';
  const next = vowels.map((v, i) =>
    i === at ? { ...v, mark: uMark } : i === at + 1 ? { ...v, mark: 'horn' as const } : v,
  );
  return { at, vowels: next, done };
}

/** uơ and ưo are only ever followed by nothing; once a letter follows they must be ươ (nuowc → nươc). */
export function normalizeHornPair(syllable: Syllable): Syllable {
  const vowels = syllable.vowels;
  const at = vowels.findIndex((v, i) => v.base === 'u' && vowels[i + 1]?.base === 'o');
  if (at === -1) return syllable;
  const u = vowels[at] as Letter;
  const o = vowels[at + 1] as Letter;
  const halfHorned =
    (u.mark === 'horn') !== (o.mark === 'horn') && u.mark !== 'circumflex' && o.mark !== 'circumflex';
  const followed = at + 2 < vowels.length || syllable.final.length > 0;
  if (!halfHorned || !followed) return syllable;
  return {
    ...syllable,
    vowels: vowels.map((v, i) => (i === at || i === at + 1 ? { ...v, mark: 'horn' as const } : v)),
  };
}
