/**
 * What the city would report from the quick surveys: per question (and so per
 * factor), the number of answers at each level, the mean and the share
 * satisfied (levels 4 and 5, as SIPAS reports it), overall and per procedure
 * and ward. Pure, so the admin view is tested without HTTP.
 */
import type { SurveyRequest } from '../shared/api/city-api';
import {
  SURVEY_QUESTIONS,
  type SatisfactionLevel,
  type SurveyFactorId,
  type SurveyQuestionId,
} from '../shared/survey/survey-definition';

export interface QuestionAggregate {
  questionId: SurveyQuestionId;
  factor: SurveyFactorId;
  measures: string;
  /** How many surveys answered this question. */
  responses: number;
  /** Answers at each level, "1" (Rất không hài lòng) … "5" (Rất hài lòng). */
  levels: Record<`${SatisfactionLevel}`, number>;
  /** Mean level, two decimals; null without answers. */
  mean: number | null;
  /** Share of answers at level 4 or 5, 0..1, three decimals; null without answers. */
  satisfiedShare: number | null;
}

export interface GroupAggregate {
  responses: number;
  questions: QuestionAggregate[];
}

export interface SurveyAggregates extends GroupAggregate {
  byProcedure: Record<string, GroupAggregate>;
  byWard: Record<string, GroupAggregate>;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function aggregateGroup(surveys: readonly SurveyRequest[]): GroupAggregate {
  const questions = SURVEY_QUESTIONS.map(({ id, factor, measures }): QuestionAggregate => {
    const answers = surveys.flatMap((s) => s.answers.filter((a) => a.questionId === id).map((a) => a.level));
    const levels = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    for (const level of answers) levels[`${level}`] += 1;
    const total = answers.reduce<number>((sum, level) => sum + level, 0);
    return {
      questionId: id,
      factor,
      measures,
      responses: answers.length,
      levels,
      mean: answers.length === 0 ? null : round(total / answers.length, 2),
      satisfiedShare: answers.length === 0 ? null : round((levels['4'] + levels['5']) / answers.length, 3),
    };
  });
  return { responses: surveys.length, questions };
}

function groupBy(
  surveys: readonly SurveyRequest[],
  key: (survey: SurveyRequest) => string,
): Record<string, GroupAggregate> {
  const groups = new Map<string, SurveyRequest[]>();
  for (const survey of surveys) groups.set(key(survey), [...(groups.get(key(survey)) ?? []), survey]);
  return Object.fromEntries(
    [...groups.keys()].sort().map((name) => [name, aggregateGroup(groups.get(name) ?? [])]),
  );
}

export function aggregateSurveys(surveys: readonly SurveyRequest[]): SurveyAggregates {
  return {
    ...aggregateGroup(surveys),
    byProcedure: groupBy(surveys, (s) => s.procedureId),
    byWard: groupBy(surveys, (s) => s.wardCode),
  };
}
