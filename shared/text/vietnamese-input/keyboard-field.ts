import {
  applyKey,
  backspace,
  commit,
  EMPTY_COMPOSITION,
  resumeComposition,
  type Composition,
} from './composition';
import { isWordBoundary, type InputMethod } from './input-methods';

/**
 * A whole text field typed on the on-screen keyboard: the finished text before the word being typed,
 * and that word. Spaces and punctuation finish a word; backspace deletes one shown character and,
 * at the start of a word, steps back into the previous one so it can be corrected in place.
 */
export interface KeyboardField {
  readonly before: string;
  readonly word: Composition;
}

export const EMPTY_FIELD: KeyboardField = { before: '', word: EMPTY_COMPOSITION };

const TRAILING_WORD = /[\p{L}\p{M}]+$/u;

/** Starts editing a field that already holds `value`; its last word can be continued. */
export function fieldFromValue(value: string): KeyboardField {
  const text = value.normalize('NFC');
  const word = TRAILING_WORD.exec(text)?.[0] ?? '';
  return { before: text.slice(0, text.length - word.length), word: resumeComposition(word) };
}

export function pressKey(field: KeyboardField, key: string, method: InputMethod): KeyboardField {
  if (isWordBoundary(key, method))
    return { before: field.before + commit(field.word) + key, word: EMPTY_COMPOSITION };
  return { before: field.before, word: applyKey(field.word, key, method) };
}

export function pressBackspace(field: KeyboardField): KeyboardField {
  if (field.word.text !== '') return { before: field.before, word: backspace(field.word) };
  const chars = [...field.before];
  chars.pop();
  return fieldFromValue(chars.join(''));
}

/** What the field shows while typing. */
export function fieldText(field: KeyboardField): string {
  return field.before + field.word.text;
}

/** The field's value to validate and store: NFC (domain.md §5). */
export function commitField(field: KeyboardField): string {
  return (field.before + commit(field.word)).normalize('NFC');
}

/**
 * Types a whole string as keystrokes and returns the committed, NFC text. Spaces and punctuation
 * separate words; "\b" is a backspace. typeKeys('Chao2 Vie6t5 Nam', 'vni') → 'Chào Việt Nam'.
 */
export function typeKeys(keys: string, method: InputMethod = 'telex'): string {
  let field = EMPTY_FIELD;
  for (const key of keys) field = key === '\b' ? pressBackspace(field) : pressKey(field, key, method);
  return commitField(field);
}
