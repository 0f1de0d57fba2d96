import { describe, expect, it } from 'vitest';
import { typeKeys } from '../../../shared/text/vietnamese-input';
import { toTelexKeys } from './to-telex-keys';

const NAMES_AND_ADDRESSES = [
  'Nguyễn Văn An',
  'Trần Thị Bích Ngọc',
  'Lê Hoàng Long',
  'Phạm Minh Tuấn',
  'Hoàng Thị Thuỷ',
  'Huỳnh Đức Thắng',
  'Phan Thanh Hương',
  'Vũ Quốc Khánh',
  'Võ Thị Mỹ Duyên',
  'Đặng Thu Trang',
  'Bùi Xuân Trường',
  'Đỗ Ngọc Ánh',
  'Hồ Sỹ Quyết',
  'Ngô Bảo Châu',
  'Dương Thị Hoà',
  'Lý Thường Kiệt',
  'Đinh Tiên Hoàng',
  'Trịnh Công Sơn',
  'Mai Phương Thuý',
  'Lương Thế Vinh',
  'Nguyễn Thị Khoẻ',
  'Tạ Quang Bửu',
  'Châu Ngọc Diễm',
  'Kiều Minh Tuấn',
  'Lã Vọng',
  'Ông Ích Khiêm',
  'Ưng Hoàng Phúc',
  'Giáp Văn Cương',
  'Quách Tĩnh',
  'Khuất Duy Tiến',
  'NGUYỄN THỊ HUYỀN',
  'ĐƯỜNG LÁNG',
  'Số 12 ngõ 34 phố Huế',
  'Phường Hoàn Kiếm, Hà Nội',
  'Phường Ba Đình',
  'Phường Đống Đa',
  'Xã Sóc Sơn',
  'Phường Cầu Giấy',
  'Phường Hai Bà Trưng',
  'Xã Thường Tín',
  'Phường Thanh Xuân',
  'Phường Long Biên',
  'Xã Quốc Oai',
  'Xã Ứng Hoà',
  'Xã Mê Linh',
  'Phường Tây Hồ',
  'Phố Nguyễn Khuyến',
  '15/7 đường Giải Phóng',
  'Toà nhà A-2, tầng 18',
  'Chung cư Khương Đình',
  'Ngõ 105 Xuân Thuỷ',
  'John Smith',
  'Hòa',
];

describe('toTelexKeys', () => {
  it.each(NAMES_AND_ADDRESSES)('types %s back exactly', (text) => {
    expect(typeKeys(toTelexKeys(text), 'telex')).toBe(text);
  });

  it('spells the way Telex users type', () => {
    expect(toTelexKeys('Nguyễn')).toBe('Nguyeenx');
    expect(toTelexKeys('Đường')).toBe('Dduwowngf');
    expect(toTelexKeys('Số 12, phố Huế')).toBe('Soos 12, phoos Huees');
    expect(toTelexKeys('ĐẶNG')).toBe('DdAwNGj');
  });

  it('keeps an old-style tone as a picked letter, and reads decomposed input', () => {
    expect(toTelexKeys('Hòa')).toBe('Hòa');
    expect(toTelexKeys('Nguyễn'.normalize('NFD'))).toBe('Nguyeenx');
  });

  it('refuses a word Telex would change, so the caller types it raw', () => {
    expect(() => toTelexKeys('Haas')).toThrow(/raw/);
  });
});
