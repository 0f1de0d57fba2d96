import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from './catalog/birth-registration';
import type { FormDefinition, Question } from './form-schema';
import {
  crossCheckIssues,
  hasBlockingIssue,
  validateAnswer,
  validateForm,
  validateRepeatCount,
} from './validate-answers';

const form = BIRTH_REGISTRATION.form;
const today = { year: 2026, month: 6, day: 5 };
const label = { vi: 'Nhãn', en: 'Label' };

/** A complete, valid application without the father. */
const COMPLETE: Record<string, string> = {
  'nguoi_yeu_cau.ho_ten': 'Trần Thị Lan',
  'nguoi_yeu_cau.so_dinh_danh': '001190123456',
  'nguoi_yeu_cau.cu_tru_ha_noi': 'yes',
  'nguoi_yeu_cau.xa_phuong': '00070',
  'nguoi_yeu_cau.noi_cu_tru': 'Số 8 ngõ 23 phố Hàng Bạc',
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
  'me.cung_noi_cu_tru': 'yes',
  'me.so_dinh_danh': '001190123456',
  'co_cha.khai': 'no',
};

const FATHER: Record<string, string> = {
  'co_cha.khai': 'yes',
  'cha.ho_ten': 'Nguyễn Văn Minh',
  'cha.nam_sinh': '1988',
  'cha.dan_toc': '01',
  'cha.quoc_tich': 'VN',
  'cha.cung_noi_cu_tru': 'no',
  'cha.cu_tru_ha_noi': 'no',
  'cha.noi_cu_tru_ngoai_ha_noi': 'Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh',
  'cha.so_dinh_danh': '001088654321',
};

