import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps `<html lang>` on the screen's language, so assistive technology and axe read it right (WCAG 3.1.1). */
export function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
}
