import { describe, expect, it } from 'vitest';
import { SurveyRequestSchema } from '../api/city-api';
import { buildSurveyRequest } from './build-survey-request';

/** Everything a survey may carry; adding a field here is a privacy decision, not a refactor. */
const ANONYMOUS_FIELDS = [
  'answeredHour',
  'answers',
  'kioskId',
  'locale',
  'procedureId',
  'surveyId',
  'wardCode',
].sort();

const input = {
  surveyId: '4a3c1f1e-8f0b-4c6e-9d7a-2b1e0f9c8d7a',
  kioskId: 'HN-00001',
  wardCode: '00004',
  procedureId: 'HT-KS',
  locale: 'vi',
  answers: { overall: 5, findInformation: 4, formGuidance: 3, procedureInformation: 2 },
  answeredAtMs: Date.parse('2026-11-23T03:47:12.345Z'),
} as const;

describe('the survey payload', () => {
  it('has exactly the anonymous fields: no receipt, submission, session or exact time', () => {
    expect(Object.keys(SurveyRequestSchema.shape).sort()).toEqual(ANONYMOUS_FIELDS);
    const request = buildSurveyRequest(input);
    expect(Object.keys(request).sort()).toEqual(ANONYMOUS_FIELDS);
    for (const answer of request.answers) expect(Object.keys(answer).sort()).toEqual(['level', 'questionId']);
    const text = JSON.stringify(request);
    expect(text).not.toMatch(/receipt|submission|session|dossier/i);
    expect(request.answeredHour).toBe('2026-11-23T03:00:00.000Z');
  });

  it('refuses a body that carries anything more', () => {
    const request = buildSurveyRequest(input);
    for (const extra of [
      { receiptCode: 'AAAA-CCCC-D' },
      { submissionId: '00000000-0000-4000-8000-000000000001' },
      { sessionId: 'x' },
      { answeredAt: '2026-11-23T03:47:12.345Z' },
    ]) {
      expect(SurveyRequestSchema.safeParse({ ...request, ...extra }).success).toBe(false);
    }
    expect(
      SurveyRequestSchema.safeParse({ ...request, answers: [{ questionId: 'overall', level: 5, note: 'x' }] })
        .success,
    ).toBe(false);
  });

  it('lists answers in the definition order and leaves out unanswered questions', () => {
    expect(buildSurveyRequest(input).answers).toEqual([
      { questionId: 'findInformation', level: 4 },
      { questionId: 'procedureInformation', level: 2 },
      { questionId: 'formGuidance', level: 3 },
      { questionId: 'overall', level: 5 },
    ]);
    expect(buildSurveyRequest({ ...input, answers: { overall: 1 } }).answers).toEqual([
      { questionId: 'overall', level: 1 },
    ]);
  });

  it('rejects no answers, an exact time, unknown questions and duplicates', () => {
    expect(() => buildSurveyRequest({ ...input, answers: {} })).toThrow();
    const request = buildSurveyRequest(input);
    const parse = (change: object) => SurveyRequestSchema.safeParse({ ...request, ...change }).success;
    expect(parse({ answeredHour: '2026-11-23T03:47:00.000Z' })).toBe(false);
    expect(parse({ answers: [{ questionId: 'staffPoliteness', level: 3 }] })).toBe(false);
    expect(
      parse({
        answers: [
          { questionId: 'overall', level: 3 },
          { questionId: 'overall', level: 4 },
        ],
      }),
    ).toBe(false);
    expect(parse({ locale: 'fr' })).toBe(false);
  });

  it('falls back to Vietnamese for a locale the city does not take', () => {
    expect(buildSurveyRequest({ ...input, locale: 'en' }).locale).toBe('en');
    expect(buildSurveyRequest({ ...input, locale: 'fr' }).locale).toBe('vi');
  });
});
