import { useEffect } from 'react';
import { resetAccessibility } from './accessibility-services';
import { useAccessibilityServices } from './AccessibilityContext';
import { sessionWipe } from '../session/wipe-registry';

/**
 * For the composition root: while `active` is false (no resident session, e.g. the attract screen)
 * the settings are the defaults and nothing is read aloud. So a session that ends by any path
 * (finished, backed out, timed out) leaves nothing for the next resident. The session's privacy
 * wipe does the same at once: speech cancelled (speechSynthesis.cancel), settings back to defaults.
 */
export function useAccessibilitySession(active: boolean): void {
  const services = useAccessibilityServices();
  useEffect(() => {
    if (!active) resetAccessibility(services);
  }, [active, services]);
  useEffect(() => sessionWipe.register('accessibility', () => resetAccessibility(services)), [services]);
}
