import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from './catalog/birth-registration';
import { answerPath, formSteps, relevantAnswers } from './form-steps';
import type { FormDefinition } from './form-schema';

const form = BIRTH_REGISTRATION.form;
const paths = (answers: Record<string, string>) => formSteps(form, answers).map((step) => step.path);
const FATHER = [
  'cha.ho_ten',
  'cha.nam_sinh',
  'cha.dan_toc',
  'cha.quoc_tich',
  'cha.noi_cu_tru',
  'cha.so_dinh_danh',
];

describe('formSteps (HT-KS birth registration)', () => {
  it('asks the requester, child and mother questions in order, then whether to give the father', () => {
    expect(paths({})).toEqual([
      'nguoi_yeu_cau.ho_ten',
      'nguoi_yeu_cau.so_dinh_danh',
      'nguoi_yeu_cau.sdt',
      'nguoi_yeu_cau.quan_he',
      'tre.ho_ten',
      'tre.gioi_tinh',
      'tre.ngay_sinh',
      'tre.noi_sinh',
      'tre.dan_toc',
      'tre.quoc_tich',
      'me.ho_ten',
      'me.nam_sinh',
      'me.dan_toc',
      'me.quoc_tich',
      'me.noi_cu_tru',
      'me.so_dinh_danh',
      'co_cha.khai',
    ]);
  });

  it("adds the father's section only when 'co_cha.khai' is 'yes'", () => {
    expect(paths({ 'co_cha.khai': 'yes' }).slice(-7)).toEqual(['co_cha.khai', ...FATHER]);
    for (const value of ['no', '', 'YES', 'true']) {
      expect(paths({ 'co_cha.khai': value }).some((p) => p.startsWith('cha.'))).toBe(false);
    }
  });

  it('gives each step its section and question', () => {
    const step = formSteps(form, { 'co_cha.khai': 'yes' }).find((s) => s.path === 'cha.nam_sinh');
    expect(step?.section.id).toBe('cha');
    expect(step?.question).toMatchObject({ id: 'nam_sinh', type: 'year' });
  });

  it('honours question-level conditions too', () => {
    const small: FormDefinition = {
      sections: [
        {
          id: 'a',
          title: { vi: 'A', en: 'A' },
          questions: [
            { id: 'q', type: 'text', maxLength: 10, required: true, label: { vi: 'Q', en: 'Q' } },
            {
              id: 'r',
              type: 'text',
              maxLength: 10,
              required: true,
              label: { vi: 'R', en: 'R' },
              showIf: { question: 'a.q', equals: 'x' },
            },
          ],
        },
      ],
      crossChecks: [],
    };
    expect(formSteps(small, {}).map((s) => s.path)).toEqual(['a.q']);
    expect(formSteps(small, { 'a.q': 'x' }).map((s) => s.path)).toEqual(['a.q', 'a.r']);
  });

  it('builds answer paths as section.question', () => {
    expect(answerPath('me', 'ho_ten')).toBe('me.ho_ten');
  });
});

describe('relevantAnswers', () => {
  const withFather = {
    'me.ho_ten': 'Trần Thị Lan',
    'co_cha.khai': 'yes',
    'cha.ho_ten': 'Nguyễn Văn Minh',
    'cha.nam_sinh': '1988',
  };

  it("keeps the father's answers while 'co_cha.khai' is 'yes'", () => {
    expect(relevantAnswers(form, withFather)).toEqual(withFather);
  });

  it("drops the father's answers when switched to 'no'", () => {
    expect(relevantAnswers(form, { ...withFather, 'co_cha.khai': 'no' })).toEqual({
      'me.ho_ten': 'Trần Thị Lan',
      'co_cha.khai': 'no',
    });
  });

  it('drops empty answers and keys that are not questions', () => {
    expect(relevantAnswers(form, { 'me.ho_ten': '', 'tre.ghi_chu': 'x', 'tre.ho_ten': 'Nguyễn An' })).toEqual(
      {
        'tre.ho_ten': 'Nguyễn An',
      },
    );
  });
});
