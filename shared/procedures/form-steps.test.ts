import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from './catalog/birth-registration';
import {
  answerPath,
  formSteps,
  questionSteps,
  relevantAnswers,
  repeatCount,
  repeatCountPath,
  type RepeatedSection,
} from './form-steps';
import type { FormDefinition, Question, Section } from './form-schema';

const form = BIRTH_REGISTRATION.form;
const paths = (answers: Record<string, string>, f: FormDefinition = form) =>
  formSteps(f, answers).map((step) => step.path);
const FATHER = [
  'cha.ho_ten',
  'cha.nam_sinh',
  'cha.dan_toc',
  'cha.quoc_tich',
  'cha.cung_noi_cu_tru',
  'cha.so_dinh_danh',
];
const label = { vi: 'Nhãn', en: 'Label' };
const text = (id: string, showIf?: Question['showIf']): Question => ({
  id,
  type: 'text',
  maxLength: 10,
  required: true,
  label,
  ...(showIf ? { showIf } : {}),
});

describe('formSteps (HT-KS birth registration)', () => {
  it('asks the requester, child and mother questions in order, then whether to give the father', () => {
    expect(paths({})).toEqual([
      'nguoi_yeu_cau.ho_ten',
      'nguoi_yeu_cau.so_dinh_danh',
      'nguoi_yeu_cau.cu_tru_ha_noi',
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
      'me.cung_noi_cu_tru',
      'me.so_dinh_danh',
      'co_cha.khai',
    ]);
  });

  it('asks a Hanoi residence as commune + street, and any other as one line of text', () => {
    const requester = (answers: Record<string, string>) =>
      paths(answers).filter((p) => p.startsWith('nguoi_yeu_cau.') && p.includes('cu_tru'));
    expect(requester({ 'nguoi_yeu_cau.cu_tru_ha_noi': 'yes' })).toEqual([
      'nguoi_yeu_cau.cu_tru_ha_noi',
      'nguoi_yeu_cau.noi_cu_tru',
    ]);
    expect(paths({ 'nguoi_yeu_cau.cu_tru_ha_noi': 'yes' })).toContain('nguoi_yeu_cau.xa_phuong');
    expect(requester({ 'nguoi_yeu_cau.cu_tru_ha_noi': 'no' })).toEqual([
      'nguoi_yeu_cau.cu_tru_ha_noi',
      'nguoi_yeu_cau.noi_cu_tru_ngoai_ha_noi',
    ]);
  });

  it("skips a parent's residence when it is the requester's, even if answered before", () => {
    const mother = (answers: Record<string, string>) =>
      paths(answers).filter((p) => p.startsWith('me.') && /cu_tru|xa_phuong/.test(p));
    const separate = { 'me.cung_noi_cu_tru': 'no', 'me.cu_tru_ha_noi': 'yes' };
    expect(mother(separate)).toEqual([
      'me.cung_noi_cu_tru',
      'me.cu_tru_ha_noi',
      'me.xa_phuong',
      'me.noi_cu_tru',
    ]);
    // Hiding cu_tru_ha_noi hides what depends on it, whatever it was answered.
    expect(mother({ ...separate, 'me.cung_noi_cu_tru': 'yes' })).toEqual(['me.cung_noi_cu_tru']);
  });

  it("adds the father's section only when 'co_cha.khai' is 'yes'", () => {
    expect(paths({ 'co_cha.khai': 'yes' }).slice(-7)).toEqual(['co_cha.khai', ...FATHER]);
    for (const value of ['no', '', 'YES', 'true']) {
      expect(paths({ 'co_cha.khai': value }).some((p) => p.startsWith('cha.'))).toBe(false);
    }
  });

  it('gives each step its section and question', () => {
    const step = questionSteps(form, { 'co_cha.khai': 'yes' }).find((s) => s.path === 'cha.nam_sinh');
    expect(step?.section.id).toBe('cha');
    expect(step?.question).toMatchObject({ id: 'nam_sinh', type: 'year' });
    expect(step?.item).toBeUndefined();
  });

  it('honours question-level conditions too', () => {
    const small: FormDefinition = {
      sections: [
        { id: 'a', title: label, questions: [text('q'), text('r', { question: 'a.q', equals: 'x' })] },
      ],
      crossChecks: [],
    };
    expect(paths({}, small)).toEqual(['a.q']);
    expect(paths({ 'a.q': 'x' }, small)).toEqual(['a.q', 'a.r']);
  });

  it('builds answer paths as section.question, and section[i].question for an item', () => {
    expect(answerPath('me', 'ho_ten')).toBe('me.ho_ten');
    expect(answerPath('thanh_vien', 'ho_ten', 2)).toBe('thanh_vien[2].ho_ten');
    expect(repeatCountPath('thanh_vien')).toBe('thanh_vien[]');
  });
});

