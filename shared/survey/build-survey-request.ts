import { SurveyRequestSchema, type SurveyRequest } from '../api/city-api';
import { SURVEY_QUESTIONS, type SatisfactionLevel, type SurveyQuestionId } from './survey-definition';
import { answeredHour } from './survey-timing';

/** The levels a resident chose, by question; unanswered questions are left out. */
export type SurveyAnswers = Partial<Record<SurveyQuestionId, SatisfactionLevel>>;

/**
 * Everything a survey may say, and nothing more: the input has no place for a
 * receipt code, a submission id or an exact time, and the result is checked
 * against the strict contract schema. Answers follow the definition's order.
 */
export function buildSurveyRequest(input: {
  surveyId: string;
  kioskId: string;
  wardCode: string;
  procedureId: string;
  locale: string;
  answers: SurveyAnswers;
  answeredAtMs: number;
}): SurveyRequest {
  return SurveyRequestSchema.parse({
    surveyId: input.surveyId,
    kioskId: input.kioskId,
    wardCode: input.wardCode,
    procedureId: input.procedureId,
    locale: input.locale === 'en' ? 'en' : 'vi',
    answeredHour: answeredHour(input.answeredAtMs),
    answers: SURVEY_QUESTIONS.flatMap(({ id }) => {
      const level = input.answers[id];
      return level === undefined ? [] : [{ questionId: id, level }];
    }),
  });
}
