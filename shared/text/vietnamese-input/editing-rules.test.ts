import { describe, expect, it } from 'vitest';
import { applyKey, EMPTY_COMPOSITION, type Composition } from './composition';
import { typeKeys } from './keyboard-field';

const telex = (keys: string) => typeKeys(keys, 'telex');

describe('Telex: doubling a key takes its effect off, types the key, and leaves the word alone', () => {
  it.each([
    ['ass', 'as'],
    ['asss', 'ass'],
    ['aaa', 'aa'],
    ['aaaa', 'aaa'],
    ['eee', 'ee'],
    ['ooo', 'oo'],
    ['aww', 'aw'],
    ['oww', 'ow'],
    ['uww', 'uw'],
    ['ddd', 'dd'],
    ['dddd', 'ddd'],
    ['tieengss', 'tiêngs'],
    ['ww', 'w'],
    ['Ww', 'W'],
    ['nhww', 'nhw'],
    ['uoww', 'uow'],
    ['uwoww', 'uow'],
  ])('%s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });
});

describe('Telex: z removes the tone', () => {
  it.each([
    ['asz', 'a'],
    ['tieengsz', 'tiêng'],
    ['hoafz', 'hoa'],
    ['Nguyeenxz', 'Nguyên'],
    // With no tone to remove, z is a letter, and "az" is not Vietnamese
    ['az', 'az'],
  ])('%s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });
});

describe('Telex: w, and the horn on uo', () => {
  it.each([
    // w alone, where a vowel may start (no vowel typed yet), is ư
    ['w', 'ư'],
    ['W', 'Ư'],
    ['nhw', 'như'],
    ['tw', 'tư'],
    ['twf', 'từ'],
    ['nhwng', 'nhưng'],
    // … but not where ư cannot stand
    ['kw', 'kw'],
    // uo + w: ươ once anything follows the pair, uơ at the end of the word (thuở, huơ)
    ['uow', 'uơ'],
    ['huow', 'huơ'],
    ['quow', 'quơ'],
    ['uwow', 'ươ'],
    ['uowc', 'ươc'],
    ['nuowc', 'nươc'],
    ['nuocw', 'nươc'],
    ['thuowng', 'thương'],
    ['thuowngf', 'thường'],
    // w on other vowels: breve on a, horn on o and u
    ['oaw', 'oă'],
    ['hoawcj', 'hoặc'],
    ['muaw', 'mưa'],
    ['moiw', 'mơi'],
  ])('%s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });
});

describe('Telex: capitals are kept', () => {
  it.each([
    ['Nguyeenx', 'Nguyễn'],
    ['NGUYEENX', 'NGUYỄN'],
    ['Dduwowngf', 'Đường'],
    ['DDuwowngf', 'Đường'],
    ['DDUWOWNGF', 'ĐƯỜNG'],
    ['Dd', 'Đ'],
    ['dD', 'đ'],
    ['VIEETJ NAM', 'VIỆT NAM'],
    ['Aw', 'Ă'],
    ['aW', 'ă'],
    ['ThuOwr', 'ThuỞ'],
    // The key typed to undo keeps its own case
    ['ASS', 'AS'],
    ['aSs', 'as'],
  ])('%s → %s', (keys, expected) => {
    expect(telex(keys)).toBe(expected);
  });
});

describe('Telex: words that cannot be Vietnamese are left as typed', () => {
  it.each([
    'Windows',
    'class',
    'cccd',
    'CCCD',
    'ubnd',
    'UBND',
    'tphcm',
    'gks',
    'dkkd',
    'BHYT',
    'email',
    'Google',
    'Facebook',
    'Microsoft',
    'hello',
    'John',
    'David',
    'Peter',
    'Anna',
    'Maria',
    'Sarah',
    'ring',
  ])('%s', (word) => {
    expect(telex(word)).toBe(word);
  });

  it('gives back the keys exactly as typed, not the half-transformed word', () => {
    // "W" → Ư and "Wi" → Ưi are possible Vietnamese; "n" makes it impossible.
    const steps: string[] = [];
    let state: Composition = EMPTY_COMPOSITION;
    for (const key of 'Windows') {
      state = applyKey(state, key, 'telex');
      steps.push(state.text);
    }
    expect(steps).toEqual(['Ư', 'Ưi', 'Win', 'Wind', 'Windo', 'Window', 'Windows']);
    expect(state.literal).toBe(true);
  });

  it('leaves an impossible tone alone: c, ch, p, t only take sắc or nặng', () => {
    expect(telex('hocf')).toBe('hocf');
    expect(telex('hocj')).toBe('học');
  });

  it('still turns English words that are also possible Vietnamese: that is what raw mode is for', () => {
    expect(telex('test')).toBe('tét');
    expect(telex('Lisa')).toBe('Lía');
    expect(typeKeys('test Lisa', 'raw')).toBe('test Lisa');
  });
});

describe('raw mode types every key as it is', () => {
  it.each(['Nguyeenx', 'Dd', 'ass', 'Smith', "O'Brien", 'Chao2', 'uow'])('%s', (keys) => {
    expect(typeKeys(keys, 'raw')).toBe(keys);
  });

  it('switching to raw in the middle of a word leaves the rest of that word alone', () => {
    let state = EMPTY_COMPOSITION;
    for (const key of 'Vieet') state = applyKey(state, key, 'telex');
    state = applyKey(state, 'j', 'raw');
    state = applyKey(state, 's', 'telex');
    expect(state.text).toBe('Viêtjs');
  });
});

describe('letters from the long-press picker', () => {
  const type = (keys: readonly string[]) =>
    keys.reduce<Composition>((s, key) => applyKey(s, key, 'telex'), EMPTY_COMPOSITION).text;

  it('keeps a tone the resident placed by hand, even in the old convention', () => {
    expect(type(['H', 'ò', 'a'])).toBe('Hòa');
    expect(type(['t', 'h', 'ủ', 'y'])).toBe('thủy');
  });

  it('keeps composing after a picked letter that has no tone', () => {
    expect(type(['Đ', ...'uwowngf'])).toBe('Đường');
    expect(type(['N', 'g', 'u', 'y', 'ê', 'n', 'x'])).toBe('Nguyễn');
  });
});
