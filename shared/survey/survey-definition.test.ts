import { describe, expect, it } from 'vitest';
import {
  SATISFACTION_LEVELS,
  SIPAS_FACTORS,
  SURVEY_FACTORS,
  SURVEY_QUESTION_IDS,
  SURVEY_QUESTIONS,
  SatisfactionLevelSchema,
} from './survey-definition';

describe('the quick survey definition', () => {
  it('has four questions with unique ids, each mapped to a known factor', () => {
    expect(SURVEY_QUESTIONS).toHaveLength(4);
    expect(new Set(SURVEY_QUESTION_IDS).size).toBe(4);
    for (const question of SURVEY_QUESTIONS) {
      expect(Object.keys(SURVEY_FACTORS)).toContain(question.factor);
      expect(question.measures.length).toBeGreaterThan(10);
    }
  });

  it('follows the recommended mapping at submission: F1, F2, F3 (the kiosk as guide) and overall', () => {
    expect(SURVEY_QUESTIONS.map((q) => [q.id, q.factor])).toEqual([
      ['findInformation', 'F1'],
      ['procedureInformation', 'F2'],
      ['formGuidance', 'F3'],
      ['overall', 'overall'],
    ]);
    // F3 is about staff in SIPAS: the kiosk's own guidance must be reported apart from it.
    expect(SURVEY_QUESTIONS.find((q) => q.factor === 'F3')?.measures).toMatch(/kiosk.*not staff/);
  });

  it('knows the five SIPAS factors, in both languages, plus overall', () => {
    expect(Object.keys(SIPAS_FACTORS)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5']);
    expect(Object.keys(SURVEY_FACTORS)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'overall']);
    for (const name of Object.values(SURVEY_FACTORS)) {
      expect(name.vi).not.toBe('');
      expect(name.en).not.toBe('');
    }
  });

  it('uses the 5-level scale and nothing else', () => {
    expect(SATISFACTION_LEVELS).toEqual([1, 2, 3, 4, 5]);
    for (const level of SATISFACTION_LEVELS)
      expect(SatisfactionLevelSchema.safeParse(level).success).toBe(true);
    for (const bad of [0, 6, 2.5, '3', null])
      expect(SatisfactionLevelSchema.safeParse(bad).success).toBe(false);
  });
});
