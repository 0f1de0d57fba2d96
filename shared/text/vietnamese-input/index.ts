// Vietnamese typing for the on-screen keyboard: Telex and VNI composition, raw mode, long-press
// accent alternatives. Pure functions only; the React keyboard keeps the state.
export { accentAlternatives } from './accent-alternatives';
export {
  applyKey,
  backspace,
  commit,
  compositionText,
  EMPTY_COMPOSITION,
  resumeComposition,
  type Composition,
} from './composition';
export { isWordBoundary, type InputMethod } from './input-methods';
export {
  commitField,
  EMPTY_FIELD,
  fieldFromValue,
  fieldText,
  pressBackspace,
  pressKey,
  typeKeys,
  type KeyboardField,
} from './keyboard-field';
