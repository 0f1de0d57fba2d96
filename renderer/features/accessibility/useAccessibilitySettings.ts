import { useSyncExternalStore } from 'react';
import type { AccessibilitySettings } from './accessibility-settings';
import { useAccessibilityServices } from './AccessibilityContext';

/** The current settings; re-renders when the resident changes them or the session resets them. */
export function useAccessibilitySettings(): AccessibilitySettings {
  const { store } = useAccessibilityServices();
  return useSyncExternalStore(store.subscribe, store.get);
}
