import { applyKey, resumeComposition, type KeyboardField } from '../../../shared/text/vietnamese-input';

/**
 * The accent row: one key per tone and letter mark, for residents who know neither Telex nor VNI.
 * It puts the accent on the word being typed, wherever the engine says it goes, in every input
 * method (even raw: the resident asked for the accent explicitly). Internally each key is its VNI
 * keystroke, which means the same thing whichever method is selected.
 */
export interface AccentKey {
  readonly id: AccentId;
  readonly vni: string;
  /** What the key shows; null: the key shows its name instead. */
  readonly glyph: string | null;
}

export type AccentId =
  'sac' | 'huyen' | 'hoi' | 'nga' | 'nang' | 'ngang' | 'circumflex' | 'breve' | 'horn' | 'stroke';

export const ACCENT_KEYS: readonly AccentKey[] = [
  { id: 'sac', vni: '1', glyph: 'á' },
  { id: 'huyen', vni: '2', glyph: 'à' },
  { id: 'hoi', vni: '3', glyph: 'ả' },
  { id: 'nga', vni: '4', glyph: 'ã' },
  { id: 'nang', vni: '5', glyph: 'ạ' },
  { id: 'ngang', vni: '0', glyph: null },
  { id: 'circumflex', vni: '6', glyph: 'â ê ô' },
  { id: 'breve', vni: '8', glyph: 'ă' },
  { id: 'horn', vni: '7', glyph: 'ơ ư' },
  { id: 'stroke', vni: '9', glyph: 'đ' },
];

/**
 * The field with the accent put on its last word, or null when the accent cannot go there (no word
 * yet, no vowel, the same accent again, or a word the engine leaves alone such as a foreign name).
 */
export function applyAccent(field: KeyboardField, accent: AccentKey): KeyboardField | null {
  const word = resumeComposition(field.word.text);
  if (word.text === '' || word.literal) return null;
  const next = applyKey(word, accent.vni, 'vni');
  if (next.literal || next.text === word.text) return null;
  // Resume from the text, so the VNI digit is not remembered as a typed key: if the word later
  // turns out not to be Vietnamese, the resident gets back letters, not "Jo1hn".
  return { before: field.before, word: resumeComposition(next.text) };
}
