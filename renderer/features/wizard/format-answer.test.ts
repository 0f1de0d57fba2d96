import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Question } from '../../../shared/procedures/form-schema';
import { formatAnswer } from './format-answer';
import { integerEntry } from './integer-entry';
import { normalizeAnswer } from './normalize-answer';
import { effectiveAnswer } from './question-options';

const label = { vi: 'Nhãn', en: 'Label' };
const format = (question: Question, value: string, locale = 'vi') =>
  formatAnswer(question, value, BUNDLED_CATALOG, locale);

describe('formatAnswer for the newer types', () => {
  it('commune: the official name, or its ASCII form in English', () => {
    const commune: Question = { id: 'x', type: 'commune', required: true, label };
    expect(format(commune, '00166')).toBe('Phường Cầu Giấy');
    expect(format(commune, '00166', 'en')).toBe('Cau Giay Ward');
    expect(format(commune, '99999')).toBe('99999');
  });

  it('multiChoice: the chosen labels in option order', () => {
    const multi: Question = {
      id: 'x',
      type: 'multiChoice',
      required: true,
      label,
      options: [
        { value: 'a', label: { vi: 'Một', en: 'One' } },
        { value: 'b', label: { vi: 'Hai', en: 'Two' } },
      ],
    };
    expect(format(multi, 'a|b')).toBe('Một, Hai');
    expect(format(multi, 'b', 'en')).toBe('Two');
  });

  it('date: dd/mm/yyyy; integer, email and address as given', () => {
    expect(format({ id: 'x', type: 'date', range: 'any', required: true, label }, '2027-01-09')).toBe(
      '09/01/2027',
    );
    expect(format({ id: 'x', type: 'integer', min: 0, max: 9, required: true, label }, '3')).toBe('3');
    expect(format({ id: 'x', type: 'email', required: true, label }, 'a@b.vn')).toBe('a@b.vn');
  });
});

describe('money answers', () => {
  const money: Question = { id: 'x', type: 'money', min: 0, max: 10 ** 12, required: true, label };

  it.each([
    ['150000000', 'vi', /^150\.000\.000\s₫$/],
    ['150000000', 'en', /^₫150,000,000$/],
    ['0', 'vi', /^0\s₫$/],
    ['1000000000000', 'vi', /^1\.000\.000\.000\.000\s₫$/],
    // Not an amount (validation stops it); shown as typed rather than as a wrong number.
    ['1.5', 'vi', /^1\.5$/],
  ])('%s reads back in %s as %s', (value, locale, shown) => {
    expect(format(money, value, locale)).toMatch(shown);
  });

  it.each([
    ['150.000.000', '150000000'],
    [' 150,000,000 ₫ ', '150000000'],
    ['150 000 000 đồng', '150000000'],
    ['0150000000', '150000000'],
    ['1.5', '1.5'],
    ['một triệu', 'một triệu'],
  ])('stores %j as %j', (raw, stored) => {
    expect(normalizeAnswer(money, raw)).toBe(stored);
  });

  it('starts empty, even when required', () => {
    expect(effectiveAnswer(money, undefined)).toBe('');
  });
});

describe('integers over a wide range', () => {
  const integer = (min: number, max: number): Question => ({
    id: 'x',
    type: 'integer',
    min,
    max,
    required: true,
    label,
  });

  it.each([
    [1, 10, 'stepper'],
    [0, 100, 'stepper'],
    [1, 101, 'stepper'],
    [0, 101, 'keypad'],
    [1, 200, 'keypad'],
    [1, 100_000, 'keypad'],
    // The pad has no minus key.
    [-500, 500, 'stepper'],
  ] as const)('%d..%d is entered with the %s', (min, max, entry) => {
    expect(integerEntry({ min, max })).toBe(entry);
  });

  it('groups thousands when read back, and a typed one starts empty', () => {
    const area = integer(1, 100_000);
    expect(format(area, '12500')).toBe('12.500');
    expect(format(area, '12500', 'en')).toBe('12,500');
    expect(effectiveAnswer(area, undefined)).toBe('');
    expect(effectiveAnswer(integer(1, 10), undefined)).toBe('1');
  });
});

describe('normalizeAnswer and effectiveAnswer for the newer types', () => {
  it('drops the spaces a touch keyboard puts into an email address', () => {
    expect(normalizeAnswer({ id: 'x', type: 'email', required: true, label }, ' lan @ gmail .com ')).toBe(
      'lan@gmail.com',
    );
  });

  it('collapses spaces in an address and reads leading zeros off a number', () => {
    expect(normalizeAnswer({ id: 'x', type: 'address', required: true, label }, ' Số 8  ngõ 23 ')).toBe(
      'Số 8 ngõ 23',
    );
    const integer: Question = { id: 'x', type: 'integer', min: 0, max: 9, required: true, label };
    expect(normalizeAnswer(integer, ' 007 ')).toBe('7');
    expect(normalizeAnswer(integer, '1.5')).toBe('1.5');
  });

  it('starts a required number at its minimum and an optional one empty', () => {
    const integer: Question = { id: 'x', type: 'integer', min: 2, max: 9, required: true, label };
    expect(effectiveAnswer(integer, undefined)).toBe('2');
    expect(effectiveAnswer({ ...integer, required: false }, undefined)).toBe('');
    expect(effectiveAnswer(integer, '5')).toBe('5');
  });
});
