import 'i18next';
import type vi from './locales/vi.json';

// Typed keys: t('a.b') fails to compile when 'a.b' is not in the Vietnamese file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
