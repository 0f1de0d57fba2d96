/** What a resident can change for their own session: text size and contrast. Defaults between residents. */
export const TEXT_SIZES = ['normal', 'large', 'extraLarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface AccessibilitySettings {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
}

export const DEFAULT_ACCESSIBILITY: AccessibilitySettings = { textSize: 'normal', highContrast: false };
