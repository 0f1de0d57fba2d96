import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** Switches between Vietnamese and English at any point; answers are kept. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button variant="quiet" lang={next} onClick={() => void i18n.changeLanguage(next)}>
      {t('common.otherLanguage')}
    </Button>
  );
}
