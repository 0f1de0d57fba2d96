import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure } from '../../procedure-schema';
import { validateCatalog } from '../../validate-catalog';
import { ETHNICITIES } from '../ethnicities';
import { LIFE_EVENTS } from '../life-events';
import { NATIONALITIES } from '../nationalities';
import { CONSTRUCTION_LAND_PROCEDURES } from './index';

const PROCEDURES: Procedure[] = CONSTRUCTION_LAND_PROCEDURES;
const IDS = ['XD-GPXD', 'DD-GCN-LD', 'DD-BD'];
const CATEGORIES = ['xay_dung', 'dat_dai'];
/** A guard against questions silently disappearing; update it when a form changes on purpose. */
const QUESTION_COUNT = 43;

/** The folder's procedures in a catalog of their own, with the shipped life events and option sets. */
const catalog: Catalog = {
  version: 'test',
  locales: ['vi', 'en'],
  lifeEvents: LIFE_EVENTS,
  optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
  procedures: PROCEDURES,
};
const questionsOf = (p: Procedure) => p.form.sections.flatMap((s) => s.questions);
const byId = PROCEDURES.map((p) => [p.id, p] as const);

describe('construction and land procedures (domain.md §2.7)', () => {
  it('pass the catalog validator with no problems', () => {
    const result = validateCatalog(catalog);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('are the expected procedures, each id once, in the expected categories', () => {
    const ids = PROCEDURES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(IDS);
    for (const p of PROCEDURES) expect(CATEGORIES).toContain(p.category);
  });

  it.each(byId)('%s asks at least one required question', (_, p) => {
    expect(questionsOf(p).some((q) => q.required)).toBe(true);
  });

  it.each(byId)('%s refers only to shipped life events', (_, p) => {
    const known = LIFE_EVENTS.map((e) => e.id);
    expect(p.lifeEvents.length).toBeGreaterThan(0);
    for (const e of p.lifeEvents) expect(known).toContain(e);
  });

  it.each(byId)('%s cross-checks every person asked for both an ID number and a birth date', (_, p) => {
    const people = p.form.sections.filter(
      (s) =>
        s.repeat === undefined &&
        s.questions.some((q) => q.id === 'so_dinh_danh' && q.type === 'citizenId') &&
        s.questions.some((q) => q.id === 'ngay_sinh'),
    );
    const checked = p.form.crossChecks.map((c) => c.citizenId);
    for (const s of people) expect(checked).toContain(`${s.id}.so_dinh_danh`);
  });

  it('count their questions', () => {
    const counts = Object.fromEntries(PROCEDURES.map((p) => [p.id, questionsOf(p).length]));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect({ total, counts }).toEqual({ total: QUESTION_COUNT, counts: expect.any(Object) });
  });
});
