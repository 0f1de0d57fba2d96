import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { KioskBoot } from './app/KioskBoot';
import { createI18n } from './i18n/i18n';

/**
 * React, i18next and the attract screen: hydrates the prerendered attract screen; config,
 * services and every other screen load behind it (app/start-kiosk.tsx).
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const i18n = createI18n();
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <KioskBoot i18n={i18n} />
    </I18nextProvider>
  </StrictMode>
);
// The build prerenders the attract screen into index.html (tools/prerender): take it over in place.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
