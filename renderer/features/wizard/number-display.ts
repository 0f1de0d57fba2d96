import { groupThousands } from '../../../shared/procedures/money-amount';

/** How each language groups thousands: 150.000.000 in Vietnamese, 150,000,000 in English. */
export function thousandsSeparator(locale: string): string {
  return locale === 'en' ? ',' : '.';
}

/** A whole number as the resident reads it; anything but plain digits is shown as it is. */
export function groupForLocale(digits: string, locale: string): string {
  return groupThousands(digits, thousandsSeparator(locale));
}
