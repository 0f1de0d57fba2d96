import { CatalogSchema, type Catalog } from './procedure-schema';
import { answerPath } from './form-steps';

/**
 * Parses an untrusted catalog (bundled, or fetched from the city API) and checks
 * what zod alone cannot: unique ids and references between questions. A catalog
 * that fails is rejected whole; the caller keeps its last good one.
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
  for (const procedure of catalog.procedures) {
    if (procedureIds.has(procedure.id)) problems.push(`${procedure.id}: duplicate procedure id`);
    procedureIds.add(procedure.id);
    const paths = new Set<string>();
    for (const section of procedure.form.sections) {
      for (const question of section.questions) {
        const path = answerPath(section.id, question.id);
        if (paths.has(path)) problems.push(`${procedure.id}.${path}: duplicate question`);
        paths.add(path);
        if (question.type === 'choice' && !question.options === !question.optionSet) {
          problems.push(`${procedure.id}.${path}: a choice needs exactly one of options or optionSet`);
        }
      }
    }
    const refs = [
      ...procedure.form.sections.flatMap((s) => [
        s.showIf?.question,
        ...s.questions.map((q) => q.showIf?.question),
      ]),
      ...procedure.form.crossChecks.flatMap((c) => [
        c.citizenId,
        c.birth,
        typeof c.sex === 'object' ? c.sex.question : undefined,
      ]),
    ];
    for (const ref of refs) {
      if (ref !== undefined && !paths.has(ref)) problems.push(`${procedure.id}: unknown question ${ref}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog };
}
