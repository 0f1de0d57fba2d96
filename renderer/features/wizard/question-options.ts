import type { ChoiceOption, Question } from '../../../shared/procedures/form-schema';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { integerEntry } from './integer-entry';

/** A choice question's options: its own list, or a shared list from the catalog. multiChoice has its own. */
export function optionsFor(question: Question, catalog: Catalog): ChoiceOption[] {
  if (question.type === 'multiChoice') return question.options;
  if (question.type !== 'choice') return [];
  return question.options ?? (question.optionSet ? catalog.optionSets[question.optionSet] : []);
}

/**
 * The answer to show and to keep: what the resident chose, else the form's default. A required
 * whole number on a − / + stepper starts at its minimum, because a stepper always shows a number;
 * one typed on the number pad starts empty, so nothing has to be deleted first.
 */
export function effectiveAnswer(question: Question, answer: string | undefined): string {
  if (answer !== undefined && answer !== '') return answer;
  if (question.type === 'choice') return question.defaultValue ?? '';
  if (question.type === 'integer' && question.required && integerEntry(question) === 'stepper')
    return String(question.min);
  return '';
}
