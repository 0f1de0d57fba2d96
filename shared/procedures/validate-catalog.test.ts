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
/** The tests edit HT-KS, wherever it sits in the bundled list. */
const HT_KS = BUNDLED_CATALOG.procedures.findIndex((p) => p.id === 'HT-KS');
const at = (rest: string) => new RegExp(`^procedures\\.${HT_KS}\\.${rest}`);
const firstProcedure = (catalog: Json) => defined((catalog.procedures as Json[])[HT_KS]);
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
    expect(problemsOf(catalog)).toEqual([expect.stringMatching(at('name: '))]);
  });

  it('names a field of the wrong type by its path', () => {
    const catalog = copy();
    firstProcedure(catalog).version = '1';
    question(catalog, 'tre', 'noi_sinh').maxLength = 'long';
    const problems = problemsOf(catalog);
    expect(problems).toContainEqual(expect.stringMatching(at('version: .*number')));
    expect(problems).toContainEqual(expect.stringMatching(at('form\\.sections\\.1\\.questions\\.3')));
  });

  it('rejects a label missing one of the shipped languages', () => {
    const catalog = copy();
    question(catalog, 'tre', 'ho_ten').label = { vi: 'Họ tên' };
    expect(problemsOf(catalog)).toEqual([
      expect.stringMatching(at('form\\.sections\\.1\\.questions\\.0\\.label\\.en: ')),
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
    question(catalog, 'tre', 'noi_sinh').type = 'signature';
    const problems = problemsOf(catalog);
    expect(problems).toContainEqual(
      expect.stringMatching(at('form\\.sections\\.1\\.questions\\.4\\.optionSet')),
    );
    expect(problems).toContainEqual(expect.stringMatching(at('form\\.sections\\.1\\.questions\\.3\\.type')));
  });

  it('rejects a showIf that reads a question asked only later', () => {
    const catalog = copy();
    question(catalog, 'tre', 'ho_ten').showIf = { question: 'tre.noi_sinh', equals: 'x' };
    expect(problemsOf(catalog)).toEqual(['HT-KS: tre.noi_sinh is read before it is asked']);
  });

  it('rejects a showIf that waits for a value the choice does not offer', () => {
    const catalog = copy();
    section(catalog, 'cha').showIf = { question: 'co_cha.khai', equals: 'co' };
    expect(problemsOf(catalog)).toEqual(['HT-KS: co_cha.khai has no option "co"']);
  });

  it('rejects a default that is not an option, and options given twice', () => {
    const catalog = copy();
    question(catalog, 'tre', 'dan_toc').defaultValue = '99';
    const sex = question(catalog, 'tre', 'gioi_tinh');
    sex.options = [...(sex.options as Json[]), { value: 'male', label: { vi: 'Nam', en: 'Male' } }];
    expect(problemsOf(catalog)).toEqual([
      'HT-KS.tre.gioi_tinh: duplicate option values',
      'HT-KS.tre.dan_toc: defaultValue "99" is not an option',
    ]);
  });

  it('rejects a duplicate section id and an unknown life event', () => {
    const catalog = copy();
    sections(catalog).push({ id: 'tre', title: LABEL, questions: [text('ghi_chu')] });
    firstProcedure(catalog).lifeEvents = ['new_baby', 'birthday'];
    expect(problemsOf(catalog)).toEqual([
      'HT-KS: unknown life event birthday',
      'HT-KS.tre: duplicate section',
    ]);
  });

  it('accepts every newer question type and a repeatable section', () => {
    const catalog = copy();
    sections(catalog).push(newerTypes(), children());
    expect(validateCatalog(catalog).ok).toBe(true);
  });

  it('rejects bad bounds on integer, money, multiChoice and repeat', () => {
    const catalog = copy();
    const newer = newerTypes();
    const questions = newer.questions as Json[];
    Object.assign(defined(questions.find((q) => q.type === 'integer')), { min: 5, max: 2 });
    Object.assign(defined(questions.find((q) => q.type === 'money')), { min: 5_000, max: 2_000 });
    Object.assign(defined(questions.find((q) => q.type === 'multiChoice')), {
      minSelected: 2,
      maxSelected: 1,
    });
    const kids = children();
    kids.repeat = { min: 5, max: 3, itemLabel: LABEL };
    sections(catalog).push(newer, kids);
    expect(problemsOf(catalog)).toEqual([
      'HT-KS.moi.so_ban: integer min is more than max',
      'HT-KS.moi.von: money min is more than max',
      'HT-KS.moi.nhu_cau: needs 0 <= minSelected <= maxSelected <= the number of options',
      'HT-KS.con: repeat min is more than max',
    ]);
  });

  it('rejects multiChoice values that could hold the separator, an unknown date range, and money out of bounds', () => {
    const catalog = copy();
    const newer = newerTypes();
    const questions = newer.questions as Json[];
    const multi = defined(questions.find((q) => q.type === 'multiChoice'));
    defined((multi.options as Json[])[0]).value = 'a|b';
    defined(questions.find((q) => q.type === 'date')).range = 'soon';
    // No negative amounts, and no more than 15 digits.
    Object.assign(defined(questions.find((q) => q.type === 'money')), { min: -1, max: 10 ** 16 });
    sections(catalog).push(newer);
    const problems = problemsOf(catalog);
    for (const field of ['options\\.0\\.value', 'range', 'min', 'max'])
      expect(problems).toContainEqual(
        expect.stringMatching(at(`form\\.sections\\.\\d+\\.questions\\.\\d+\\.${field}:`)),
      );
  });

  it('lets a repeated item read its own answers, and nothing else read them', () => {
    const catalog = copy();
    const after = {
      id: 'sau',
      title: LABEL,
      questions: [text('ghi_chu', { question: 'con.co_dinh_danh', equals: 'yes' })],
    };
    const gated = {
      id: 'sau_nua',
      title: LABEL,
      showIf: { question: 'con.co_dinh_danh', equals: 'yes' },
      questions: [text('x')],
    };
    sections(catalog).push(children(), after, gated);
    ((firstProcedure(catalog).form as Json).crossChecks as Json[]).push({
      type: 'citizenIdMatchesPerson',
      citizenId: 'con.so_dinh_danh',
      birth: 'con.ngay_sinh',
    });
    expect(problemsOf(catalog)).toEqual([
      'HT-KS: con.co_dinh_danh is in a repeated section and can be read only within the same item',
      'HT-KS: con.co_dinh_danh is in a repeated section and can be read only within the same item',
      'HT-KS: a cross-check reads con.so_dinh_danh, in a repeated section',
      'HT-KS: a cross-check reads con.ngay_sinh, in a repeated section',
    ]);
  });

  it('rejects a required photo of a document needed only in some cases', () => {
    const catalog = copy();
    const documents = firstProcedure(catalog).documents as Json[];
    const conditional = documents.findIndex((d) => d.condition !== undefined);
    defined(documents[conditional]).capture = 'required';
    expect(problemsOf(catalog)).toEqual([
      `HT-KS: documents.${conditional} has a condition, so its photo can only be optional`,
    ]);
    defined(documents[conditional]).capture = 'always';
    expect(problemsOf(catalog)).toEqual([expect.stringMatching(at(`documents\\.${conditional}\\.capture`))]);
  });

  it('needs a kiosk mode, with a reason unless the kiosk files the dossier itself', () => {
    const legacy = copy();
    delete firstProcedure(legacy).kiosk;
    firstProcedure(legacy).completableAtKiosk = true;
    expect(problemsOf(legacy)).toEqual([expect.stringMatching(at('kiosk: '))]);
    for (const mode of ['prepare', 'handoff']) {
      const catalog = copy();
      firstProcedure(catalog).kiosk = { mode };
      expect(problemsOf(catalog)).toEqual([expect.stringMatching(at('kiosk\\.reason: '))]);
      firstProcedure(catalog).kiosk = { mode, reason: { vi: 'Lý do', en: 'Reason' } };
      expect(validateCatalog(catalog).ok).toBe(true);
    }
    const unknown = copy();
    firstProcedure(unknown).kiosk = { mode: 'online' };
    expect(problemsOf(unknown)).toEqual([expect.stringMatching(at('kiosk'))]);
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

const LABEL = { vi: 'Nhãn', en: 'Label' };
function text(id: string, showIf?: Json): Json {
  return { id, type: 'text', maxLength: 50, required: true, label: LABEL, ...(showIf ? { showIf } : {}) };
}
const YES_NO = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

/** A section with one question of each type added for the wider catalog. */
function newerTypes(): Json {
  return {
    id: 'moi',
    title: LABEL,
    questions: [
      { id: 'ngay_hen', type: 'date', range: 'future', required: true, label: LABEL },
      { id: 'so_ban', type: 'integer', min: 0, max: 10, required: false, label: LABEL },
      { id: 'von', type: 'money', min: 0, max: 1_000_000_000, required: true, label: LABEL },
      { id: 'email', type: 'email', required: false, label: LABEL },
      { id: 'xa_phuong', type: 'commune', required: true, label: LABEL },
      { id: 'dia_chi', type: 'address', required: true, label: LABEL },
      {
        id: 'nhu_cau',
        type: 'multiChoice',
        options: ['a', 'b', 'c'].map((value) => ({ value, label: LABEL })),
        minSelected: 1,
        maxSelected: 2,
        required: true,
        label: LABEL,
      },
    ],
  };
}

/** A repeatable section whose questions read an earlier answer of the same item. */
function children(): Json {
  return {
    id: 'con',
    title: LABEL,
    repeat: { min: 0, max: 5, itemLabel: { vi: 'Con', en: 'Child' } },
    questions: [
      { id: 'ho_ten', type: 'personName', required: true, label: LABEL },
      { id: 'ngay_sinh', type: 'date', range: 'past', required: true, label: LABEL },
      { id: 'co_dinh_danh', type: 'choice', options: YES_NO, required: true, label: LABEL },
      {
        id: 'so_dinh_danh',
        type: 'citizenId',
        required: true,
        label: LABEL,
        showIf: { question: 'con.co_dinh_danh', equals: 'yes' },
      },
    ],
  };
}
