import { error, type ValidationIssue } from './validation-issue';

/**
 * Calendar dates as ISO strings (yyyy-mm-dd), compared as plain calendar days so
 * the answer never depends on the kiosk's time zone (domain.md: Asia/Ho_Chi_Minh).
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Display form dd/mm/yyyy. */
export function formatDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}` : iso;
}

export function validatePastDate(iso: string, today: CalendarDate): ValidationIssue[] {
  const d = parseIsoDate(iso);
  if (!d) return [error('date.invalid')];
  if (d.year < 1900) return [error('date.tooEarly', { year: 1900 })];
  if (compareDates(d, today) > 0) return [error('date.future')];
  return [];
}

export function validateYear(raw: string, min: number, today: CalendarDate): ValidationIssue[] {
  if (!/^[0-9]{4}$/.test(raw)) return [error('year.format')];
  const year = Number(raw);
  if (year < min || year > today.year) return [error('year.range', { min, max: today.year })];
  return [];
}
