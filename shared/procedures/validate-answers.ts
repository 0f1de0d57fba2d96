import { crossCheckCitizenId, parseCitizenId, validateCitizenId, type Sex } from '../validation/citizen-id';
import { parseIsoDate, validatePastDate, validateYear, type CalendarDate } from '../validation/dates';
import { validatePersonName } from '../validation/person-name';
import { validatePhone } from '../validation/phone';
import { error, type ValidationIssue } from '../validation/validation-issue';
import type { Answers, CrossCheck, FormDefinition, Question } from './form-schema';
import { formSteps } from './form-steps';

/** Validation of one answer on its own. Empty optional answers are fine. */
export function validateAnswer(
  question: Question,
  raw: string | undefined,
  today: CalendarDate,
): ValidationIssue[] {
  const value = (raw ?? '').trim();
  if (value === '') return question.required ? [error('required')] : [];
  switch (question.type) {
    case 'text':
      return value.length > question.maxLength ? [error('text.tooLong', { max: question.maxLength })] : [];
    case 'personName':
      return validatePersonName(value);
    case 'citizenId':
      return validateCitizenId(value);
    case 'phone':
      return validatePhone(value);
    case 'pastDate':
      return validatePastDate(value, today);
    case 'year':
      return validateYear(value, question.min, today);
    case 'choice':
      return [];
  }
}

function birthYearOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  if (/^[0-9]{4}$/.test(raw)) return Number(raw);
  return parseIsoDate(raw)?.year;
}

function sexOf(check: CrossCheck, answers: Answers): Sex | undefined {
  if (check.sex === undefined) return undefined;
  if (typeof check.sex === 'string') return check.sex;
  const answer = answers[check.sex.question];
  return answer === 'male' || answer === 'female' ? answer : undefined;
}

/**
 * Cross-field findings keyed by the answer they should be shown on. They are
 * attached to the ID-number answer, the one most likely to be mistyped.
 */
export function crossCheckIssues(form: FormDefinition, answers: Answers): Record<string, ValidationIssue[]> {
  const found: Record<string, ValidationIssue[]> = {};
  for (const check of form.crossChecks) {
    const id = answers[check.citizenId]?.replace(/\s+/g, '');
    if (!id || !parseCitizenId(id)) continue;
    const birthYear = check.birth ? birthYearOf(answers[check.birth]) : undefined;
    const sex = sexOf(check, answers);
    const issues = crossCheckCitizenId(id, {
      ...(birthYear !== undefined ? { birthYear } : {}),
      ...(sex !== undefined ? { sex } : {}),
    });
    if (issues.length > 0) found[check.citizenId] = [...(found[check.citizenId] ?? []), ...issues];
  }
  return found;
}

/** Every finding for the answers that are asked, per answer path. */
export function validateForm(
  form: FormDefinition,
  answers: Answers,
  today: CalendarDate,
): Record<string, ValidationIssue[]> {
  const cross = crossCheckIssues(form, answers);
  const result: Record<string, ValidationIssue[]> = {};
  for (const step of formSteps(form, answers)) {
    const own = validateAnswer(step.question, answers[step.path], today);
    const issues = own.some((i) => i.severity === 'error') ? own : [...own, ...(cross[step.path] ?? [])];
    if (issues.length > 0) result[step.path] = issues;
  }
  return result;
}

export const hasBlockingIssue = (issues: readonly ValidationIssue[] | undefined): boolean =>
  (issues ?? []).some((issue) => issue.severity === 'error');
