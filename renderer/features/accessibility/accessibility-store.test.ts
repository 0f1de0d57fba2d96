import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ACCESSIBILITY } from './accessibility-settings';
import { createAccessibilityStore } from './accessibility-store';
import { applyToRoot } from './apply-to-root';

describe('accessibility store', () => {
  it('starts at the defaults, applies each change and notifies once per change', () => {
    const applied = vi.fn();
    const store = createAccessibilityStore(applied);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get()).toEqual(DEFAULT_ACCESSIBILITY);
    expect(applied).toHaveBeenLastCalledWith(DEFAULT_ACCESSIBILITY);

    store.setTextSize('extraLarge');
    store.setHighContrast(true);
    store.setHighContrast(true); // no change, no notice
    expect(store.get()).toEqual({ textSize: 'extraLarge', highContrast: true });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(applied).toHaveBeenLastCalledWith({ textSize: 'extraLarge', highContrast: true });

    store.reset();
    expect(store.get()).toEqual(DEFAULT_ACCESSIBILITY);
    expect(applied).toHaveBeenLastCalledWith(DEFAULT_ACCESSIBILITY);
  });

  it('stops notifying after unsubscribe', () => {
    const store = createAccessibilityStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.setTextSize('large');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('applyToRoot', () => {
  it('writes data attributes for non-default settings and removes them again', () => {
    const root = document.createElement('html');
    applyToRoot(root, { textSize: 'large', highContrast: true });
    expect(root.dataset).toMatchObject({ textSize: 'large', contrast: 'high' });
    applyToRoot(root, { textSize: 'extraLarge', highContrast: false });
    expect(root.getAttribute('data-text-size')).toBe('extra-large');
    expect(root.hasAttribute('data-contrast')).toBe(false);
    applyToRoot(root, DEFAULT_ACCESSIBILITY);
    expect(root.attributes).toHaveLength(0);
  });
});
