import type { LetterMark, Tone } from './letters';

/**
 * What each key means in each input method. 'raw' types every key as it is, for foreign names and
 * codes (domain.md §5: "Esc = raw text").
 */
export type InputMethod = 'telex' | 'vni' | 'raw';

/** Which letter mark a key puts on which vowel base, e.g. Telex w: a → ă, o → ơ, u → ư. */
export type MarkTargets = Readonly<Partial<Record<'a' | 'e' | 'o' | 'u', LetterMark>>>;

export type KeyAction =
  /** Set a tone; 'ngang' removes it (Telex z, VNI 0). */
  | { readonly kind: 'tone'; readonly tone: Tone }
  /**
   * Add a letter mark to a vowel already typed. `standalone`: with no vowel yet, the key types ư
   * itself (Telex w: "w" → ư, "nhw" → như).
   */
  | { readonly kind: 'mark'; readonly targets: MarkTargets; readonly standalone: boolean }
  /** d → đ (Telex dd, VNI 9). */
  | { readonly kind: 'stroke' }
  /** Just a letter. */
  | { readonly kind: 'letter' };

// Maps, not object literals, so that a key like "constructor" can never hit a prototype property.
const TELEX_TONES = new Map<string, Tone>([
  ['s', 'sac'],
  ['f', 'huyen'],
  ['r', 'hoi'],
  ['x', 'nga'],
  ['j', 'nang'],
  ['z', 'ngang'],
]);
const VNI_TONES = new Map<string, Tone>([
  ['1', 'sac'],
  ['2', 'huyen'],
  ['3', 'hoi'],
  ['4', 'nga'],
  ['5', 'nang'],
  ['0', 'ngang'],
]);

const TELEX_MARKS = new Map<string, MarkTargets>([
  ['a', { a: 'circumflex' }],
  ['e', { e: 'circumflex' }],
  ['o', { o: 'circumflex' }],
  ['w', { a: 'breve', o: 'horn', u: 'horn' }],
]);
const VNI_MARKS = new Map<string, MarkTargets>([
  ['6', { a: 'circumflex', e: 'circumflex', o: 'circumflex' }],
  ['7', { o: 'horn', u: 'horn' }],
  ['8', { a: 'breve' }],
]);

/**
 * The action a key asks for. Telex keys are read case-insensitively (NGUYEENX works); whether the
 * action applies is decided against the word, and a key that cannot act is typed as a letter.
 */
export function keyAction(key: string, method: InputMethod): KeyAction {
  if (method === 'raw') return { kind: 'letter' };
  const k = method === 'telex' ? key.toLowerCase() : key;
  const tones = method === 'telex' ? TELEX_TONES : VNI_TONES;
  const marks = method === 'telex' ? TELEX_MARKS : VNI_MARKS;
  const tone = tones.get(k);
  if (tone !== undefined) return { kind: 'tone', tone };
  const targets = marks.get(k);
  if (targets !== undefined) return { kind: 'mark', targets, standalone: method === 'telex' && k === 'w' };
  if (k === (method === 'telex' ? 'd' : '9')) return { kind: 'stroke' };
  return { kind: 'letter' };
}

/**
 * Keys that end the word being composed: anything that is not a letter, plus, for Telex, digits
 * (VNI uses digits inside the word). The on-screen keyboard commits the word on these.
 */
export function isWordBoundary(key: string, method: InputMethod): boolean {
  if (/^[\p{L}\p{M}]+$/u.test(key)) return false;
  return !(method === 'vni' && /^[0-9]$/.test(key));
}
