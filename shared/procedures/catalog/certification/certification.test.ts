import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure } from '../../procedure-schema';
import { validateCatalog } from '../../validate-catalog';
import { ETHNICITIES } from '../ethnicities';
import { LIFE_EVENTS } from '../life-events';
import { NATIONALITIES } from '../nationalities';
import { CERTIFICATION_PROCEDURES } from './index';

/** The folder's procedures in a catalog of their own, with the shipped life events and option sets. */
const catalog: Catalog = {
  version: 'test',
  locales: ['vi', 'en'],
  lifeEvents: LIFE_EVENTS,
  optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
  procedures: CERTIFICATION_PROCEDURES,
};
const questionsOf = (p: Procedure) => p.form.sections.flatMap((s) => s.questions);

describe('certification procedures (domain.md §2.2)', () => {
  it('pass the catalog validator with no problems', () => {
    const result = validateCatalog(catalog);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('are the four certification procedures, each id once, all in chung_thuc', () => {
    const ids = CERTIFICATION_PROCEDURES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['CT-BS', 'CT-CK', 'CT-HD', 'CT-SG']);
    for (const p of CERTIFICATION_PROCEDURES) expect(p.category).toBe('chung_thuc');
  });

  it.each(CERTIFICATION_PROCEDURES.map((p) => [p.id, p] as const))(
    '%s asks at least one required question',
    (_, p) => {
      expect(questionsOf(p).some((q) => q.required)).toBe(true);
    },
  );

  it('leave to the counter what an officer must see or witness', () => {
    const modes = Object.fromEntries(CERTIFICATION_PROCEDURES.map((p) => [p.id, p.kiosk.mode]));
    expect(modes).toEqual({ 'CT-BS': 'prepare', 'CT-CK': 'prepare', 'CT-HD': 'prepare', 'CT-SG': 'submit' });
  });

  it('give every fee that depends on the case (pages, copies, contracts) as a condition or a unit', () => {
    // The kiosk charges only fixed fees (renderer fee-due.ts); these are all settled at the counter.
    for (const p of CERTIFICATION_PROCEDURES)
      for (const fee of p.fees.filter((f) => f.amountVnd > 0))
        expect(fee.condition ?? fee.per, p.id).toBeDefined();
  });

  it('count their questions', () => {
    // A guard against questions silently disappearing; update it when a form changes on purpose.
    const counts = Object.fromEntries(CERTIFICATION_PROCEDURES.map((p) => [p.id, questionsOf(p).length]));
    expect(counts).toEqual({ 'CT-BS': 7, 'CT-CK': 5, 'CT-HD': 11, 'CT-SG': 10 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(33);
  });
});
