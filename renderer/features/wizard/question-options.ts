import type { ChoiceOption, Question } from '../../../shared/procedures/form-schema';
import type { Catalog } from '../../../shared/procedures/procedure-schema';

/** A choice question's options: its own list, or a shared list from the catalog. */
export function optionsFor(question: Question, catalog: Catalog): ChoiceOption[] {
  if (question.type !== 'choice') return [];
  return question.options ?? (question.optionSet ? catalog.optionSets[question.optionSet] : []);
}

/** The answer to show and to keep: what the resident chose, else the form's default. */
export function effectiveAnswer(question: Question, answer: string | undefined): string {
  if (answer !== undefined && answer !== '') return answer;
  return question.type === 'choice' ? (question.defaultValue ?? '') : '';
}
