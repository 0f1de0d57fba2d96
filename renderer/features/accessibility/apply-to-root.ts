import type { AccessibilitySettings } from './accessibility-settings';

/**
 * Writes the settings onto the document root, where styles.css picks them up:
 * `data-text-size` scales the root font size, `data-contrast="high"` swaps the colour tokens.
 * Defaults leave no attribute behind, so a reset root looks exactly like a fresh one.
 */
export function applyToRoot(root: HTMLElement, settings: AccessibilitySettings): void {
  if (settings.textSize === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', settings.textSize === 'large' ? 'large' : 'extra-large');
  if (settings.highContrast) root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
}
