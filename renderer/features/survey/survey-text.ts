import type { SatisfactionLevel, SurveyQuestionId } from '../../../shared/survey/survey-definition';

/** The locale key of each question's wording: the definition's ids, spelled out so the i18n check sees them. */
export const QUESTION_TEXT = {
  findInformation: 'survey.questions.findInformation',
  procedureInformation: 'survey.questions.procedureInformation',
  formGuidance: 'survey.questions.formGuidance',
  overall: 'survey.questions.overall',
} as const satisfies Record<SurveyQuestionId, `survey.questions.${SurveyQuestionId}`>;

/** The five labels, exactly the SIPAS scale wording in Vietnamese (domain.md §6). */
export const LEVEL_TEXT = {
  1: 'survey.levels.veryDissatisfied',
  2: 'survey.levels.dissatisfied',
  3: 'survey.levels.neutral',
  4: 'survey.levels.satisfied',
  5: 'survey.levels.verySatisfied',
} as const satisfies Record<SatisfactionLevel, `survey.levels.${string}`>;
