import type { ChoiceOption, Question, Section } from './form-schema';
import { answerPath } from './form-steps';
import { CatalogSchema, type Catalog, type Procedure } from './procedure-schema';

/**
 * Parses an untrusted catalog (bundled, or fetched from the city API) and checks
 * what zod alone cannot: unique ids, references between questions (conditions,
 * cross-checks, life events), repeatable sections, ranges and photo flags. A
 * catalog that fails is rejected whole; the caller keeps its last good one.
 */
export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

export function validateCatalog(input: unknown): CatalogResult {
  const parsed = CatalogSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const catalog = parsed.data;
  const problems: string[] = [];
  const procedureIds = new Set<string>();
  const lifeEventIds = new Set(catalog.lifeEvents.map((event) => event.id));
  for (const procedure of catalog.procedures) {
    if (procedureIds.has(procedure.id)) problems.push(`${procedure.id}: duplicate procedure id`);
    procedureIds.add(procedure.id);
    for (const event of procedure.lifeEvents)
      if (!lifeEventIds.has(event)) problems.push(`${procedure.id}: unknown life event ${event}`);
    problems.push(...captureProblems(procedure), ...formProblems(procedure, catalog));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog };
}

/**
 * A document needed only in some cases (it has a condition) cannot be a required photo: the kiosk
 * would then demand it from residents it does not apply to.
 */
function captureProblems(procedure: Procedure): string[] {
  return procedure.documents.flatMap((document, index) =>
    document.capture === 'required' && document.condition !== undefined
      ? [`${procedure.id}: documents.${index} has a condition, so its photo can only be optional`]
      : [],
  );
}

interface Asked {
  section: Section;
  question: Question;
}

/**
 * Checks one form in the order the wizard asks it: a condition must read a question asked before
 * it, and an answer inside a repeated section can be read only within the same item.
 */
function formProblems(procedure: Procedure, catalog: Catalog): string[] {
  const id = procedure.id;
  const problems: string[] = [];
  const allPaths = new Set(
    procedure.form.sections.flatMap((s) => s.questions.map((q) => answerPath(s.id, q.id))),
  );
  const asked = new Map<string, Asked>();
  const sectionIds = new Set<string>();

  const checkReference = (ref: string, reader: { section: Section; inItem: boolean }, equals?: string) => {
    const target = asked.get(ref);
    if (!target) {
      problems.push(
        allPaths.has(ref) ? `${id}: ${ref} is read before it is asked` : `${id}: unknown question ${ref}`,
      );
      return;
    }
    if (target.section.repeat && !(reader.inItem && reader.section.id === target.section.id))
      problems.push(`${id}: ${ref} is in a repeated section and can be read only within the same item`);
    if (equals !== undefined && target.question.type === 'choice') {
      const values = choiceValues(target.question, catalog);
      if (!values.includes(equals)) problems.push(`${id}: ${ref} has no option ${JSON.stringify(equals)}`);
    }
  };

  for (const section of procedure.form.sections) {
    if (sectionIds.has(section.id)) problems.push(`${id}.${section.id}: duplicate section`);
    sectionIds.add(section.id);
    if (section.repeat && section.repeat.min > section.repeat.max)
      problems.push(`${id}.${section.id}: repeat min is more than max`);
    if (section.showIf)
      checkReference(section.showIf.question, { section, inItem: false }, section.showIf.equals);
    for (const question of section.questions) {
      const path = answerPath(section.id, question.id);
      if (asked.has(path)) problems.push(`${id}.${path}: duplicate question`);
      if (question.showIf)
        checkReference(
          question.showIf.question,
          { section, inItem: section.repeat !== undefined },
          question.showIf.equals,
        );
      problems.push(...questionProblems(question, catalog).map((problem) => `${id}.${path}: ${problem}`));
      asked.set(path, { section, question });
    }
  }

  for (const check of procedure.form.crossChecks) {
    const refs = [
      check.citizenId,
      check.birth,
      typeof check.sex === 'object' ? check.sex.question : undefined,
    ];
    for (const ref of refs) {
      if (ref === undefined) continue;
      const target = asked.get(ref);
      if (!target) problems.push(`${id}: unknown question ${ref}`);
      else if (target.section.repeat)
        problems.push(`${id}: a cross-check reads ${ref}, in a repeated section`);
    }
  }
  return problems;
}

function choiceValues(question: Extract<Question, { type: 'choice' }>, catalog: Catalog): string[] {
  const options: ChoiceOption[] =
    question.options ?? (question.optionSet ? catalog.optionSets[question.optionSet] : []);
  return options.map((option) => option.value);
}

const hasDuplicates = (values: readonly string[]) => new Set(values).size !== values.length;

/** What zod's per-field checks cannot see: options against each other, bounds against each other. */
function questionProblems(question: Question, catalog: Catalog): string[] {
  switch (question.type) {
    case 'choice': {
      if (!question.options === !question.optionSet)
        return ['a choice needs exactly one of options or optionSet'];
      const values = choiceValues(question, catalog);
      if (question.options && hasDuplicates(values)) return ['duplicate option values'];
      if (question.defaultValue !== undefined && !values.includes(question.defaultValue))
        return [`defaultValue ${JSON.stringify(question.defaultValue)} is not an option`];
      return [];
    }
    case 'multiChoice': {
      const problems: string[] = [];
      if (hasDuplicates(question.options.map((option) => option.value)))
        problems.push('duplicate option values');
      const min = question.minSelected ?? 0;
      const max = question.maxSelected ?? question.options.length;
      if (min > max || max > question.options.length)
        problems.push('needs 0 <= minSelected <= maxSelected <= the number of options');
      return problems;
    }
    case 'integer':
    case 'money':
      return question.min > question.max ? [`${question.type} min is more than max`] : [];
    default:
      return [];
  }
}
