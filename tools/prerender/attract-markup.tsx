import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { AttractScreen } from '../../renderer/features/attract/AttractScreen';
import { createI18n } from '../../renderer/i18n/i18n';

/**
 * The attract screen as HTML, from the same component and translations the app renders, so
 * index.html can show it before any JavaScript has run; the app hydrates it (renderer/main.tsx).
 */
export function attractMarkup(): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n()}>
      <AttractScreen onBegin={() => undefined} />
    </I18nextProvider>,
  );
}
