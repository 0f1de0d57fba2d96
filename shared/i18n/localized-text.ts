import { z } from 'zod';

/** Languages the kiosk ships complete. Vietnamese first: it is the default and the fallback. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LocaleSchema = z.enum(LOCALES);

/** Catalog content comes from the city in every shipped language. */
export const LocalizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pickLocalized(text: LocalizedText, locale: string): string {
  return locale === 'en' ? text.en : text.vi;
}