describe('formSteps with a repeatable section', () => {
  const members: RepeatedSection = {
    id: 'tv',
    title: label,
    repeat: { min: 1, max: 3, itemLabel: { vi: 'Thành viên', en: 'Member' } },
    questions: [
      text('ho_ten'),
      { id: 'la_tre_em', type: 'choice', required: true, label, options: yesNo() },
      text('truong', { question: 'tv.la_tre_em', equals: 'yes' }),
      text('ghi_chu', { question: 'chu.co', equals: 'yes' }),
    ],
  };
  const owner: Section = {
    id: 'chu',
    title: label,
    questions: [{ id: 'co', type: 'choice', required: true, label, options: yesNo() }],
  };
  const after: Section = { id: 'ket', title: label, questions: [text('x')] };
  const repeated: FormDefinition = { sections: [owner, members, after], crossChecks: [] };

  it('asks the minimum number of items, then the add/remove step, then goes on', () => {
    expect(paths({}, repeated)).toEqual(['chu.co', 'tv[1].ho_ten', 'tv[1].la_tre_em', 'tv[]', 'ket.x']);
    const step = formSteps(repeated, {}).find((s) => s.kind === 'repeat');
    expect(step).toMatchObject({ kind: 'repeat', path: 'tv[]', count: 1, section: { id: 'tv' } });
  });

  it('asks each item in turn, with its number', () => {
    const steps = questionSteps(repeated, { 'tv[]': '2' });
    expect(steps.filter((s) => s.section.id === 'tv').map((s) => [s.path, s.item])).toEqual([
      ['tv[1].ho_ten', 1],
      ['tv[1].la_tre_em', 1],
      ['tv[2].ho_ten', 2],
      ['tv[2].la_tre_em', 2],
    ]);
  });

  it('evaluates a condition on the same section within the item, and others as usual', () => {
    const answers = { 'tv[]': '2', 'tv[2].la_tre_em': 'yes', 'chu.co': 'yes' };
    expect(paths(answers, repeated)).toEqual([
      'chu.co',
      'tv[1].ho_ten',
      'tv[1].la_tre_em',
      'tv[1].ghi_chu',
      'tv[2].ho_ten',
      'tv[2].la_tre_em',
      'tv[2].truong',
      'tv[2].ghi_chu',
      'tv[]',
      'ket.x',
    ]);
  });

  it('keeps the item count within min..max, and reads a bad count as the minimum', () => {
    const count = (raw: string) => repeatCount(members, { 'tv[]': raw });
    expect([count('0'), count('2'), count('3'), count('9'), count('x'), count('-1'), count('')]).toEqual([
      1, 2, 3, 3, 1, 1, 1,
    ]);
    const none = { ...members, repeat: { ...members.repeat, min: 0 } };
    expect(paths({}, { sections: [none], crossChecks: [] })).toEqual(['tv[]']);
  });

  it('submits each asked item and the count, and drops items beyond it', () => {
    const answers = {
      'chu.co': 'no',
      'tv[]': '1',
      'tv[1].ho_ten': 'An',
      'tv[1].la_tre_em': 'no',
      'tv[1].truong': 'left from before',
      'tv[2].ho_ten': 'removed',
    };
    expect(relevantAnswers(repeated, answers)).toEqual({
      'chu.co': 'no',
      'tv[1].ho_ten': 'An',
      'tv[1].la_tre_em': 'no',
      'tv[]': '1',
    });
    expect(
      relevantAnswers(
        { sections: [{ ...members, repeat: { ...members.repeat, min: 0 } }], crossChecks: [] },
        {},
      ),
    ).toEqual({ 'tv[]': '0' });
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

function yesNo() {
  return [
    { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
    { value: 'no', label: { vi: 'Không', en: 'No' } },
  ];
}
