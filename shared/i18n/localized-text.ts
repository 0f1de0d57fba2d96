import { z } from 'zod';
import { LOCALES } from './locales';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
export const LocaleSchema = z.enum(LOCALES);

/** Catalog content comes from the city in every shipped language. */
export const LocalizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pickLocalized(text: LocalizedText, locale: string): string {
  return locale === 'en' ? text.en : text.vi;
}
