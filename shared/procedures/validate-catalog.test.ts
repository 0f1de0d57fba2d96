import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from './catalog';
import { validateCatalog } from './validate-catalog';

/** A writable deep copy of the bundled catalog, as plain JSON (what the city API would send). */
type Json = Record<string, unknown>;
const copy = (): Json => JSON.parse(JSON.stringify(BUNDLED_CATALOG)) as Json;
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the bundled catalog no longer has what this test edits');
  return value;
}
const firstProcedure = (catalog: Json) => defined((catalog.procedures as Json[])[0]);
const sections = (catalog: Json) => (firstProcedure(catalog).form as Json).sections as Json[];
const section = (catalog: Json, id: string) => defined(sections(catalog).find((s) => s.id === id));
const question = (catalog: Json, sectionId: string, id: string) =>
  defined((section(catalog, sectionId).questions as Json[]).find((q) => q.id === id));

function problemsOf(input: unknown): string[] {
  const result = validateCatalog(input);
  if (result.ok) throw new Error('expected the catalog to be rejected');
  return result.problems;
}

describe('validateCatalog', () => {
  it('accepts the bundled catalog and returns it parsed', () => {
    const result = validateCatalog(BUNDLED_CATALOG);
    expect(result).toEqual({ ok: true, catalog: BUNDLED_CATALOG });
  });

  it('accepts the bundled catalog after a JSON round trip (as fetched from the city)', () => {
    expect(validateCatalog(copy()).ok).toBe(true);
  });

  it.each([null, undefined, 42, 'catalog', [], {}])('rejects %j at the root', (input) => {
    const problems = problemsOf(input);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('names a missing field by its path', () => {
    const catalog = copy();
    delete firstProcedure(catalog).name;
    expect(problemsOf(catalog)).toEqual([expect.stringMatching(/^procedures\.0\.name: /)]);
  });

  it('names a field of the wrong type by its path', () => {
    const catalog = copy();
    firstProcedure(catalog).version = '1';
    question(catalog, 'tre', 'noi_sinh').maxLength = 'long';
    const problems = problemsOf(catalog);
    expect(problems).toContainEqual(expect.stringMatching(/^procedures\.0\.version: .*number/));
    expect(problems).toContainEqual(expect.stringMatching(/^procedures\.0\.form\.sections\.1\.questions\.3/));
  });

  it('rejects a label missing one of the shipped languages', () => {
    const catalog = copy();
    question(catalog, 'tre', 'ho_ten').label = { vi: 'Họ tên' };
    expect(problemsOf(catalog)).toEqual([
      expect.stringMatching(/^procedures\.0\.form\.sections\.1\.questions\.0\.label\.en: /),
    ]);
  });

  it('rejects a duplicate procedure id', () => {
    const catalog = copy();
    (catalog.procedures as Json[]).push(structuredClone(firstProcedure(catalog)));
    expect(problemsOf(catalog)).toEqual(['HT-KS: duplicate procedure id']);
  });

  it('rejects a duplicate question in a section', () => {
    const catalog = copy();
    const questions = section(catalog, 'tre').questions as Json[];
    questions.push(structuredClone(defined(questions[0])));
    expect(problemsOf(catalog)).toEqual(['HT-KS.tre.ho_ten: duplicate question']);
  });

  it('rejects a section showIf that refers to an unknown question', () => {
    const catalog = copy();
    section(catalog, 'cha').showIf = { question: 'co_cha.khai_bao', equals: 'yes' };
    expect(problemsOf(catalog)).toEqual(['HT-KS: unknown question co_cha.khai_bao']);
  });

  it('rejects a question showIf that refers to an unknown question', () => {
    const catalog = copy();
    question(catalog, 'tre', 'noi_sinh').showIf = { question: 'tre.sinh_o_dau', equals: 'benh_vien' };
    expect(problemsOf(catalog)).toEqual(['HT-KS: unknown question tre.sinh_o_dau']);
  });

  it('rejects a cross-check that refers to an unknown question', () => {
    const catalog = copy();
    const checks = (firstProcedure(catalog).form as Json).crossChecks as Json[];
    defined(checks[0]).birth = 'me.ngay_sinh';
    checks.push({
      type: 'citizenIdMatchesPerson',
      citizenId: 'tre.so_dinh_danh',
      sex: { question: 'tre.gioi' },
    });
    expect(problemsOf(catalog)).toEqual([
      'HT-KS: unknown question me.ngay_sinh',
      'HT-KS: unknown question tre.so_dinh_danh',
      'HT-KS: unknown question tre.gioi',
    ]);
  });

  it('rejects a choice with both options and an optionSet', () => {
    const catalog = copy();
    question(catalog, 'tre', 'gioi_tinh').optionSet = 'nationality';
    expect(problemsOf(catalog)).toEqual([
      'HT-KS.tre.gioi_tinh: a choice needs exactly one of options or optionSet',
    ]);
  });

  it('rejects a choice with neither options nor an optionSet', () => {
    const catalog = copy();
    delete question(catalog, 'tre', 'dan_toc').optionSet;
    expect(problemsOf(catalog)).toEqual([
      'HT-KS.tre.dan_toc: a choice needs exactly one of options or optionSet',
    ]);
  });

  it('rejects an unknown option set and an unknown question type', () => {
    const catalog = copy();
    question(catalog, 'tre', 'dan_toc').optionSet = 'religion';
    question(catalog, 'tre', 'noi_sinh').type = 'address';
    const problems = problemsOf(catalog);
    expect(problems).toContainEqual(
      expect.stringMatching(/^procedures\.0\.form\.sections\.1\.questions\.4\.optionSet/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^procedures\.0\.form\.sections\.1\.questions\.3\.type/),
    );
  });

  it('keeps the list of problems short for a wildly wrong document', () => {
    const catalog = copy();
    catalog.procedures = Array.from({ length: 50 }, () => ({ id: 'x' }));
    const problems = problemsOf(catalog);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(20);
  });

  const expectWellFormedResult = (input: unknown) => {
    const result = validateCatalog(input);
    if (result.ok) {
      expect(validateCatalog(result.catalog).ok).toBe(true);
    } else {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(typeof problem).toBe('string');
        expect(problem.trim()).not.toBe('');
      }
    }
  };

  it('never throws on arbitrary values', () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withBoxedValues: true,
      }),
    );
    fc.assert(fc.property(anything, expectWellFormedResult), { numRuns: 200 });
  });

  /** Every place in the bundled catalog's JSON tree, as a list of keys from the root. */
  const paths: (string | number)[][] = [];
  (function walk(value: unknown, path: (string | number)[]) {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  })(copy(), []);

  it('never throws on mutated copies of the bundled catalog', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...paths.filter((p) => p.length > 0)),
      // undefined = delete the key or array item; anything else replaces the value.
      value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string()),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const catalog = copy();
        for (const { path, value } of mutations) {
          let parent: unknown = catalog;
          for (const key of path.slice(0, -1))
            parent = (parent as Record<string | number, unknown> | null)?.[key];
          if (parent === null || typeof parent !== 'object') continue;
          const last = path.at(-1) ?? '';
          if (value === undefined && Array.isArray(parent)) parent.splice(Number(last), 1);
          else if (value === undefined) Reflect.deleteProperty(parent, last);
          else (parent as Record<string | number, unknown>)[last] = value;
        }
        expectWellFormedResult(catalog);
      }),
      { numRuns: 200 },
    );
  });
});
