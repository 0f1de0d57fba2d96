import { describe, expect, it } from 'vitest';
import { typeKeys } from './keyboard-field';

describe('VNI: digits 1–5 tones, 0 removes, 6 circumflex, 7 horn, 8 breve, 9 đ', () => {
  it.each([
    ['Chao2 Vie6t5 Nam', 'Chào Việt Nam'],
    ['Nguye6n4', 'Nguyễn'],
    ['D9u7o7ng2', 'Đường'],
    ['D9uong72', 'Đường'],
    ['D9U7O7NG2', 'ĐƯỜNG'],
    ['nuoc71', 'nước'],
    ['nu7o7c1', 'nước'],
    ['tie6ng1', 'tiếng'],
    ['tie1ng6', 'tiếng'],
    ['nguoi72', 'người'],
    ['khuyu3', 'khuỷu'],
    ['quo6c1', 'quốc'],
    ['gi2', 'gì'],
    ['giu74', 'giữ'],
    ['thuo73', 'thuở'],
    ['Hoa2', 'Hoà'],
    ['thuy3', 'thuỷ'],
    ['khoe3', 'khoẻ'],
    ['Ha2 No6i5', 'Hà Nội'],
    ['D9a8ng5', 'Đặng'],
    ['Tra6n2', 'Trần'],
    ['Hoa2n Kie6m1', 'Hoàn Kiếm'],
    ['d9a8ng ky1 khai sinh', 'đăng ký khai sinh'],
    ['ca8n cu7o7c1', 'căn cước'],
    ['hoa8c5', 'hoặc'],
    ['to6i', 'tôi'],
    ['Quy2nh', 'Quỳnh'],
    ['a1', 'á'],
    ['a61', 'ấ'],
    ['a16', 'ấ'],
    ['u72', 'ừ'],
    ['uo7', 'uơ'],
    ['uo7n', 'ươn'],
    // Doubling a digit takes its effect off and types the digit
    ['a11', 'a1'],
    ['a66', 'a6'],
    ['o77', 'o7'],
    ['a88', 'a8'],
    ['d99', 'd9'],
    ['a10', 'a'],
    // Numbers are left alone; a digit with nothing to act on is just a digit
    ['2024', '2024'],
    ['a1 2024', 'á 2024'],
    ['so61 12', 'số 12'],
    ['b9', 'b9'],
  ])('%s → %s', (keys, expected) => {
    expect(typeKeys(keys, 'vni')).toBe(expected);
  });

  it('types Telex letters as plain letters', () => {
    expect(typeKeys('Nguyeenx', 'vni')).toBe('Nguyeenx');
    expect(typeKeys('Windows', 'vni')).toBe('Windows');
  });
});
