import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from './catalog/birth-registration';
import type { Question } from './form-schema';
import { crossCheckIssues, hasBlockingIssue, validateAnswer, validateForm } from './validate-answers';

const form = BIRTH_REGISTRATION.form;
const today = { year: 2026, month: 6, day: 5 };
const label = { vi: 'Nhãn', en: 'Label' };

/** A complete, valid application without the father. */
const COMPLETE: Record<string, string> = {
  'nguoi_yeu_cau.ho_ten': 'Trần Thị Lan',
  'nguoi_yeu_cau.so_dinh_danh': '001190123456',
  'nguoi_yeu_cau.sdt': '0912 345 678',
  'nguoi_yeu_cau.quan_he': 'me',
  'tre.ho_ten': 'Nguyễn Minh An',
  'tre.gioi_tinh': 'male',
  'tre.ngay_sinh': '2026-05-20',
  'tre.noi_sinh': 'Bệnh viện Phụ sản Hà Nội, phường Láng, Hà Nội',
  'tre.dan_toc': '01',
  'tre.quoc_tich': 'VN',
  'me.ho_ten': 'Trần Thị Lan',
  'me.nam_sinh': '1990',
  'me.dan_toc': '01',
  'me.quoc_tich': 'VN',
  'me.noi_cu_tru': 'Số 8 ngõ 23 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
  'me.so_dinh_danh': '001190123456',
  'co_cha.khai': 'no',
};

const FATHER: Record<string, string> = {
  'co_cha.khai': 'yes',
  'cha.ho_ten': 'Nguyễn Văn Minh',
  'cha.nam_sinh': '1988',
  'cha.dan_toc': '01',
  'cha.quoc_tich': 'VN',
  'cha.noi_cu_tru': 'Số 8 ngõ 23 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
  'cha.so_dinh_danh': '001088654321',
};

describe('validateForm (HT-KS)', () => {
  it('finds nothing in a complete, consistent application', () => {
    expect(validateForm(form, COMPLETE, today)).toEqual({});
    expect(validateForm(form, { ...COMPLETE, ...FATHER }, today)).toEqual({});
  });

  it('reports every required answer that is missing, and nothing for optional ones', () => {
    const result = validateForm(form, {}, today);
    const required = Object.keys(COMPLETE).filter((path) => path !== 'me.so_dinh_danh');
    expect(Object.keys(result).sort()).toEqual(required.sort());
    for (const issues of Object.values(result))
      expect(issues).toEqual([{ code: 'required', severity: 'error' }]);
  });

  it("requires the father's answers only once the resident chose to give them", () => {
    const result = validateForm(form, { ...COMPLETE, 'co_cha.khai': 'yes' }, today);
    expect(Object.keys(result).sort()).toEqual(
      ['cha.ho_ten', 'cha.nam_sinh', 'cha.dan_toc', 'cha.quoc_tich', 'cha.noi_cu_tru'].sort(),
    );
  });

  it("errors on the mother's ID number when its birth-year digits disagree with her year of birth", () => {
    const result = validateForm(form, { ...COMPLETE, 'me.nam_sinh': '1991' }, today);
    expect(result).toEqual({
      'me.so_dinh_danh': [
        { code: 'citizenId.birthYearMismatch', severity: 'error', params: { idYear: 1990, year: 1991 } },
      ],
    });
    expect(hasBlockingIssue(result['me.so_dinh_danh'])).toBe(true);
  });

  it("still cross-checks the mother's ID number when it was typed with spaces", () => {
    // validateCitizenId accepts '001 190 123 456', so the cross-check must see it too.
    const result = validateForm(
      form,
      { ...COMPLETE, 'me.so_dinh_danh': '001 190 123 456', 'me.nam_sinh': '1991' },
      today,
    );
    expect(result).toEqual({
      'me.so_dinh_danh': [
        { code: 'citizenId.birthYearMismatch', severity: 'error', params: { idYear: 1990, year: 1991 } },
      ],
    });
  });

  it("only warns when the mother's ID number encodes a man", () => {
    const result = validateForm(form, { ...COMPLETE, 'me.so_dinh_danh': '001090123456' }, today);
    expect(result).toEqual({ 'me.so_dinh_danh': [{ code: 'citizenId.sexMismatch', severity: 'warning' }] });
    expect(hasBlockingIssue(result['me.so_dinh_danh'])).toBe(false);
  });

  it("only warns when the father's ID number encodes a woman", () => {
    const result = validateForm(form, { ...COMPLETE, ...FATHER, 'cha.so_dinh_danh': '001188654321' }, today);
    expect(result).toEqual({ 'cha.so_dinh_danh': [{ code: 'citizenId.sexMismatch', severity: 'warning' }] });
  });

  it('ignores a mismatching father ID once the father section is switched off', () => {
    const answers = { ...COMPLETE, ...FATHER, 'cha.nam_sinh': '1970', 'co_cha.khai': 'no' };
    expect(validateForm(form, answers, today)).toEqual({});
  });

  it("shows the ID number's own error instead of cross-check findings", () => {
    const result = validateForm(
      form,
      { ...COMPLETE, 'me.so_dinh_danh': '00119012345', 'me.nam_sinh': '1991' },
      today,
    );
    expect(result['me.so_dinh_danh']).toEqual([
      { code: 'citizenId.length', severity: 'error', params: { count: 11 } },
    ]);
  });

  it('adds cross-check findings to a warning of its own', () => {
    const result = validateForm(
      form,
      { ...COMPLETE, 'me.so_dinh_danh': '003190123456', 'me.nam_sinh': '1991' },
      today,
    );
    expect((result['me.so_dinh_danh'] ?? []).map((i) => `${i.severity}:${i.code}`)).toEqual([
      'warning:citizenId.unknownProvince',
      'error:citizenId.birthYearMismatch',
    ]);
  });

  it('reports field errors next to their answers', () => {
    const result = validateForm(
      form,
      { ...COMPLETE, 'nguoi_yeu_cau.sdt': '0112345678', 'tre.ngay_sinh': '2026-06-06', 'me.ho_ten': 'Lan 2' },
      today,
    );
    expect(result).toEqual({
      'nguoi_yeu_cau.sdt': [{ code: 'phone.format', severity: 'error' }],
      'tre.ngay_sinh': [{ code: 'date.future', severity: 'error' }],
      'me.ho_ten': [{ code: 'name.digits', severity: 'error' }],
    });
  });
});

