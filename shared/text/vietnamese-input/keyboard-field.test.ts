import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyKey, backspace, commit, EMPTY_COMPOSITION, resumeComposition } from './composition';
import {
  commitField,
  EMPTY_FIELD,
  fieldFromValue,
  fieldText,
  pressBackspace,
  pressKey,
  typeKeys,
  type KeyboardField,
} from './keyboard-field';

describe('backspace deletes the last character shown', () => {
  it.each([
    ['tieengs\b', 'tiến'],
    ['tieengs\bg', 'tiếng'],
    ['tieengs\b\b', 'tiế'],
    ['hoaf\b', 'ho'],
    ['hoanf\b', 'hoà'],
    ['nguwowif\b', 'ngườ'],
    ['Dduwowngf\b\b\b\b', 'Đ'],
    ['Dduwowngf\b\b\b\b\b', ''],
    ['\b', ''],
    ['a\b\b\b', ''],
    // A word left alone stays alone while it still cannot be Vietnamese
    ['Win\b', 'Wi'],
    ['class\b\b', 'cla'],
    // … and composes again once it can: "ass" → as; backspace → a; s → á
    ['ass\b', 'a'],
    ['ass\bs', 'á'],
    // Backspace at the start of a word steps back into the previous word, which can then be edited
    ['Nguyeenx \b', 'Nguyễn'],
    ['Nguyeenx \bz', 'Nguyên'],
    ['Haf Nooij\b\b\bNooij', 'Hà Nội'],
  ])('%j → %s', (keys, expected) => {
    expect(typeKeys(keys, 'telex')).toBe(expected);
  });

  it('works the same in VNI', () => {
    expect(typeKeys('Vie6t5\b', 'vni')).toBe('Việ');
    expect(typeKeys('Vie6t5\bt', 'vni')).toBe('Việt');
  });

  it('backspace on an empty composition stays empty', () => {
    expect(backspace(EMPTY_COMPOSITION)).toEqual(EMPTY_COMPOSITION);
  });
});

describe('resumeComposition continues an existing word', () => {
  it('composes on from a word the engine would have written', () => {
    const state = resumeComposition('Hoà');
    expect(state.literal).toBe(false);
    expect(applyKey(state, 'n', 'telex').text).toBe('Hoàn');
  });

  it('leaves alone a word written another way (old tone style, foreign name)', () => {
    expect(resumeComposition('Hòa').literal).toBe(true);
    expect(applyKey(resumeComposition('Hòa'), 'n', 'telex').text).toBe('Hòan');
    expect(resumeComposition('Smith').literal).toBe(true);
  });

  it('accepts decomposed (NFD) text and keeps it NFC', () => {
    const state = resumeComposition('Nguye\u0302\u0303n');
    expect(state.text).toBe('Nguyễn');
    expect(state.literal).toBe(false);
  });
});

describe('the keyboard field', () => {
  const press = (field: KeyboardField, keys: string) =>
    [...keys].reduce((f, key) => (key === '\b' ? pressBackspace(f) : pressKey(f, key, 'telex')), field);

  it('shows the finished words and the word being typed', () => {
    const field = press(EMPTY_FIELD, 'Haf Nooi');
    expect(field.before).toBe('Hà ');
    expect(field.word.text).toBe('Nôi');
    expect(fieldText(field)).toBe('Hà Nôi');
    expect(commitField(press(field, 'j'))).toBe('Hà Nội');
  });

  it('finishes a word on punctuation and digits (Telex)', () => {
    expect(typeKeys('Soos 12, ngox 3/4', 'telex')).toBe('Số 12, ngõ 3/4');
  });

  it('continues the last word of a field that already has text', () => {
    const field = fieldFromValue('Phường Hoàn Kiê');
    expect(field.before).toBe('Phường Hoàn ');
    expect(commitField(press(field, 'ms'))).toBe('Phường Hoàn Kiếm');
  });

  it('backspace across a space resumes the previous word', () => {
    const field = press(fieldFromValue('Nguyễn '), '\b');
    expect(field.before).toBe('');
    expect(field.word.text).toBe('Nguyễn');
  });
});

describe('output is NFC', () => {
  it.each(['Nguyeenx', 'Dduwowngf', 'nguwowif', 'khuyur', 'Vieetj Nam', 'hoaf', 'thuyr'])('%s', (keys) => {
    const text = typeKeys(keys, 'telex');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toBe(text.normalize('NFD'));
  });

  it('commit() and commitField() normalise whatever they were given', () => {
    const nfd = 'Nguye\u0302\u0303n';
    expect(commit({ text: nfd, keys: nfd, literal: true })).toBe('Nguyễn');
    expect(commitField({ before: `${nfd} `, word: EMPTY_COMPOSITION })).toBe('Nguyễn ');
    expect(typeKeys(nfd, 'raw')).toBe('Nguyễn');
  });

  it('the exact code points of a composed word', () => {
    expect([...typeKeys('Nguyeenx', 'telex')].map((c) => c.codePointAt(0))).toEqual([
      0x4e, 0x67, 0x75, 0x79, 0x1ec5, 0x6e,
    ]);
  });
});

describe('any keys at all', () => {
  const keys = fc
    .array(fc.constantFrom(...'aAbdDeEgiouUwWyYsfrxjz0123456789 .\bđĐưàá\u0302'), { maxLength: 24 })
    .map((chars) => chars.join(''));

  it('never throw, and always give NFC text', () => {
    fc.assert(
      fc.property(keys, fc.constantFrom('telex', 'vni', 'raw'), (typed, method) => {
        const text = typeKeys(typed, method);
        expect(text).toBe(text.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  it('raw mode gives back exactly what was typed (NFC), backspaces aside', () => {
    fc.assert(
      fc.property(keys, (typed) => {
        const withoutBackspace = typed.replaceAll('\b', '');
        expect(typeKeys(withoutBackspace, 'raw')).toBe(withoutBackspace.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});
