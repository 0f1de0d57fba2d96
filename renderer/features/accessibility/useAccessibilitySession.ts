import { useEffect } from 'react';
import { resetAccessibility } from './accessibility-services';
import { useAccessibilityServices } from './AccessibilityContext';

/**
 * For the composition root: while `active` is false (no resident session, e.g. the attract screen)
 * the settings are the defaults and nothing is read aloud. So a session that ends by any path
 * (finished, backed out, timed out) leaves nothing for the next resident.
 */
export function useAccessibilitySession(active: boolean): void {
  const services = useAccessibilityServices();
  useEffect(() => {
    if (!active) resetAccessibility(services);
  }, [active, services]);
}
