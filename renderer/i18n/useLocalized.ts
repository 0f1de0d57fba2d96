import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized, type LocalizedText } from '../../shared/i18n/localized-text';

/** Catalog content arrives from the city in every language; this picks the current one. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((text: LocalizedText) => pickLocalized(text, language), [language]);
}
