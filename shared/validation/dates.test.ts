import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  formatDate,
  parseIsoDate,
  toIsoDate,
  validatePastDate,
  validateYear,
} from './dates';

const today = { year: 2026, month: 6, day: 5 };

describe('daysInMonth and leap years', () => {
  it('gives February 29 days in leap years only', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(1900, 2)).toBe(28); // divisible by 100, not 400
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 2)).toBe(28);
  });

  it('knows the 30- and 31-day months', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2025, 13)).toBe(0);
  });
});

describe('parseIsoDate', () => {
  it('parses real calendar days', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('1990-12-31')).toEqual({ year: 1990, month: 12, day: 31 });
  });

  it.each([
    '2023-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-06-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '05/06/2026',
    '2026-06-05T00:00:00Z',
    '',
  ])('rejects %s', (iso) => {
    expect(parseIsoDate(iso)).toBeNull();
  });

  it('round-trips through toIsoDate', () => {
    expect(toIsoDate({ year: 987, month: 3, day: 9 })).toBe('0987-03-09');
    expect(toIsoDate(parseIsoDate('2024-02-29') ?? { year: 0, month: 0, day: 0 })).toBe('2024-02-29');
  });

  it('compares calendar days', () => {
    expect(compareDates({ year: 2026, month: 6, day: 5 }, today)).toBe(0);
    expect(compareDates({ year: 2026, month: 6, day: 6 }, today)).toBeGreaterThan(0);
    expect(compareDates({ year: 2025, month: 12, day: 31 }, today)).toBeLessThan(0);
  });
});

describe('validatePastDate', () => {
  it('accepts past days and today', () => {
    expect(validatePastDate('2026-06-05', today)).toEqual([]);
    expect(validatePastDate('2024-02-29', today)).toEqual([]);
    expect(validatePastDate('1900-01-01', today)).toEqual([]);
  });

  it('rejects a date after today, even tomorrow', () => {
    expect(validatePastDate('2026-06-06', today)).toEqual([{ code: 'date.future', severity: 'error' }]);
    expect(validatePastDate('2030-01-01', today)).toEqual([{ code: 'date.future', severity: 'error' }]);
  });

  it('rejects dates before 1900', () => {
    expect(validatePastDate('1899-12-31', today)).toEqual([
      { code: 'date.tooEarly', severity: 'error', params: { year: 1900 } },
    ]);
  });

  it('rejects impossible dates such as 31/04', () => {
    expect(validatePastDate('2025-04-31', today)).toEqual([{ code: 'date.invalid', severity: 'error' }]);
    expect(validatePastDate('2025-02-29', today)).toEqual([{ code: 'date.invalid', severity: 'error' }]);
    expect(validatePastDate('not a date', today)).toEqual([{ code: 'date.invalid', severity: 'error' }]);
  });
});

describe('validateYear', () => {
  it('accepts years from min up to this year', () => {
    expect(validateYear('1900', 1900, today)).toEqual([]);
    expect(validateYear('1990', 1900, today)).toEqual([]);
    expect(validateYear('2026', 1900, today)).toEqual([]);
  });

  it('rejects years outside the range, naming it', () => {
    const range = [{ code: 'year.range', severity: 'error', params: { min: 1900, max: 2026 } }];
    expect(validateYear('1899', 1900, today)).toEqual(range);
    expect(validateYear('2027', 1900, today)).toEqual(range);
  });

  it('rejects anything but four digits', () => {
    for (const raw of ['90', '19900', '199O', ' 1990', '', '-1990']) {
      expect(validateYear(raw, 1900, today)).toEqual([{ code: 'year.format', severity: 'error' }]);
    }
  });
});

describe('formatDate', () => {
  it('shows dd/mm/yyyy with zero padding', () => {
    expect(formatDate('2026-06-05')).toBe('05/06/2026');
    expect(formatDate('1990-12-31')).toBe('31/12/1990');
  });

  it('leaves text it cannot parse unchanged', () => {
    expect(formatDate('2026-04-31')).toBe('2026-04-31');
    expect(formatDate('')).toBe('');
  });
});
