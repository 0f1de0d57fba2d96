import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure } from '../../procedure-schema';
import { crossCheckIssues } from '../../validate-answers';
import { validateCatalog } from '../../validate-catalog';
import { ETHNICITIES } from '../ethnicities';
import { LIFE_EVENTS } from '../life-events';
import { NATIONALITIES } from '../nationalities';
import { CIVIL_STATUS_PROCEDURES } from './index';
import { MARRIAGE_REGISTRATION } from './marriage-registration';

/** The folder's procedures in a catalog of their own, with the shipped life events and option sets. */
const catalog: Catalog = {
  version: 'test',
  locales: ['vi', 'en'],
  lifeEvents: LIFE_EVENTS,
  optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
  procedures: CIVIL_STATUS_PROCEDURES,
};
const questionsOf = (p: Procedure) => p.form.sections.flatMap((s) => s.questions);

describe('civil-status procedures (domain.md §2.1)', () => {
  it('pass the catalog validator with no problems', () => {
    const result = validateCatalog(catalog);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('are the brief’s civil-status procedures except HT-KS, each id once, all in ho_tich', () => {
    const ids = CIVIL_STATUS_PROCEDURES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'HT-CC',
        'HT-DLKS',
        'HT-GH',
        'HT-KH',
        'HT-KS-LT',
        'HT-KSNCMC',
        'HT-KT',
        'HT-KT-LT',
        'HT-NCMC',
        'HT-TL',
        'HT-XNTTHN',
      ].sort(),
    );
    for (const p of CIVIL_STATUS_PROCEDURES) expect(p.category).toBe('ho_tich');
  });

  it.each(CIVIL_STATUS_PROCEDURES.map((p) => [p.id, p] as const))(
    '%s asks at least one required question',
    (_, p) => {
      expect(questionsOf(p).some((q) => q.required)).toBe(true);
    },
  );

  it('go to the kiosk only as far as the law lets them', () => {
    const modes = Object.fromEntries(CIVIL_STATUS_PROCEDURES.map((p) => [p.id, p.kiosk.mode]));
    expect(modes).toEqual({
      'HT-KS-LT': 'handoff',
      'HT-KH': 'prepare',
      'HT-KT': 'submit',
      'HT-KT-LT': 'handoff',
      'HT-XNTTHN': 'submit',
      'HT-TL': 'submit',
      'HT-CC': 'submit',
      'HT-NCMC': 'prepare',
      'HT-KSNCMC': 'prepare',
      'HT-GH': 'submit',
      'HT-DLKS': 'submit',
    });
  });

  it('cross-check every person whose ID number and date or year of birth are both asked', () => {
    for (const p of CIVIL_STATUS_PROCEDURES) {
      const checked = new Set(p.form.crossChecks.map((c) => c.citizenId));
      for (const s of p.form.sections.filter((s) => !s.repeat)) {
        const ids = new Set(s.questions.map((q) => q.id));
        if (ids.has('so_dinh_danh') && (ids.has('ngay_sinh') || ids.has('nam_sinh'))) {
          expect(checked, `${p.id}.${s.id}`).toContain(`${s.id}.so_dinh_danh`);
        }
      }
    }
  });

  it('flag a bride whose ID number encodes a man born in another year', () => {
    const issues = crossCheckIssues(MARRIAGE_REGISTRATION.form, {
      'ben_nu.ngay_sinh': '1992-05-04',
      'ben_nu.so_dinh_danh': '001090012345', // 0 = male, born 19(90)
    });
    expect(issues['ben_nu.so_dinh_danh']?.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'citizenId.birthYearMismatch'],
      ['warning', 'citizenId.sexMismatch'],
    ]);
  });

  it('give every fee that depends on the case (late, per copy, age, exemptions) as a condition or a unit', () => {
    // The kiosk charges only fixed fees (renderer fee-due.ts); these are all settled at the counter.
    for (const p of CIVIL_STATUS_PROCEDURES)
      for (const fee of p.fees.filter((f) => f.amountVnd > 0))
        expect(fee.condition ?? fee.per, p.id).toBeDefined();
  });

  it('count their questions', () => {
    // A guard against questions silently disappearing; update it when a form changes on purpose.
    const counts = Object.fromEntries(CIVIL_STATUS_PROCEDURES.map((p) => [p.id, questionsOf(p).length]));
    expect(counts).toEqual({
      'HT-KS-LT': 30,
      'HT-KH': 19,
      'HT-KT': 23,
      'HT-KT-LT': 26,
      'HT-XNTTHN': 19,
      'HT-TL': 15,
      'HT-CC': 16,
      'HT-NCMC': 16,
      'HT-KSNCMC': 22,
      'HT-GH': 19,
      'HT-DLKS': 29,
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(234);
  });
});
