import { CrashScreen } from './CrashScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskApp } from './KioskApp';
import { ServicesContext, type KioskServices } from './services';

/** The running kiosk: its services for every screen, and a fresh start instead of a blank page on a crash. */
export function StartedKiosk({
  services,
  logCrash,
  beginAtOnce,
}: {
  services: KioskServices;
  logCrash: (name: string) => void;
  beginAtOnce: boolean;
}) {
  return (
    <ServicesContext.Provider value={services}>
      <ErrorBoundary onError={logCrash} fallback={(restart) => <CrashScreen onRestart={restart} />}>
        <KioskApp beginAtOnce={beginAtOnce} />
      </ErrorBoundary>
    </ServicesContext.Provider>
  );
}
