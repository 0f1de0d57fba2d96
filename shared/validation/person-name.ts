import { error, type ValidationIssue } from './validation-issue';

/**
 * "Họ, chữ đệm và tên" as one string (domain.md §4): letters with their marks,
 * words joined by single spaces, apostrophes or hyphens for ethnic-minority names
 * (H'Hen Niê, Y-Moan); no digits or symbols; 2–100 characters after NFC.
 */
const NAME = /^[\p{L}\p{M}]+(?:[ '\u2019-][\p{L}\p{M}]+)*$/u;

export function normalizePersonName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function validatePersonName(raw: string): ValidationIssue[] {
  const name = normalizePersonName(raw);
  if (name.length < 2) return [error('name.tooShort')];
  if (name.length > 100) return [error('name.tooLong', { max: 100 })];
  if (/[0-9]/.test(name)) return [error('name.digits')];
  if (!NAME.test(name)) return [error('name.characters')];
  return [];
}
