import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CCCD_QR_ERROR_CODES, parseCardDate, parseCccdQr } from './cccd-qr';
import { allFieldsDecided, confirmedPrefill } from './cccd-prefill';

const TODAY = { year: 2026, month: 11, day: 23 };
const ADDRESS = 'Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội';
/** A woman born 1990 in Hà Nội (001), digit 4 = 1 (female, 1900s), digits 5–6 = 90. */
const SAMPLE = `001190012345|012345678|Nguyễn Thị Mai Anh|15031990|Nữ|${ADDRESS}|20042021`;

const fields = (overrides: Partial<Record<number, string>>) =>
  SAMPLE.split('|')
    .map((field, i) => overrides[i] ?? field)
    .join('|');

describe('parseCccdQr', () => {
  it('reads the seven fields of a chip ID card', () => {
    expect(parseCccdQr(SAMPLE, TODAY)).toEqual({
      ok: true,
      card: {
        idNumber: '001190012345',
        oldIdNumber: '012345678',
        fullName: 'Nguyễn Thị Mai Anh',
        dateOfBirth: '1990-03-15',
        sex: 'female',
        address: ADDRESS,
        issueDate: '2021-04-20',
        extra: [],
      },
      warnings: [],
    });
  });

  it('accepts an empty CMND slot and an empty issue date', () => {
    const result = parseCccdQr(fields({ 1: '', 6: '' }), TODAY);
    expect(result).toMatchObject({ ok: true, card: { oldIdNumber: null, issueDate: null } });
  });

  it('returns NFC text when the QR holds decomposed Vietnamese', () => {
    const result = parseCccdQr(SAMPLE.normalize('NFD'), TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card.fullName).toBe('Nguyễn Thị Mai Anh'.normalize('NFC'));
    expect(result.card.fullName.normalize('NFC')).toBe(result.card.fullName);
    expect(result.card.address).toBe(ADDRESS.normalize('NFC'));
    expect(result.card.sex).toBe('female');
  });

  it('tolerates a BOM, CR/LF, extra spaces and one trailing separator', () => {
    const messy = `\uFEFF${fields({ 2: '  Nguyễn  Thị   Mai Anh ' })}|\r\n`;
    expect(parseCccdQr(messy, TODAY)).toMatchObject({
      ok: true,
      card: { fullName: 'Nguyễn Thị Mai Anh', extra: [] },
    });
  });

  it('keeps unknown trailing fields of newer cards aside', () => {
    const result = parseCccdQr(`${SAMPLE}|Nguyễn Văn Bình|001060000001|20302030`, TODAY);
    expect(result).toMatchObject({
      ok: true,
      card: { issueDate: '2021-04-20', extra: ['Nguyễn Văn Bình', '001060000001', '20302030'] },
    });
  });

  it('recognises the six-field layout without the CMND slot', () => {
    const six = `001190012345|Nguyễn Thị Mai Anh|15031990|Nữ|${ADDRESS}|20042021`;
    expect(parseCccdQr(six, TODAY)).toMatchObject({
      ok: true,
      card: { idNumber: '001190012345', oldIdNumber: null, fullName: 'Nguyễn Thị Mai Anh' },
    });
  });

  it('reads sex with or without marks and in capitals', () => {
    for (const text of ['Nữ', 'NỮ', 'nu', 'Nữ'.normalize('NFD')]) {
      expect(parseCccdQr(fields({ 4: text }), TODAY)).toMatchObject({ ok: true, card: { sex: 'female' } });
    }
    const man = parseCccdQr(`001090012345||Trần Văn Nam|01011990|NAM|${ADDRESS}|01012021`, TODAY);
    expect(man).toMatchObject({ ok: true, card: { sex: 'male' } });
  });

  it('warns, without failing, when digit 4 disagrees with the printed sex', () => {
    const result = parseCccdQr(fields({ 4: 'Nam' }), TODAY);
    expect(result).toMatchObject({ ok: true, card: { sex: 'male' } });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['citizenId.sexMismatch']);
  });

  it('warns about a province code it does not know', () => {
    const result = parseCccdQr(fields({ 0: '003190012345' }), TODAY);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['citizenId.unknownProvince']);
  });

  it('rejects a birth year that the ID number contradicts', () => {
    expect(parseCccdQr(fields({ 3: '15031991' }), TODAY)).toEqual({ ok: false, error: 'birthYearMismatch' });
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['https://dichvucong.gov.vn/p/home', 'notCccd'],
    ['00020101021138570010A000000727', 'notCccd'],
    ['001190012345|012345678|Nguyễn Thị Mai Anh', 'notCccd'],
    [fields({ 0: 'ABC190012345' }), 'notCccd'],
    [fields({ 0: '00119001234' }), 'idNumber'],
    [fields({ 0: '0011900123456' }), 'idNumber'],
    [fields({ 1: '01234' }), 'oldIdNumber'],
    [fields({ 1: '0123456ab' }), 'oldIdNumber'],
    [fields({ 2: '' }), 'fullName'],
    [fields({ 2: 'Nguyễn 3 Anh' }), 'fullName'],
    [fields({ 3: '31021990' }), 'dateOfBirth'],
    [fields({ 3: '1990-03-15' }), 'dateOfBirth'],
    [fields({ 3: '15/03/1990' }), 'dateOfBirth'],
    [fields({ 3: '15031890' }), 'dateOfBirth'],
    [fields({ 3: '15032027' }), 'dateOfBirth'],
    [fields({ 4: 'Khác' }), 'sex'],
    [fields({ 4: '' }), 'sex'],
    [fields({ 5: '' }), 'address'],
    [fields({ 5: 'x'.repeat(301) }), 'address'],
    [fields({ 6: '32132021' }), 'issueDate'],
    [fields({ 6: '01011980' }), 'issueDate'],
    [fields({ 6: '01012030' }), 'issueDate'],
    [`${SAMPLE}|${'x'.repeat(2000)}`, 'tooLong'],
  ])('rejects %j as %s', (payload, error) => {
    expect(parseCccdQr(payload, TODAY)).toEqual({ ok: false, error });
  });

  it('never throws and always answers with a known code (fuzz)', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^[0-9]{8,12}$/),
      fc.constantFrom('Nam', 'Nữ', '', 'Nguyễn Văn A', ADDRESS),
    );
    const payload = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(field, { maxLength: 10 }).map((parts) => parts.join('|')),
    );
    fc.assert(
      fc.property(payload, (raw) => {
        const result = parseCccdQr(raw, TODAY);
        if (result.ok) {
          expect(result.card.idNumber).toMatch(/^[0-9]{12}$/);
          expect(result.card.fullName).toBe(result.card.fullName.normalize('NFC'));
        } else {
          expect(CCCD_QR_ERROR_CODES).toContain(result.error);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every well-formed card (property)', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệóòỏõọốồổỗộớờởỡợ';
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 })
      .map((chars) => chars.join(''));
    const card = fc.record({
      year: fc.integer({ min: 1900, max: 2025 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      female: fc.boolean(),
      tail: fc.stringMatching(/^[0-9]{6}$/),
      oldId: fc.option(fc.stringMatching(/^[0-9]{9}$/), { nil: '' }),
      name: fc.array(word, { minLength: 2, maxLength: 5 }).map((words) => words.join(' ')),
    });
    fc.assert(
      fc.property(card, ({ year, month, day, female, tail, oldId, name }) => {
        const digit4 = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
        const id = `001${digit4}${String(year % 100).padStart(2, '0')}${tail}`;
        const dd = String(day).padStart(2, '0');
        const mm = String(month).padStart(2, '0');
        const payload = [id, oldId, name, `${dd}${mm}${year}`, female ? 'Nữ' : 'Nam', ADDRESS, ''].join('|');
        const result = parseCccdQr(payload.normalize('NFD'), TODAY);
        expect(result).toMatchObject({
          ok: true,
          card: {
            idNumber: id,
            fullName: name.normalize('NFC'),
            dateOfBirth: `${year}-${mm}-${dd}`,
            sex: female ? 'female' : 'male',
          },
          warnings: [],
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseCardDate', () => {
  it('reads ddmmyyyy and refuses impossible days', () => {
    expect(parseCardDate('29022024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCardDate('29022023')).toBeNull();
    expect(parseCardDate('2902202')).toBeNull();
  });
});

describe('confirmedPrefill', () => {
  it('passes on only the fields the resident confirmed', () => {
    const result = parseCccdQr(SAMPLE, TODAY);
    if (!result.ok) throw new Error('sample must parse');
    const verdicts = {
      fullName: 'correct',
      idNumber: 'correct',
      dateOfBirth: 'correct',
      sex: 'correct',
      address: 'wrong',
    } as const;
    expect(allFieldsDecided(verdicts)).toBe(true);
    expect(allFieldsDecided({ ...verdicts, address: undefined })).toBe(false);
    expect(confirmedPrefill(result.card, verdicts)).toEqual({
      fullName: 'Nguyễn Thị Mai Anh',
      idNumber: '001190012345',
      dateOfBirth: '1990-03-15',
      sex: 'female',
    });
  });
});
