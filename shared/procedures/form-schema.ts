import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localized-text';
import { MONEY_MAX_VND } from './money-amount';

/**
 * A procedure's form is data, not a hand-written page: sections of questions the
 * wizard asks one per screen. Answers are strings keyed by `section.question`;
 * in a repeatable section, by `section[i].question` (see form-steps.ts).
 */
const Identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case identifier');
/** `section.question`, the key of an answer (and, inside a repeatable section, of the same item's answer). */
export const AnswerPathSchema = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/);
export type AnswerPath = z.infer<typeof AnswerPathSchema>;

/** Show a question only when another answer has a given value. */
export const ConditionSchema = z.object({ question: AnswerPathSchema, equals: z.string() });
export type Condition = z.infer<typeof ConditionSchema>;

export const ChoiceOptionSchema = z.object({ value: z.string().min(1), label: LocalizedTextSchema });
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** multiChoice values are joined with '|', so they are kept to a character set that cannot contain it. */
const MultiChoiceOptionSchema = ChoiceOptionSchema.extend({
  value: z.string().regex(/^[a-z0-9_]+$/, 'lower_snake_case option value'),
});

/** Long option lists shared by many procedures live in the catalog, not in each form. */
export const OPTION_SETS = ['ethnicity', 'nationality'] as const;
export const OptionSetSchema = z.enum(OPTION_SETS);
export type OptionSet = z.infer<typeof OptionSetSchema>;

/** Which dates a `date` question accepts, relative to today in Hanoi. */
export const DATE_RANGES = ['past', 'future', 'any'] as const;
export type DateRange = (typeof DATE_RANGES)[number];

/** Street-level detail of an address (số nhà, ngõ, đường, tổ dân phố/thôn). */
export const ADDRESS_MAX_LENGTH = 200;

const base = {
  id: Identifier,
  label: LocalizedTextSchema,
  hint: LocalizedTextSchema.optional(),
  required: z.boolean(),
  showIf: ConditionSchema.optional(),
};

export const QuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text'), maxLength: z.number().int().positive().max(500) }),
  z.object({ ...base, type: z.literal('personName') }),
  z.object({ ...base, type: z.literal('citizenId') }),
  z.object({ ...base, type: z.literal('phone') }),
  z.object({ ...base, type: z.literal('email') }),
  /** A full date that cannot be in the future (births, events). Kept for existing forms; same as date{past}. */
  z.object({ ...base, type: z.literal('pastDate') }),
  /** A full date, yyyy-mm-dd: `past` up to today, `future` from today on, `any` either. */
  z.object({ ...base, type: z.literal('date'), range: z.enum(DATE_RANGES) }),
  /** A year only, as forms allow for parents' "năm sinh". */
  z.object({ ...base, type: z.literal('year'), min: z.number().int().min(1900) }),
  /**
   * A whole number between min and max (certified copies, floors, m²). A narrow range is entered with
   * − / + buttons; a wide one (see integer-entry.ts in the wizard) is typed on the number pad.
   */
  z.object({ ...base, type: z.literal('integer'), min: z.number().int(), max: z.number().int() }),
  /**
   * An amount of money in đồng, min..max (business capital). Typed on the number pad and shown
   * grouped (150.000.000 ₫); the answer is plain digits ('150000000', see money-amount.ts).
   */
  z.object({
    ...base,
    type: z.literal('money'),
    min: z.number().int().min(0).max(MONEY_MAX_VND),
    max: z.number().int().min(1).max(MONEY_MAX_VND),
  }),
  z.object({
    ...base,
    type: z.literal('choice'),
    options: z.array(ChoiceOptionSchema).min(2).optional(),
    optionSet: OptionSetSchema.optional(),
    defaultValue: z.string().optional(),
  }),
  /** Several options; the answer is the chosen values joined by '|', in option order. */
  z.object({
    ...base,
    type: z.literal('multiChoice'),
    options: z.array(MultiChoiceOptionSchema).min(2),
    minSelected: z.number().int().min(0).optional(),
    maxSelected: z.number().int().min(1).optional(),
  }),
  /** A Hanoi commune-level unit (post-2025, shared/admin-units); the answer is its 5-digit code. */
  z.object({ ...base, type: z.literal('commune') }),
  /**
   * Street-level detail, up to ADDRESS_MAX_LENGTH characters. With a `commune` question in the same
   * section it makes a Hanoi "nơi cư trú"; an address that may be outside Hanoi is a `text` question.
   */
  z.object({ ...base, type: z.literal('address') }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

/**
 * A section asked once per item (household members, children, co-owners). The resident
 * chooses how many, between min and max; `itemLabel` names one item ("Thành viên 2").
 */
export const RepeatSchema = z.object({
  min: z.number().int().min(0).max(10),
  max: z.number().int().min(1).max(20),
  itemLabel: LocalizedTextSchema,
});
export type Repeat = z.infer<typeof RepeatSchema>;

export const SectionSchema = z.object({
  id: Identifier,
  title: LocalizedTextSchema,
  questions: z.array(QuestionSchema).min(1),
  showIf: ConditionSchema.optional(),
  repeat: RepeatSchema.optional(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * Checks that span answers, e.g. the ID number's encoded birth year against the
 * date of birth. `sex` is either fixed (a mother is female) or read from an answer.
 * They may refer only to questions of sections that are not repeated.
 */
export const CrossCheckSchema = z.object({
  type: z.literal('citizenIdMatchesPerson'),
  citizenId: AnswerPathSchema,
  birth: AnswerPathSchema.optional(),
  sex: z.union([z.enum(['male', 'female']), z.object({ question: AnswerPathSchema })]).optional(),
});
export type CrossCheck = z.infer<typeof CrossCheckSchema>;

export const FormDefinitionSchema = z.object({
  sections: z.array(SectionSchema).min(1),
  crossChecks: z.array(CrossCheckSchema).default([]),
});
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

export type Answers = Readonly<Record<string, string>>;

/** The separator of a multiChoice answer ('a|c'). */
export const MULTI_CHOICE_SEPARATOR = '|';

/** The chosen values of a multiChoice answer; '' is none. */
export function splitMultiChoice(answer: string): string[] {
  return answer === '' ? [] : answer.split(MULTI_CHOICE_SEPARATOR);
}

/** A multiChoice answer from chosen values: known values only, once each, in option order. */
export function joinMultiChoice(options: readonly ChoiceOption[], chosen: Iterable<string>): string {
  const set = new Set(chosen);
  return options
    .filter((option) => set.has(option.value))
    .map((option) => option.value)
    .join(MULTI_CHOICE_SEPARATOR);
}
