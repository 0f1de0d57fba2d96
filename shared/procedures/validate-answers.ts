import { findCommuneByCode } from '../admin-units/find-commune-by-code';
import { crossCheckCitizenId, parseCitizenId, validateCitizenId, type Sex } from '../validation/citizen-id';
import {
  compareDates,
  parseIsoDate,
  validatePastDate,
  validateYear,
  type CalendarDate,
} from '../validation/dates';
import { validatePersonName } from '../validation/person-name';
import { validatePhone } from '../validation/phone';
import { error, type ValidationIssue } from '../validation/validation-issue';
import {
  ADDRESS_MAX_LENGTH,
  splitMultiChoice,
  type Answers,
  type CrossCheck,
  type DateRange,
  type FormDefinition,
  type Question,
  type Repeat,
} from './form-schema';
import { formSteps } from './form-steps';
import { parseMoneyAmount } from './money-amount';

/** Dates before this are typos at a kiosk (the oldest residents were born after it). */
const EARLIEST_YEAR = 1900;
/** How far ahead a future date may be; beyond it the year is a typo. */
const YEARS_AHEAD = 100;

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
    case 'address':
      return value.length > ADDRESS_MAX_LENGTH ? [error('text.tooLong', { max: ADDRESS_MAX_LENGTH })] : [];
    case 'personName':
      return validatePersonName(value);
    case 'citizenId':
      return validateCitizenId(value);
    case 'phone':
      return validatePhone(value);
    case 'email':
      return validateEmail(value);
    case 'pastDate':
      return validatePastDate(value, today);
    case 'date':
      return validateDate(value, question.range, today);
    case 'year':
      return validateYear(value, question.min, today);
    case 'integer':
      return validateInteger(value, question.min, question.max);
    case 'money':
      return validateMoney(value, question.min, question.max);
    case 'choice':
      return [];
    case 'multiChoice':
      return validateMultiChoice(question, value);
    case 'commune':
      return findCommuneByCode(value) ? [] : [error('commune.unknown')];
  }
}

/** A full date within the question's range; today counts as both past and future. */
export function validateDate(iso: string, range: DateRange, today: CalendarDate): ValidationIssue[] {
  const date = parseIsoDate(iso);
  if (!date) return [error('date.invalid')];
  if (date.year < EARLIEST_YEAR) return [error('date.tooEarly', { year: EARLIEST_YEAR })];
  const latest = today.year + YEARS_AHEAD;
  if (date.year > latest) return [error('date.tooLate', { year: latest })];
  const sinceToday = compareDates(date, today);
  if (range === 'past' && sinceToday > 0) return [error('date.future')];
  if (range === 'future' && sinceToday < 0) return [error('date.past')];
  return [];
}

export function validateInteger(value: string, min: number, max: number): ValidationIssue[] {
  if (!/^-?[0-9]{1,9}$/.test(value)) return [error('integer.format')];
  const n = Number(value);
  return n < min || n > max ? [error('integer.range', { min, max })] : [];
}

/**
 * An amount in đồng within min..max. The bounds go out as numbers, so each language can write
 * them as money ({{min, currency(VND)}} in the locale files).
 */
export function validateMoney(value: string, min: number, max: number): ValidationIssue[] {
  const amount = parseMoneyAmount(value);
  // Too many digits for any amount is still an amount, just far too large.
  if (amount === null)
    return [/^[0-9]+$/.test(value) ? error('money.tooHigh', { max }) : error('money.format')];
  if (amount < min) return [error('money.tooLow', { min })];
  if (amount > max) return [error('money.tooHigh', { max })];
  return [];
}

/**
 * A practical address check, not RFC 5322: one @, a dotted domain with a letter TLD, ASCII only
 * (a Vietnamese keyboard slipping a diacritic into an address is the usual mistake).
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function validateEmail(value: string): ValidationIssue[] {
  return value.length <= 254 && EMAIL.test(value) ? [] : [error('email.format')];
}

function validateMultiChoice(
  question: Extract<Question, { type: 'multiChoice' }>,
  value: string,
): ValidationIssue[] {
  const chosen = splitMultiChoice(value);
  const known = new Set(question.options.map((option) => option.value));
  if (new Set(chosen).size !== chosen.length || chosen.some((v) => !known.has(v)))
    return [error('multiChoice.unknown')];
  if (question.minSelected !== undefined && chosen.length < question.minSelected)
    return [error('multiChoice.tooFew', { min: question.minSelected })];
  if (question.maxSelected !== undefined && chosen.length > question.maxSelected)
    return [error('multiChoice.tooMany', { max: question.maxSelected })];
  return [];
}

/** The stored item count of a repeatable section; absent means the minimum. */
export function validateRepeatCount(repeat: Repeat, raw: string | undefined): ValidationIssue[] {
  if (raw === undefined || raw === '') return [];
  const n = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  return n >= repeat.min && n <= repeat.max
    ? []
    : [error('repeat.count', { min: repeat.min, max: repeat.max })];
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

/**
 * Every finding for the answers that are asked, per answer path: each question of each item, and
 * the item count of each repeatable section (under `section[]`). Cross-checks read only sections
 * that are not repeated, so they never attach to an item's answer.
 */
export function validateForm(
  form: FormDefinition,
  answers: Answers,
  today: CalendarDate,
): Record<string, ValidationIssue[]> {
  const cross = crossCheckIssues(form, answers);
  const result: Record<string, ValidationIssue[]> = {};
  for (const step of formSteps(form, answers)) {
    if (step.kind === 'repeat') {
      const issues = validateRepeatCount(step.section.repeat, answers[step.path]);
      if (issues.length > 0) result[step.path] = issues;
      continue;
    }
    const own = validateAnswer(step.question, answers[step.path], today);
    const related = step.item === undefined ? (cross[step.path] ?? []) : [];
    const issues = own.some((i) => i.severity === 'error') ? own : [...own, ...related];
    if (issues.length > 0) result[step.path] = issues;
  }
  return result;
}

export const hasBlockingIssue = (issues: readonly ValidationIssue[] | undefined): boolean =>
  (issues ?? []).some((issue) => issue.severity === 'error');
