import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { ConfigResult } from '../shared/config/provisioning-config';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { CrashScreen } from './app/CrashScreen';
import { ErrorBoundary } from './app/ErrorBoundary';
import { KioskApp } from './app/KioskApp';
import { ServicesContext, type KioskServices } from './app/services';
import { createServices } from './app/create-services';
import { getKioskBridge } from './bridge/kiosk-bridge';
import { createI18n } from './i18n/i18n';
import './ui/styles.css';

/** Starts the renderer: config from the main process, then services, then the UI. */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);
  const i18n = createI18n();
  const bridge = getKioskBridge();
  const result: ConfigResult = await bridge.getConfig().catch((error: unknown) => ({
    ok: false as const,
    path: '',
    problems: [{ field: '(bridge)', problem: 'unreadable' as const, detail: String(error) }],
  }));
  if (!result.ok) {
    root.render(
      <I18nextProvider i18n={i18n}>
        <ConfigErrorScreen path={result.path} problems={result.problems} />
      </I18nextProvider>,
    );
    return;
  }
  await i18n.changeLanguage(result.config.defaultLocale);
  let services: KioskServices;
  try {
    services = await createServices(bridge, result.config);
  } catch (error) {
    // The main process checks the key too; this covers a key WebCrypto still refuses, and a broken database.
    const field = error instanceof DOMException && error.name === 'DataError' ? 'cityPublicKey' : '(kiosk)';
    root.render(
      <I18nextProvider i18n={i18n}>
        <ConfigErrorScreen path="" problems={[{ field, problem: 'invalid', detail: String(error) }]} />
      </I18nextProvider>,
    );
    return;
  }
  window.addEventListener('online', () => void services.sync.connectivityRestored());
  window.addEventListener('offline', () => services.sync.connectivityLost());
  void services.sync.start();
  const logCrash = (name: string) =>
    void bridge.log({ level: 'error', event: 'ui.crash', data: { name } }).catch(() => undefined);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <ErrorBoundary onError={logCrash} fallback={(restart) => <CrashScreen onRestart={restart} />}>
            <KioskApp />
          </ErrorBoundary>
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
