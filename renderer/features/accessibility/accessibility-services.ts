import { createAccessibilityStore, type AccessibilityStore } from './accessibility-store';
import { applyToRoot } from './apply-to-root';
import { createReadAloud, type ReadAloud, type SpeechSynthesisLike, type UtteranceLike } from './read-aloud';

/** The session's accessibility settings and its reader: one of each per window. */
export interface AccessibilityServices {
  readonly store: AccessibilityStore;
  readonly reader: ReadAloud;
}

let browserServices: AccessibilityServices | undefined;

/**
 * The window's own: settings applied to `<html>`, speech through `window.speechSynthesis`. Made on
 * first use, so importing this module has no side effects.
 */
export function browserAccessibility(): AccessibilityServices {
  browserServices ??= {
    store: createAccessibilityStore((settings) => applyToRoot(document.documentElement, settings)),
    reader: createReadAloud(
      'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
        ? // The DOM types are stricter than what we use (real voices and utterances go in and out).
          (window.speechSynthesis as unknown as SpeechSynthesisLike)
        : undefined,
      (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    ),
  };
  return browserServices;
}

/** Ends the resident's accessibility session: default text and colours, and silence. */
export function resetAccessibility(services: AccessibilityServices = browserAccessibility()): void {
  services.reader.stop();
  services.store.reset();
}