describe('validateForm (HT-KS)', () => {
  it('finds nothing in a complete, consistent application', () => {
    expect(validateForm(form, COMPLETE, today)).toEqual({});
    expect(validateForm(form, { ...COMPLETE, ...FATHER }, today)).toEqual({});
  });

  it('reports every required answer that is missing, and nothing for optional ones', () => {
    const result = validateForm(form, {}, today);
    // The commune and street are asked only once "in Hanoi" is answered (its default is not an answer yet).
    const notAskedYet = ['me.so_dinh_danh', 'nguoi_yeu_cau.xa_phuong', 'nguoi_yeu_cau.noi_cu_tru'];
    const required = Object.keys(COMPLETE).filter((path) => !notAskedYet.includes(path));
    expect(Object.keys(result).sort()).toEqual(required.sort());
    for (const issues of Object.values(result))
      expect(issues).toEqual([{ code: 'required', severity: 'error' }]);
  });

  it("requires the father's answers only once the resident chose to give them", () => {
    const result = validateForm(form, { ...COMPLETE, 'co_cha.khai': 'yes' }, today);
    expect(Object.keys(result).sort()).toEqual(
      ['cha.ho_ten', 'cha.nam_sinh', 'cha.dan_toc', 'cha.quoc_tich', 'cha.cung_noi_cu_tru'].sort(),
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

describe('validateAnswer: the newer question types', () => {
  const q = <T extends Question>(question: T) => question;
  const err = (code: string, params?: Record<string, number>) =>
    params ? [{ code, severity: 'error', params }] : [{ code, severity: 'error' }];

  it('lets every newer type be empty when optional, and requires it otherwise', () => {
    const optional: Question[] = [
      q({ id: 'x', type: 'email', required: false, label }),
      q({ id: 'x', type: 'date', range: 'any', required: false, label }),
      q({ id: 'x', type: 'integer', min: 0, max: 5, required: false, label }),
      q({ id: 'x', type: 'money', min: 0, max: 5_000, required: false, label }),
      q({ id: 'x', type: 'multiChoice', options: OPTIONS, required: false, label }),
      q({ id: 'x', type: 'commune', required: false, label }),
      q({ id: 'x', type: 'address', required: false, label }),
    ];
    for (const question of optional) {
      expect(validateAnswer(question, '', today)).toEqual([]);
      expect(validateAnswer({ ...question, required: true }, ' ', today)).toEqual(err('required'));
    }
  });

  it('date: checks the calendar, then the range relative to today (today is both past and future)', () => {
    const date = (range: 'past' | 'future' | 'any') =>
      q({ id: 'x', type: 'date', range, required: true, label });
    expect(validateAnswer(date('any'), '2026-02-29', today)).toEqual(err('date.invalid'));
    expect(validateAnswer(date('any'), '05/06/2026', today)).toEqual(err('date.invalid'));
    expect(validateAnswer(date('any'), '1899-12-31', today)).toEqual(err('date.tooEarly', { year: 1900 }));
    expect(validateAnswer(date('any'), '2127-01-01', today)).toEqual(err('date.tooLate', { year: 2126 }));
    expect(validateAnswer(date('any'), '2126-12-31', today)).toEqual([]);

    expect(validateAnswer(date('past'), '2026-06-05', today)).toEqual([]);
    expect(validateAnswer(date('past'), '2026-06-06', today)).toEqual(err('date.future'));
    expect(validateAnswer(date('future'), '2026-06-05', today)).toEqual([]);
    expect(validateAnswer(date('future'), '2026-06-04', today)).toEqual(err('date.past'));
    expect(validateAnswer(date('any'), '2026-06-04', today)).toEqual([]);
    expect(validateAnswer(date('any'), '2030-01-01', today)).toEqual([]);
  });

  it('integer: whole numbers within min..max', () => {
    const copies = q({ id: 'x', type: 'integer', min: 1, max: 10, required: true, label });
    expect(validateAnswer(copies, '1', today)).toEqual([]);
    expect(validateAnswer(copies, '10', today)).toEqual([]);
    expect(validateAnswer(copies, '0', today)).toEqual(err('integer.range', { min: 1, max: 10 }));
    expect(validateAnswer(copies, '11', today)).toEqual(err('integer.range', { min: 1, max: 10 }));
    for (const bad of ['1.5', 'ba', '1e3', '+2', '99999999999'])
      expect(validateAnswer(copies, bad, today)).toEqual(err('integer.format'));
    const signed = q({ id: 'x', type: 'integer', min: -5, max: 5, required: true, label });
    expect(validateAnswer(signed, '-5', today)).toEqual([]);
  });

  it('money: an amount in đồng within min..max, grouped or not', () => {
    const capital = q({ id: 'x', type: 'money', min: 1_000, max: 1_000_000_000_000, required: true, label });
    for (const good of ['150000000', '150.000.000', '150,000,000 ₫', '1000', '1.000.000.000.000'])
      expect(validateAnswer(capital, good, today), good).toEqual([]);
    expect(validateAnswer(capital, '999', today)).toEqual(err('money.tooLow', { min: 1_000 }));
    for (const tooMuch of ['1000000000001', '12345678901234567890'])
      expect(validateAnswer(capital, tooMuch, today), tooMuch).toEqual(
        err('money.tooHigh', { max: 1_000_000_000_000 }),
      );
    for (const bad of ['1.5', '-1000', 'một triệu', '1.000,000'])
      expect(validateAnswer(capital, bad, today), bad).toEqual(err('money.format'));
  });

  it('email: a plain address, ASCII only', () => {
    const email = q({ id: 'x', type: 'email', required: true, label });
    for (const good of ['lan.tran@gmail.com', 'a+b@sub.example.vn', 'X_Y@hanoi.gov.vn'])
      expect(validateAnswer(email, good, today)).toEqual([]);
    for (const bad of [
      'lan.tran',
      'lan@gmail',
      '@gmail.com',
      'lan@@gmail.com',
      'lan tran@gmail.com',
      'lan..tran@gmail.com',
      '.lan@gmail.com',
      'lan@-gmail.com',
      'lan@gmail.c',
      'trần@gmail.com',
      `${'a'.repeat(250)}@x.vn`,
    ])
      expect(validateAnswer(email, bad, today), bad).toEqual(err('email.format'));
  });

  it("commune: one of Hanoi's 126 unit codes", () => {
    const commune = q({ id: 'x', type: 'commune', required: true, label });
    expect(validateAnswer(commune, '00070', today)).toEqual([]);
    expect(validateAnswer(commune, '10015', today)).toEqual([]);
    for (const bad of ['00000', '70', 'Hoàn Kiếm', '26734'])
      expect(validateAnswer(commune, bad, today)).toEqual(err('commune.unknown'));
  });

  it('address: up to 200 characters', () => {
    const address = q({ id: 'x', type: 'address', required: true, label });
    expect(validateAnswer(address, 'Căn hộ 1208, tòa A2, ngõ 6 Trần Duy Hưng', today)).toEqual([]);
    expect(validateAnswer(address, 'x'.repeat(200), today)).toEqual([]);
    expect(validateAnswer(address, 'x'.repeat(201), today)).toEqual(err('text.tooLong', { max: 200 }));
  });

  it('multiChoice: known values, once each, between minSelected and maxSelected', () => {
    const many = q({
      id: 'x',
      type: 'multiChoice',
      options: OPTIONS,
      minSelected: 2,
      maxSelected: 3,
      required: true,
      label,
    });
    expect(validateAnswer(many, 'a|b', today)).toEqual([]);
    expect(validateAnswer(many, 'a|b|d', today)).toEqual([]);
    expect(validateAnswer(many, 'a', today)).toEqual(err('multiChoice.tooFew', { min: 2 }));
    expect(validateAnswer(many, 'a|b|c|d', today)).toEqual(err('multiChoice.tooMany', { max: 3 }));
    expect(validateAnswer(many, 'a|z', today)).toEqual(err('multiChoice.unknown'));
    expect(validateAnswer(many, 'a|a', today)).toEqual(err('multiChoice.unknown'));
    expect(validateAnswer(many, 'a||b', today)).toEqual(err('multiChoice.unknown'));
    const any = q({ id: 'x', type: 'multiChoice', options: OPTIONS, required: true, label });
    expect(validateAnswer(any, 'd', today)).toEqual([]);
  });
});

describe('validateForm with a repeatable section', () => {
  const members: FormDefinition = {
    sections: [
      {
        id: 'tv',
        title: label,
        repeat: { min: 1, max: 3, itemLabel: { vi: 'Thành viên', en: 'Member' } },
        questions: [
          { id: 'ho_ten', type: 'personName', required: true, label },
          { id: 'co_the', type: 'choice', required: true, label, options: YES_NO },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label,
            showIf: { question: 'tv.co_the', equals: 'yes' },
          },
        ],
      },
    ],
    crossChecks: [],
  };

  it('validates every question of every item, under its item path', () => {
    const answers = {
      'tv[]': '2',
      'tv[1].ho_ten': 'Lê Văn Tám',
      'tv[1].co_the': 'yes',
      'tv[1].so_dinh_danh': '0011',
      'tv[2].ho_ten': 'Lê 2',
      'tv[2].co_the': 'no',
      'tv[2].so_dinh_danh': 'ignored: not asked for this item',
    };
    expect(validateForm(members, answers, today)).toEqual({
      'tv[1].so_dinh_danh': [{ code: 'citizenId.length', severity: 'error', params: { count: 4 } }],
      'tv[2].ho_ten': [{ code: 'name.digits', severity: 'error' }],
    });
  });

  it('asks for the minimum number of items when no count is stored', () => {
    expect(Object.keys(validateForm(members, {}, today))).toEqual(['tv[1].ho_ten', 'tv[1].co_the']);
  });

  it('flags a stored count outside min..max on the count itself', () => {
    const bad = [{ code: 'repeat.count', severity: 'error', params: { min: 1, max: 3 } }];
    const complete = { 'tv[1].ho_ten': 'Lê Văn Tám', 'tv[1].co_the': 'no' };
    expect(validateForm(members, { ...complete, 'tv[]': '0' }, today)).toEqual({ 'tv[]': bad });
    expect(validateForm(members, { ...complete, 'tv[]': '1' }, today)).toEqual({});
    const repeat = { min: 1, max: 3, itemLabel: label };
    expect(validateRepeatCount(repeat, undefined)).toEqual([]);
    for (const raw of ['4', '-1', 'two', '1.0']) expect(validateRepeatCount(repeat, raw)).toEqual(bad);
  });
});

const OPTIONS = ['a', 'b', 'c', 'd'].map((value) => ({ value, label: { vi: value, en: value } }));
const YES_NO = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];
