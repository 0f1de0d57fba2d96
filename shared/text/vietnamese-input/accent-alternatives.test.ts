import { describe, expect, it } from 'vitest';
import { accentAlternatives } from './accent-alternatives';

describe('accentAlternatives (long-press picker)', () => {
  it.each([
    ['a', 'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ'],
    ['A', 'A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ'],
    ['e', 'e è é ẻ ẽ ẹ ê ề ế ể ễ ệ'],
    ['E', 'E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ'],
    ['i', 'i ì í ỉ ĩ ị'],
    ['I', 'I Ì Í Ỉ Ĩ Ị'],
    ['o', 'o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ'],
    ['O', 'O Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ'],
    ['u', 'u ù ú ủ ũ ụ ư ừ ứ ử ữ ự'],
    ['U', 'U Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự'],
    ['y', 'y ỳ ý ỷ ỹ ỵ'],
    ['Y', 'Y Ỳ Ý Ỷ Ỹ Ỵ'],
    ['d', 'd đ'],
    ['D', 'D Đ'],
  ])('%s → %s', (key, expected) => {
    expect(accentAlternatives(key).join(' ')).toBe(expected);
  });

  it.each(['b', 'n', 'Z', '1', ' ', 'ă'])('offers nothing for %j', (key) => {
    expect(accentAlternatives(key)).toEqual([]);
  });

  it('offers only single NFC characters', () => {
    for (const key of 'aeiouydAEIOUYD') {
      for (const letter of accentAlternatives(key)) {
        expect([...letter]).toHaveLength(1);
        expect(letter).toBe(letter.normalize('NFC'));
      }
    }
  });
});
