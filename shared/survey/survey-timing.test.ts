import { describe, expect, it } from 'vitest';
import { answeredHour, HOUR_MS, isWholeHour, surveyReleaseAt } from './survey-timing';

describe('survey timing', () => {
  const at = Date.parse('2026-11-23T03:47:12.345Z'); // 10:47 in Hà Nội

  it('keeps only the hour a survey was answered in', () => {
    expect(answeredHour(at)).toBe('2026-11-23T03:00:00.000Z');
    expect(answeredHour(Date.parse('2026-11-23T03:00:00.000Z'))).toBe('2026-11-23T03:00:00.000Z');
    expect(answeredHour(Date.parse('2026-11-23T03:59:59.999Z'))).toBe('2026-11-23T03:00:00.000Z');
  });

  it('recognises whole hours in any offset', () => {
    expect(isWholeHour('2026-11-23T03:00:00.000Z')).toBe(true);
    expect(isWholeHour('2026-11-23T10:00:00+07:00')).toBe(true);
    expect(isWholeHour('2026-11-23T10:00:01+07:00')).toBe(false);
    expect(isWholeHour('2026-11-23T10:30:00+05:30')).toBe(true);
    expect(isWholeHour('not a time')).toBe(false);
  });

  it('releases a survey at a random moment of the next hour, whenever in its hour it was answered', () => {
    const nextHour = Date.parse('2026-11-23T04:00:00.000Z');
    expect(surveyReleaseAt(at, () => 0)).toBe(nextHour);
    expect(surveyReleaseAt(at, () => 0.5)).toBe(nextHour + HOUR_MS / 2);
    expect(surveyReleaseAt(at, () => 0.999_999_9)).toBeLessThan(nextHour + HOUR_MS);
    // Answered at the very start or the very end of the hour: the same window, so arrival says nothing more.
    expect(surveyReleaseAt(Date.parse('2026-11-23T03:00:00.000Z'), () => 0.25)).toBe(
      surveyReleaseAt(Date.parse('2026-11-23T03:59:59.999Z'), () => 0.25),
    );
  });
});
