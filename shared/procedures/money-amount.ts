/**
 * Amounts of money in đồng, as a `money` question stores them: whole đồng (the currency has no
 * subunit in use), written as plain digits ('150000000'). Residents read and type them grouped by
 * thousands (150.000.000 ₫ in Vietnamese, 150,000,000 in English), so parsing accepts either
 * grouping and a currency word, and the stored answer never depends on the language.
 */

/** 15 digits: far above any amount a kiosk form asks for, and safely inside a JS number. */
export const MONEY_MAX_DIGITS = 15;
export const MONEY_MAX_VND = 10 ** MONEY_MAX_DIGITS - 1;

/** Currency words people add after an amount: ₫, đ, đồng, dong, vnd, vnđ (any case, NFC or not). */
const CURRENCY = /\s*(?:₫|đ|đồng|dong|vnd|vnđ)\.?$/iu;
const PLAIN = /^[0-9]+$/;
/** Thousands grouped with one separator used throughout: '.', ',' or a (no-break/thin) space. */
const GROUPED = /^[0-9]{1,3}(?:([., \u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*$/;

/**
 * The whole number of đồng in `text`, or null when it is not one. '150.000.000', '150,000,000',
 * '150 000 000 ₫' and '0150000000' all read 150000000. Decimals ('1.5'), signs, mixed
 * separators ('1.000,000') and amounts over MONEY_MAX_VND are not amounts.
 */
export function parseMoneyAmount(text: string): number | null {
  const trimmed = text.normalize('NFC').trim().replace(CURRENCY, '').trim();
  if (!PLAIN.test(trimmed) && !GROUPED.test(trimmed)) return null;
  const digits = trimmed.replace(/[^0-9]/g, '').replace(/^0+(?=[0-9])/, '');
  return digits.length > MONEY_MAX_DIGITS ? null : Number(digits);
}

/** '150000000' → '150.000.000' with `separator` '.'; leaves anything but plain digits as it is. */
export function groupThousands(digits: string, separator: string): string {
  if (!PLAIN.test(digits)) return digits;
  return digits.replace(/\B(?=(?:[0-9]{3})+$)/g, separator);
}
