import { error, type ValidationIssue } from './validation-issue';

/**
 * Vietnamese phone numbers (domain.md §4, libphonenumber VN metadata): mobile ranges
 * and fixed lines (02x). Accepts spaces, dots, dashes, brackets and a +84/84 prefix.
 */
const MOBILE =
  /^0(?:(?:5(?:2[238]|59)|89[6-9]|99[013-9])[0-9]{6}|(?:3[0-9]|5[1689]|7[06-9]|8[1-8]|9[0-8])[0-9]{7})$/;
/** Fixed lines: 02 + area code + subscriber number, 11 digits in all (Hà Nội: 024 + 8 digits). */
const FIXED_LINE = /^02[0-9]{9}$/;

/** Returns the national form (0xxxxxxxxx) or null when the text cannot be a phone number. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return null;
  if (compact.startsWith('+84')) return '0' + compact.slice(3);
  if (compact.startsWith('84') && (compact.length === 11 || compact.length === 12))
    return '0' + compact.slice(2);
  return compact;
}

export function validatePhone(raw: string): ValidationIssue[] {
  const national = normalizePhone(raw);
  if (national === null) return [error('phone.format')];
  if (national.length !== (national.startsWith('02') ? 11 : 10)) return [error('phone.length')];
  if (!MOBILE.test(national) && !FIXED_LINE.test(national)) return [error('phone.format')];
  return [];
}

/** Display form '0912 345 678'. */
export function formatPhone(national: string): string {
  return national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : national;
}
