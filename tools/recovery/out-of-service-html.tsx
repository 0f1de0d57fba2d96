import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/i18n/i18n';
import { OutOfServicePage } from '../../renderer/recovery/OutOfServicePage';

export const OUT_OF_SERVICE_STYLESHEET = 'out-of-service.css';

/** The page as a whole static document: the renderer's CSP allows its stylesheet and forbids inline code. */
export function outOfServiceHtml(): string {
  const i18n = createI18n();
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <OutOfServicePage />
    </I18nextProvider>,
  );
  // Escaped like the body React rendered: a translation is text, never markup.
  const title = i18n
    .t('outOfService.title', { lng: 'vi' })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" />
    <title>${title}</title>
    <link rel="stylesheet" href="./${OUT_OF_SERVICE_STYLESHEET}" />
  </head>
  <body>${body}</body>
</html>
`;
}
