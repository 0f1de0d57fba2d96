import { useEffect, useState, type ComponentType } from 'react';
import type { i18n as I18n } from 'i18next';
import { AttractScreen } from '../features/attract/AttractScreen';
import { takeEarlyTouch } from './early-touch';
import type { StartedKioskProps } from './start-kiosk';

/** One start per page, even when StrictMode runs the effect twice in development. */
let started: Promise<ComponentType<StartedKioskProps>> | undefined;
const startOnce = (i18n: I18n) =>
  (started ??= import('./start-kiosk').then((module) => module.startKiosk(i18n)));

/**
 * Shows the attract screen while the kiosk starts behind it. A touch during the start (or on the
 * prerendered screen before this ran) is remembered and begins the session as soon as the kiosk
 * is ready, instead of being lost.
 */
export function KioskBoot({ i18n }: { i18n: I18n }) {
  const [Started, setStarted] = useState<ComponentType<StartedKioskProps> | null>(null);
  const [touched, setTouched] = useState(takeEarlyTouch);
  useEffect(() => {
    let live = true;
    void startOnce(i18n).then((component) => {
      // A component is itself a function: wrap it, or React would call it as a state updater.
      if (live) setStarted(() => component);
    });
    return () => {
      live = false;
    };
  }, [i18n]);
  return Started ? <Started beginAtOnce={touched} /> : <AttractScreen onBegin={() => setTouched(true)} />;
}