describe('crossCheckIssues', () => {
  it('reads a full date of birth as well as a year', () => {
    const custom = {
      ...form,
      crossChecks: [
        { type: 'citizenIdMatchesPerson' as const, citizenId: 'me.so_dinh_danh', birth: 'tre.ngay_sinh' },
      ],
    };
    expect(
      crossCheckIssues(custom, { 'me.so_dinh_danh': '001190123456', 'tre.ngay_sinh': '1990-03-04' }),
    ).toEqual({});
    expect(
      crossCheckIssues(custom, { 'me.so_dinh_danh': '001190123456', 'tre.ngay_sinh': '1992-03-04' }),
    ).toEqual({
      'me.so_dinh_danh': [
        { code: 'citizenId.birthYearMismatch', severity: 'error', params: { idYear: 1990, year: 1992 } },
      ],
    });
  });

  it('reads the sex from an answer when the check names one', () => {
    const custom = {
      ...form,
      crossChecks: [
        {
          type: 'citizenIdMatchesPerson' as const,
          citizenId: 'tre.so_dinh_danh',
          sex: { question: 'tre.gioi_tinh' },
        },
      ],
    };
    const id = '001226000001'; // a boy born 2026
    expect(crossCheckIssues(custom, { 'tre.so_dinh_danh': id, 'tre.gioi_tinh': 'male' })).toEqual({});
    expect(crossCheckIssues(custom, { 'tre.so_dinh_danh': id, 'tre.gioi_tinh': 'female' })).toEqual({
      'tre.so_dinh_danh': [{ code: 'citizenId.sexMismatch', severity: 'warning' }],
    });
    expect(crossCheckIssues(custom, { 'tre.so_dinh_danh': id })).toEqual({});
  });
});

describe('validateAnswer', () => {
  const q = <T extends Question>(question: T) => question;

  it('requires required answers and lets optional ones be empty', () => {
    const text = q({ id: 'x', type: 'text', maxLength: 5, required: true, label });
    expect(validateAnswer(text, undefined, today)).toEqual([{ code: 'required', severity: 'error' }]);
    expect(validateAnswer(text, '   ', today)).toEqual([{ code: 'required', severity: 'error' }]);
    for (const type of ['personName', 'citizenId', 'phone', 'pastDate'] as const) {
      expect(validateAnswer(q({ id: 'x', type, required: false, label }), '', today)).toEqual([]);
    }
  });

  it('text: limits the length', () => {
    const text = q({ id: 'x', type: 'text', maxLength: 5, required: true, label });
    expect(validateAnswer(text, 'Hà Nội', today)).toEqual([
      { code: 'text.tooLong', severity: 'error', params: { max: 5 } },
    ]);
    expect(validateAnswer(text, ' Huế ', today)).toEqual([]);
  });

  it('personName', () => {
    const name = q({ id: 'x', type: 'personName', required: true, label });
    expect(validateAnswer(name, "H'Hen Niê", today)).toEqual([]);
    expect(validateAnswer(name, 'Hen#', today)).toEqual([{ code: 'name.characters', severity: 'error' }]);
  });

  it('citizenId', () => {
    const id = q({ id: 'x', type: 'citizenId', required: true, label });
    expect(validateAnswer(id, '001190123456', today)).toEqual([]);
    expect(validateAnswer(id, '0011901234', today)).toEqual([
      { code: 'citizenId.length', severity: 'error', params: { count: 10 } },
    ]);
  });

  it('phone', () => {
    const phone = q({ id: 'x', type: 'phone', required: true, label });
    expect(validateAnswer(phone, '+84 912 345 678', today)).toEqual([]);
    expect(validateAnswer(phone, '091234567', today)).toEqual([{ code: 'phone.length', severity: 'error' }]);
  });

  it('pastDate', () => {
    const date = q({ id: 'x', type: 'pastDate', required: true, label });
    expect(validateAnswer(date, '2026-06-05', today)).toEqual([]);
    expect(validateAnswer(date, '2026-02-30', today)).toEqual([{ code: 'date.invalid', severity: 'error' }]);
  });

  it('year: uses the question minimum', () => {
    const year = q({ id: 'x', type: 'year', min: 1950, required: true, label });
    expect(validateAnswer(year, '1950', today)).toEqual([]);
    expect(validateAnswer(year, '1949', today)).toEqual([
      { code: 'year.range', severity: 'error', params: { min: 1950, max: 2026 } },
    ]);
  });

  it('choice: only checks presence', () => {
    const choice = q({ id: 'x', type: 'choice', optionSet: 'ethnicity', required: true, label });
    expect(validateAnswer(choice, '01', today)).toEqual([]);
    expect(validateAnswer(choice, '', today)).toEqual([{ code: 'required', severity: 'error' }]);
  });
});
