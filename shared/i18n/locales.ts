/**
 * Languages the kiosk ships complete. Vietnamese first: it is the default and the fallback.
 * Kept free of zod: the start-up chunk (renderer/boot.tsx → i18n) needs these names, not the
 * schemas, and zod would add ~26 KB gzip to what loads before the attract screen is live.
 */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
