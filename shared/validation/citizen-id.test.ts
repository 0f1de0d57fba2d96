import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossCheckCitizenId, parseCitizenId, validateCitizenId, type Sex } from './citizen-id';

const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity}:${i.code}`);

describe('validateCitizenId', () => {
  it('accepts a well-formed number from a legacy province', () => {
    expect(validateCitizenId('001190123456')).toEqual([]);
    expect(validateCitizenId('079301000123')).toEqual([]);
  });

  it('strips spaces before checking', () => {
    expect(validateCitizenId('001 190 123 456')).toEqual([]);
    expect(validateCitizenId(' 0011 9012 3456 ')).toEqual([]);
  });

  it('rejects anything but digits', () => {
    expect(codes(validateCitizenId('00119012345a'))).toEqual(['error:citizenId.digitsOnly']);
    expect(codes(validateCitizenId('001-190-123-456'))).toEqual(['error:citizenId.digitsOnly']);
    expect(codes(validateCitizenId('٠٠١١٩٠١٢٣٤٥٦'))).toEqual(['error:citizenId.digitsOnly']);
  });

  it('rejects the wrong length and says how many digits were typed', () => {
    expect(validateCitizenId('00119012345')).toEqual([
      { code: 'citizenId.length', severity: 'error', params: { count: 11 } },
    ]);
    expect(validateCitizenId('0011901234567')).toEqual([
      { code: 'citizenId.length', severity: 'error', params: { count: 13 } },
    ]);
    // An old 9-digit CMND is not a citizen ID.
    expect(codes(validateCitizenId('012345678'))).toEqual(['error:citizenId.length']);
    expect(codes(validateCitizenId(''))).toEqual(['error:citizenId.length']);
  });

  it('only warns about a province code outside the legacy list', () => {
    for (const id of ['003190123456', '097190123456', '999190123456', '000190123456']) {
      expect(validateCitizenId(id)).toEqual([{ code: 'citizenId.unknownProvince', severity: 'warning' }]);
    }
  });
});

describe('parseCitizenId', () => {
  it.each([
    ['0', 'male', 1900],
    ['1', 'female', 1900],
    ['2', 'male', 2000],
    ['3', 'female', 2000],
    ['4', 'male', 2100],
    ['5', 'female', 2100],
    ['6', 'male', 2200],
    ['7', 'female', 2200],
    ['8', 'male', 2300],
    ['9', 'female', 2300],
  ] as const)('digit 4 = %s → %s, born %i + yy', (digit, sex, century) => {
    expect(parseCitizenId(`001${digit}87654321`)).toEqual({
      provinceCode: '001',
      sex,
      birthYear: century + 87,
    });
  });

  it('reads the province code and the two-digit year', () => {
    expect(parseCitizenId('079305001234')).toEqual({ provinceCode: '079', sex: 'female', birthYear: 2005 });
  });

  it('returns null for anything but exactly 12 digits', () => {
    for (const id of ['', '00119012345', '0011901234567', '001 90123456', '00119012345x']) {
      expect(parseCitizenId(id)).toBeNull();
    }
  });

  it('round-trips any (province, sex, year) encoded by the rules', () => {
    const encode = (province: number, sex: Sex, year: number, rest: number) => {
      const digit4 = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
      return `${String(province).padStart(3, '0')}${digit4}${String(year % 100).padStart(2, '0')}${String(rest).padStart(6, '0')}`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom<Sex>('male', 'female'),
        fc.integer({ min: 1900, max: 2399 }),
        fc.integer({ min: 0, max: 999_999 }),
        (province, sex, year, rest) => {
          const id = encode(province, sex, year, rest);
          expect(id).toMatch(/^[0-9]{12}$/);
          expect(parseCitizenId(id)).toEqual({ provinceCode: id.slice(0, 3), sex, birthYear: year });
          expect(crossCheckCitizenId(id, { birthYear: year, sex })).toEqual([]);
          // Structure is always fine; at most the province is unverified.
          expect(validateCitizenId(id).every((issue) => issue.severity === 'warning')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('crossCheckCitizenId', () => {
  const womanBorn1990 = '001190123456';

  it('finds nothing when birth year and sex agree', () => {
    expect(crossCheckCitizenId(womanBorn1990, { birthYear: 1990, sex: 'female' })).toEqual([]);
    expect(crossCheckCitizenId(womanBorn1990, {})).toEqual([]);
  });

  it('treats a birth-year mismatch as an error, with both years', () => {
    expect(crossCheckCitizenId(womanBorn1990, { birthYear: 1991 })).toEqual([
      { code: 'citizenId.birthYearMismatch', severity: 'error', params: { idYear: 1990, year: 1991 } },
    ]);
    // Same two digits, wrong century.
    expect(codes(crossCheckCitizenId(womanBorn1990, { birthYear: 2090 }))).toEqual([
      'error:citizenId.birthYearMismatch',
    ]);
  });

  it('treats a sex mismatch as a warning only', () => {
    expect(crossCheckCitizenId(womanBorn1990, { sex: 'male' })).toEqual([
      { code: 'citizenId.sexMismatch', severity: 'warning' },
    ]);
  });

  it('reports both findings together', () => {
    expect(codes(crossCheckCitizenId(womanBorn1990, { birthYear: 1985, sex: 'male' }))).toEqual([
      'error:citizenId.birthYearMismatch',
      'warning:citizenId.sexMismatch',
    ]);
  });

  it('strips spaces and ignores numbers it cannot parse (validateCitizenId reports those)', () => {
    expect(codes(crossCheckCitizenId('001 190 123 456', { birthYear: 1991 }))).toEqual([
      'error:citizenId.birthYearMismatch',
    ]);
    expect(crossCheckCitizenId('12345', { birthYear: 1991, sex: 'male' })).toEqual([]);
  });
});
