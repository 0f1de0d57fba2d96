import { keyAction, type InputMethod } from './input-methods';
import { decomposeLetter } from './letters';
import { isPossibleSyllable } from './spelling';
import { EMPTY_SYLLABLE, parseSyllable, renderSyllable, type Syllable } from './syllable';
import { normalizeHornPair, transform } from './transforms';

/**
 * The word being typed, as a pure reducer: applyKey(state, key, method) → state. The on-screen
 * keyboard keeps one Composition per word (see keyboard-field.ts) and shows `text`.
 */
export interface Composition {
  /** The word as shown, NFC. While composing it is always the engine's own rendering. */
  readonly text: string;
  /** The keys typed for this word: what the resident gets back if the word turns out not to be Vietnamese. */
  readonly keys: string;
  /** True once the word is left alone: every further key is typed as it is, until the next word. */
  readonly literal: boolean;
}

export const EMPTY_COMPOSITION: Composition = { text: '', keys: '', literal: false };

const leftAlone = (text: string): Composition => ({ text, keys: text, literal: true });

/**
 * Types one key (one character; a longer string is typed character by character) into the word.
 *
 * In order: a tone, mark or đ key changes the word if the result can still be Vietnamese; typed a
 * second time it takes its effect back off and is typed as a letter, and the word is then left
 * alone ("ass" → as, "aaa" → aa, "ddd" → dd); any other key is appended. When none of that gives
 * possible Vietnamese, the word becomes the keys exactly as typed and is left alone ("Windows",
 * "class", "cccd"). A key that is itself a toned letter (from the long-press picker) is kept as
 * chosen: the word is left alone so the engine never moves a tone the resident placed by hand.
 */
export function applyKey(state: Composition, key: string, method: InputMethod): Composition {
  const chars = [...key];
  if (chars.length !== 1) return chars.reduce((s, c) => applyKey(s, c, method), state);
  if (state.literal || method === 'raw') return leftAlone(state.text + key);
  const picked = decomposeLetter(key);
  if (picked !== null && picked.tone !== 'ngang') return leftAlone(state.text + key);

  const syllable = parseSyllable(state.text) ?? EMPTY_SYLLABLE;
  const keys = state.keys + key;
  const action = keyAction(key, method);
  const { candidates, undo } = transform(syllable, action, key !== key.toLowerCase());
  for (const candidate of candidates) {
    const next = possible(candidate);
    if (next !== null) return { text: renderSyllable(next), keys, literal: false };
  }
  if (undo !== null) {
    if (action.kind === 'mark' && action.standalone && isStandaloneU(syllable, state.keys)) {
      // "ww" → w: the ư came from a lone w, so taking the horn off gives that w back, not "uw".
      const u = syllable.vowels[0];
      return leftAlone(renderSyllable({ ...syllable, vowels: [] }) + (u?.upper ? 'W' : 'w'));
    }
    return leftAlone(renderSyllable(undo) + key);
  }
  const appended = parseSyllable(state.text + key);
  const next = appended === null ? null : possible(appended);
  if (next !== null) return { text: renderSyllable(next), keys, literal: false };
  return leftAlone(keys);
}

function possible(syllable: Syllable): Syllable | null {
  const normalized = normalizeHornPair(syllable);
  return isPossibleSyllable(normalized) ? normalized : null;
}

/** The word's only vowel is a toneless ư with nothing after it, and no u was typed: it came from w. */
function isStandaloneU(syllable: Syllable, keys: string): boolean {
  const [u, ...others] = syllable.vowels;
  return (
    u?.base === 'u' &&
    others.length === 0 &&
    syllable.final.length === 0 &&
    syllable.tone === 'ngang' &&
    !/u/i.test(keys)
  );
}

/**
 * Deletes the last character shown (not the last key): "tiếng" → "tiến", and typing goes on from
 * there as if the resident had typed "tiến" ("tiến" + g → tiếng).
 */
export function backspace(state: Composition): Composition {
  const chars = [...state.text];
  chars.pop();
  return resumeComposition(chars.join(''));
}

/**
 * Continues an existing word (after a backspace, or when a field already has text). The word goes
 * on composing only if it is exactly what the engine would have shown; otherwise, e.g. an old-style
 * "Hòa" or a foreign name, it is left alone.
 */
export function resumeComposition(word: string): Composition {
  const text = word.normalize('NFC');
  if (text === '') return EMPTY_COMPOSITION;
  const syllable = parseSyllable(text);
  const next = syllable === null ? null : possible(syllable);
  const composing = next !== null && renderSyllable(next) === text;
  return composing ? { text, keys: text, literal: false } : leftAlone(text);
}

export function compositionText(state: Composition): string {
  return state.text;
}

/** The finished word, NFC, ready to store (domain.md §5: normalise at each commit). */
export function commit(state: Composition): string {
  return state.text.normalize('NFC');
}
