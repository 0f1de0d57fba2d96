import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localized-text';

/**
 * A procedure's form is data, not a hand-written page: sections of questions the
 * wizard asks one per screen. Answers are strings keyed by `section.question`.
 */
const Identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case identifier');
/** `section.question`, the key of an answer. */
export const AnswerPathSchema = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/);
export type AnswerPath = z.infer<typeof AnswerPathSchema>;

/** Show a question only when another answer has a given value. */
export const ConditionSchema = z.object({ question: AnswerPathSchema, equals: z.string() });

export const ChoiceOptionSchema = z.object({ value: z.string().min(1), label: LocalizedTextSchema });
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** Long option lists shared by many procedures live in the catalog, not in each form. */
export const OPTION_SETS = ['ethnicity', 'nationality'] as const;
export const OptionSetSchema = z.enum(OPTION_SETS);
export type OptionSet = z.infer<typeof OptionSetSchema>;

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
  /** A full date that cannot be in the future (births, events). */
  z.object({ ...base, type: z.literal('pastDate') }),
  /** A year only, as forms allow for parents' "năm sinh". */
  z.object({ ...base, type: z.literal('year'), min: z.number().int().min(1900) }),
  z.object({
    ...base,
    type: z.literal('choice'),
    options: z.array(ChoiceOptionSchema).min(2).optional(),
    optionSet: OptionSetSchema.optional(),
    defaultValue: z.string().optional(),
  }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const SectionSchema = z.object({
  id: Identifier,
  title: LocalizedTextSchema,
  questions: z.array(QuestionSchema).min(1),
  showIf: ConditionSchema.optional(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * Checks that span answers, e.g. the ID number's encoded birth year against the
 * date of birth. `sex` is either fixed (a mother is female) or read from an answer.
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
