import { DEFAULT_ACCESSIBILITY, type AccessibilitySettings, type TextSize } from './accessibility-settings';

/**
 * The session's accessibility settings, outside React so the composition root can reset them when a
 * session ends and the chrome of every screen reads the same values. `onChange` applies them (to the
 * document root in the app).
 */
export interface AccessibilityStore {
  get(): AccessibilitySettings;
  subscribe(listener: () => void): () => void;
  setTextSize(textSize: TextSize): void;
  setHighContrast(highContrast: boolean): void;
  /** Back to the defaults: the next resident starts with normal text and colours. */
  reset(): void;
}

export function createAccessibilityStore(
  onChange: (settings: AccessibilitySettings) => void = () => undefined,
): AccessibilityStore {
  let settings = DEFAULT_ACCESSIBILITY;
  const listeners = new Set<() => void>();
  const set = (next: AccessibilitySettings) => {
    if (next.textSize === settings.textSize && next.highContrast === settings.highContrast) return;
    settings = next;
    onChange(settings);
    for (const listener of [...listeners]) listener();
  };
  onChange(settings);
  return {
    get: () => settings,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTextSize: (textSize) => set({ ...settings, textSize }),
    setHighContrast: (highContrast) => set({ ...settings, highContrast }),
    reset: () => set(DEFAULT_ACCESSIBILITY),
  };
}
