/** Money in đồng, grouped the way each language reads it: 5.000 ₫ / ₫5,000. */
export function formatVnd(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}
