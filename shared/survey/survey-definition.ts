import { z } from 'zod';
import type { LocalizedText } from '../i18n/localized-text';

/**
 * The kiosk's quick satisfaction survey ("khảo sát nhanh"), as data: four
 * questions on the 5-level scale, each tagged with the factor of the Ministry of
 * Home Affairs' SIPAS model it reports against (domain.md §6,
 * kiosk_mapping_recommendation). SIPAS itself is a sampled survey run by the
 * ministry; residents never see the word, only "khảo sát nhanh". The wording
 * residents read lives in the renderer's locale files, one key per question id.
 */

/** The five SIPAS factors (QĐ 2640/QĐ-BNV), by the ids domain.md §6 uses. */
export const SIPAS_FACTORS = {
  F1: { vi: 'Tiếp cận dịch vụ hành chính công', en: 'Access to the service' },
  F2: { vi: 'Thủ tục hành chính', en: 'The administrative procedure' },
  F3: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'The civil servants handling the case' },
  F4: { vi: 'Kết quả cung ứng dịch vụ hành chính công', en: 'The result of the service' },
  F5: {
    vi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
    en: 'Handling of feedback and complaints',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * What a question can report against: one of the five factors, or `overall`,
 * the general satisfaction question the mapping recommends as the fourth
 * question at submission (F4 and F5 can only be asked once the result is back).
 */
export const SURVEY_FACTORS = {
  ...SIPAS_FACTORS,
  overall: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
} as const satisfies Record<string, LocalizedText>;
export type SurveyFactorId = keyof typeof SURVEY_FACTORS;

/** 1 = Rất không hài lòng … 5 = Rất hài lòng; the labels stay exactly these for comparability. */
export const SATISFACTION_LEVELS = [1, 2, 3, 4, 5] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SatisfactionLevelSchema = z.literal(SATISFACTION_LEVELS);

export interface SurveyQuestion {
  /** Stable id: it keys the answer in the payload and the wording in the locale files. */
  id: string;
  factor: SurveyFactorId;
  /** For reports (never shown to residents): what the answers measure. */
  measures: string;
}

export const SURVEY_QUESTIONS = [
  {
    id: 'findInformation',
    factor: 'F1',
    measures: 'Finding the procedure and the information needed on the kiosk',
  },
  {
    id: 'procedureInformation',
    factor: 'F2',
    measures: 'How clearly the kiosk showed the documents needed, the fees and the time limit',
  },
  {
    id: 'formGuidance',
    // The kiosk stands in for the civil servant who guides form-filling: report it apart from staff ratings.
    factor: 'F3',
    measures: "The kiosk's guidance for filling in the form (the kiosk as guide, not staff)",
  },
  { id: 'overall', factor: 'overall', measures: 'Overall satisfaction with doing the procedure here' },
] as const satisfies readonly SurveyQuestion[];

export type SurveyQuestionId = (typeof SURVEY_QUESTIONS)[number]['id'];
export const SURVEY_QUESTION_IDS = SURVEY_QUESTIONS.map((q) => q.id) as [
  SurveyQuestionId,
  ...SurveyQuestionId[],
];
export const SurveyQuestionIdSchema = z.enum(SURVEY_QUESTION_IDS);
