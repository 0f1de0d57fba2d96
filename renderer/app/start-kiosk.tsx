import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import type { ConfigProblem, ConfigResult } from '../../shared/config/provisioning-config';
import { getKioskBridge } from '../bridge/kiosk-bridge';
import { AttractScreenContext } from '../pwa/attract-screen-context';
import { ConfigErrorScreen } from './ConfigErrorScreen';
import type { KioskServices } from './services';

export interface StartedKioskProps {
  /** The resident touched the attract screen while the kiosk was starting. */
  beginAtOnce: boolean;
}

/**
 * Loaded behind the attract screen: config from the main process, then the services, then the
 * sync engine. Resolves to what replaces the attract screen: the kiosk, or the config explanation.
 */
export async function startKiosk(i18n: I18n): Promise<ComponentType<StartedKioskProps>> {
  const bridge = getKioskBridge();
  const result: ConfigResult = await bridge.getConfig().catch((error: unknown) => ({
    ok: false as const,
    path: '',
    problems: [{ field: '(bridge)', problem: 'unreadable' as const, detail: String(error) }],
  }));
  if (!result.ok) return configError(result.path, result.problems);
  await i18n.changeLanguage(result.config.defaultLocale);
  // Each big part in a chunk of its own, evaluated in a task of its own: none is a long task.
  let services: KioskServices;
  try {
    const { createServices } = await import('./create-services');
    services = await createServices(bridge, result.config);
  } catch (error) {
    // The main process checks the key too; this covers a key WebCrypto still refuses, and a broken database.
    const field = error instanceof DOMException && error.name === 'DataError' ? 'cityPublicKey' : '(kiosk)';
    return configError('', [{ field, problem: 'invalid', detail: String(error) }]);
  }
  window.addEventListener('online', () => void services.sync.connectivityRestored());
  window.addEventListener('offline', () => services.sync.connectivityLost());
  void services.sync.start();
  // Hosted PWA mode only (provisioning `serviceWorker`): its own chunk, never loaded in Electron.
  const reportAttract = result.config.serviceWorker
    ? (await import('../pwa/start-pwa-updates')).startPwaUpdates(
        (event) => void bridge.log({ level: 'info', event }).catch(() => undefined),
      )
    : null;
  const logCrash = (name: string) =>
    void bridge.log({ level: 'error', event: 'ui.crash', data: { name } }).catch(() => undefined);
  const { StartedKiosk } = await import('./started-kiosk');
  const { preloadScreens } = await import('./lazy-screens');
  // The other screens load while the attract screen waits, so the resident's first taps find them
  // ready; then the first screens are painted once, unseen, so those taps find the fonts ready too;
  // then every chunk is in memory and the kiosk no longer needs its files (markLoaded).
  void preloadScreens()
    .then(() => import('./warm-up-first-screens'))
    .then(({ warmUpFirstScreens }) => warmUpFirstScreens(services, i18n))
    // A warm-up that failed costs a few milliseconds on the first taps, nothing else.
    .catch((error: unknown) =>
      bridge
        .log({ level: 'warn', event: 'ui.warm_up_failed', data: { error: String(error) } })
        .catch(() => undefined),
    )
    .then(markLoaded);
  return function Started({ beginAtOnce }: StartedKioskProps) {
    return (
      <AttractScreenContext.Provider value={reportAttract}>
        <StartedKiosk services={services} logCrash={logCrash} beginAtOnce={beginAtOnce} />
      </AttractScreenContext.Provider>
    );
  };
}

/**
 * `<html data-kiosk="loaded">`: everything the kiosk runs on is loaded. Tests wait for it before
 * they cut the network (in Electron the files are local; a test's offline switch also cuts the
 * dev host that serves them).
 */
function markLoaded(): void {
  document.documentElement.dataset['kiosk'] = 'loaded';
}

function configError(path: string, problems: ConfigProblem[]): ComponentType<StartedKioskProps> {
  markLoaded();
  return function ConfigError() {
    return <ConfigErrorScreen path={path} problems={problems} />;
  };
}
