import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/localized-text';
import { Button } from '../../ui/Button';

export function LanguageScreen({
  locales,
  onChosen,
  onBack,
}: {
  locales: readonly Locale[];
  onChosen: () => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const choose = (locale: Locale) => {
    // Choosing the language already shown changes nothing: no need to re-render every screen part.
    if (i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale);
    onChosen();
  };
  return (
    <div className="screen">
      <main className="content language">
        <h1>
          {t('language.title', { lng: 'vi' })}
          <span className="subtitle" lang="en">
            {t('language.title', { lng: 'en' })}
          </span>
        </h1>
        <div className="language-choices">
          {locales.map((locale) => (
            <Button key={locale} variant="tile" lang={locale} onClick={() => choose(locale)}>
              {/* Each language is offered in its own words, so nobody needs to read another one first. */}
              {t('language.name', { lng: locale })}
            </Button>
          ))}
        </div>
      </main>
      <footer className="actions">
        <Button variant="secondary" onClick={onBack}>
          {t('common.back')}
        </Button>
      </footer>
    </div>
  );
}
