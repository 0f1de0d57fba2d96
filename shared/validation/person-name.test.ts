import { describe, expect, it } from 'vitest';
import { normalizePersonName, validatePersonName } from './person-name';

describe('validatePersonName', () => {
  it.each([
    'Nguyễn Văn An',
    'Trần Thị Thu Hà',
    'Đặng Thuỳ Dương',
    "H'Hen Niê",
    'H’Hen Niê',
    'Y-Moan Ênuôl',
    'Lò Văn Pủa',
    'Ka',
  ])('accepts %s', (name) => {
    expect(validatePersonName(name)).toEqual([]);
  });

  it('accepts decomposed (NFD) input', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(validatePersonName(nfd)).toEqual([]);
  });

  it('rejects digits', () => {
    expect(validatePersonName('Nguyễn Văn 2')).toEqual([{ code: 'name.digits', severity: 'error' }]);
    expect(validatePersonName('Lê Th1 Hoa')).toEqual([{ code: 'name.digits', severity: 'error' }]);
  });

  it.each(['Nguyễn @n', 'Trần.Văn', 'Lê_Hoa', "H''Hen", "'Hen", 'Y-', 'An - Bình', 'Bùi, Nam', '!!'])(
    'rejects symbols and misplaced separators: %s',
    (name) => {
      expect(validatePersonName(name)).toEqual([{ code: 'name.characters', severity: 'error' }]);
    },
  );

  it('rejects names that are too short after trimming', () => {
    expect(validatePersonName('')).toEqual([{ code: 'name.tooShort', severity: 'error' }]);
    expect(validatePersonName('  A  ')).toEqual([{ code: 'name.tooShort', severity: 'error' }]);
  });

  it('allows 100 characters and rejects 101', () => {
    const word = 'Nguyễn '; // 7 characters in NFC
    const hundred = (word.repeat(15) + 'Anhhh').slice(0, 100);
    expect(hundred).toHaveLength(100);
    expect(validatePersonName(hundred)).toEqual([]);
    expect(validatePersonName(hundred + 'a')).toEqual([
      { code: 'name.tooLong', severity: 'error', params: { max: 100 } },
    ]);
  });

  it('measures length after NFC, so decomposed input is not penalised', () => {
    const nfc = 'Ễ'.repeat(100);
    expect(nfc.normalize('NFD').length).toBeGreaterThan(100);
    expect(validatePersonName(nfc.normalize('NFD'))).toEqual([]);
  });
});

describe('normalizePersonName', () => {
  it('stores NFC, a straight apostrophe and single spaces', () => {
    expect(normalizePersonName('  H’Hen   Niê ')).toBe("H'Hen Niê");
    expect(normalizePersonName('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(normalizePersonName("H'Hen Niê")).toBe(normalizePersonName('H’Hen Niê'));
  });
});
