import { describe, expect, it } from 'vitest';
import {
  fieldFromValue,
  fieldText,
  pressKey,
  type KeyboardField,
} from '../../../shared/text/vietnamese-input';
import { ACCENT_KEYS, applyAccent, type AccentId } from './accent-keys';

function accent(field: KeyboardField, id: AccentId): KeyboardField | null {
  const key = ACCENT_KEYS.find((k) => k.id === id);
  if (!key) throw new Error(id);
  return applyAccent(field, key);
}

describe('applyAccent', () => {
  it('puts tones and marks where the engine places them, in any order', () => {
    const marked = accent(fieldFromValue('Nguyen'), 'circumflex');
    expect(marked && fieldText(marked)).toBe('Nguyên');
    const toned = marked && accent(marked, 'nga');
    expect(toned && fieldText(toned)).toBe('Nguyễn');
    const duong = accent(fieldFromValue('Số 5 Duong'), 'horn');
    const stroked = duong && accent(duong, 'stroke');
    expect(stroked && fieldText(stroked)).toBe('Số 5 Đương');
    const hoa = accent(fieldFromValue('Hoa'), 'huyen');
    expect(hoa && fieldText(hoa)).toBe('Hoà');
    const plain = hoa && accent(hoa, 'ngang');
    expect(plain && fieldText(plain)).toBe('Hoa');
  });

  it('refuses what cannot take the accent', () => {
    expect(accent(fieldFromValue(''), 'sac')).toBeNull();
    expect(accent(fieldFromValue('Hà '), 'sac')).toBeNull(); // no word in progress
    expect(accent(fieldFromValue('Hà'), 'huyen')).toBeNull(); // already there
    expect(accent(fieldFromValue('Hoa'), 'ngang')).toBeNull(); // no tone to remove
    expect(accent(fieldFromValue('Bích'), 'breve')).toBeNull();
    expect(accent(fieldFromValue('Smith'), 'sac')).toBeNull(); // left alone by the engine
  });

  it('does not remember the accent as a typed digit', () => {
    const field = accent(fieldFromValue('Ha'), 'sac');
    expect(field && fieldText(field)).toBe('Há');
    // "Hák" is not Vietnamese, so the engine gives back what was typed: the letters, not "Ha1k".
    const typed = field && pressKey(field, 'k', 'telex');
    expect(typed && fieldText(typed)).toBe('Hák');
  });
});
