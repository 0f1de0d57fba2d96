import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import en from './locales/en.json';
import vi from './locales/vi.json';

/** One i18next instance per app: Vietnamese is the default and the fallback. */
export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

export function createI18n(locale: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
