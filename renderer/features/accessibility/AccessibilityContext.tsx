import { createContext, useContext, type ReactNode } from 'react';
import { browserAccessibility, type AccessibilityServices } from './accessibility-services';

const AccessibilityContext = createContext<AccessibilityServices | null>(null);

/** Optional: the app uses the window's own services; tests pass a store and a fake reader. */
export function AccessibilityProvider({
  services,
  children,
}: {
  services: AccessibilityServices;
  children: ReactNode;
}) {
  return <AccessibilityContext.Provider value={services}>{children}</AccessibilityContext.Provider>;
}

export function useAccessibilityServices(): AccessibilityServices {
  return useContext(AccessibilityContext) ?? browserAccessibility();
}
