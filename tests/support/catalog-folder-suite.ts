import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure } from '../../shared/procedures/procedure-schema';
import { validateCatalog } from '../../shared/procedures/validate-catalog';
import { ETHNICITIES } from '../../shared/procedures/catalog/ethnicities';
import { LIFE_EVENTS } from '../../shared/procedures/catalog/life-events';
import { NATIONALITIES } from '../../shared/procedures/catalog/nationalities';

export interface CatalogFolder {
  title: string;
  procedures: Procedure[];
  ids: string[];
  categories: string[];
  /** A guard against questions silently disappearing; update it when a form changes on purpose. */
  questionCount: number;
}

const questionsOf = (p: Procedure) => p.form.sections.flatMap((s) => s.questions);

/** The checks every catalog folder's procedures pass, run on the folder in a catalog of its own. */
export function describeCatalogFolder(folder: CatalogFolder): void {
  const { procedures } = folder;
  /** The folder's procedures with the shipped life events and option sets. */
  const catalog: Catalog = {
    version: 'test',
    locales: ['vi', 'en'],
    lifeEvents: LIFE_EVENTS,
    optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
    procedures,
  };
  const byId = procedures.map((p) => [p.id, p] as const);

  describe(folder.title, () => {
    it('pass the catalog validator with no problems', () => {
      const result = validateCatalog(catalog);
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    it('are the expected procedures, each id once, in the expected categories', () => {
      const ids = procedures.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(folder.ids);
      for (const p of procedures) expect(folder.categories).toContain(p.category);
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
      const counts = Object.fromEntries(procedures.map((p) => [p.id, questionsOf(p).length]));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect({ total, counts }).toEqual({ total: folder.questionCount, counts: expect.any(Object) });
    });
  });
}
