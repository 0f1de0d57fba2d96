import { describe, expect, it } from 'vitest';
import { communeBaseName, communeEnglishName } from './hanoi-commune';
import { HANOI_COMMUNES } from './hanoi-communes';
import { findCommuneByCode } from './find-commune-by-code';
import { LEGACY_DISTRICTS } from './legacy-districts';

describe('HANOI_COMMUNES', () => {
  it('has the 126 units of Resolution 1656: 51 phường and 75 xã', () => {
    expect(HANOI_COMMUNES).toHaveLength(126);
    expect(HANOI_COMMUNES.filter((unit) => unit.type === 'phuong')).toHaveLength(51);
    expect(HANOI_COMMUNES.filter((unit) => unit.type === 'xa')).toHaveLength(75);
  });

  it('has unique 5-digit codes and unique names', () => {
    expect(new Set(HANOI_COMMUNES.map((unit) => unit.code)).size).toBe(126);
    expect(new Set(HANOI_COMMUNES.map((unit) => unit.name)).size).toBe(126);
    for (const unit of HANOI_COMMUNES) expect(unit.code).toMatch(/^[0-9]{5}$/);
  });

  it('names each unit with the prefix of its type, in NFC', () => {
    for (const unit of HANOI_COMMUNES) {
      expect(unit.name.startsWith(unit.type === 'phuong' ? 'Phường ' : 'Xã ')).toBe(true);
      expect(unit.name.normalize('NFC')).toBe(unit.name);
    }
  });

  it('matches Appendix A (Công văn 1027/CTK-CSCL) at spot checks, in annex order', () => {
    expect(HANOI_COMMUNES[0]).toEqual({ code: '00070', type: 'phuong', name: 'Phường Hoàn Kiếm' });
    expect(HANOI_COMMUNES[10]).toEqual({
      code: '00226',
      type: 'phuong',
      name: 'Phường Văn Miếu - Quốc Tử Giám',
    });
    expect(HANOI_COMMUNES[47]).toEqual({ code: '00640', type: 'xa', name: 'Xã Thanh Trì' });
    expect(HANOI_COMMUNES[125]).toEqual({ code: '00382', type: 'xa', name: 'Xã Kim Anh' });
    // The gotchas of §3.1: codes reused from old units with other names.
    expect(findCommuneByCode('00004')?.name).toBe('Phường Ba Đình');
    expect(findCommuneByCode('00008')?.name).toBe('Phường Ngọc Hà');
    // The one 04xxx code, verbatim from the annex, and a ward code in the 10xxx range, among the xã.
    expect(findCommuneByCode('04930')).toEqual({ code: '04930', type: 'xa', name: 'Xã Yên Xuân' });
    expect(findCommuneByCode('10015')).toEqual({ code: '10015', type: 'phuong', name: 'Phường Chương Mỹ' });
    expect(findCommuneByCode('00000')).toBeUndefined();
  });
});

describe('names', () => {
  it.each([
    ['00070', 'Hoàn Kiếm', 'Hoan Kiem Ward'],
    ['00454', 'Đông Anh', 'Dong Anh Commune'],
    ['00190', 'Ô Chợ Dừa', 'O Cho Dua Ward'],
    ['10402', 'Ứng Hòa', 'Ung Hoa Commune'],
    ['00226', 'Văn Miếu - Quốc Tử Giám', 'Van Mieu - Quoc Tu Giam Ward'],
  ])('%s: base name %s, English name %s', (code, base, english) => {
    const unit = findCommuneByCode(code);
    if (!unit) throw new Error(code);
    expect(communeBaseName(unit)).toBe(base);
    expect(communeEnglishName(unit)).toBe(english);
  });

  it('gives every unit a printable-ASCII English name', () => {
    for (const unit of HANOI_COMMUNES) expect(communeEnglishName(unit)).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('LEGACY_DISTRICTS', () => {
  it('points only at current units, each once per district', () => {
    for (const district of LEGACY_DISTRICTS) {
      expect(new Set(district.unitCodes).size).toBe(district.unitCodes.length);
      for (const code of district.unitCodes)
        expect(findCommuneByCode(code), `${district.name} ${code}`).toBeDefined();
    }
  });

  it('matches §3.2 at spot checks', () => {
    const names = (district: string) =>
      LEGACY_DISTRICTS.find((entry) => entry.name === district)?.unitCodes.map(
        (code) => findCommuneByCode(code)?.name,
      );
    expect(names('Quận Hoàn Kiếm')).toEqual([
      'Phường Hoàn Kiếm',
      'Phường Cửa Nam',
      'Phường Ba Đình',
      'Phường Văn Miếu - Quốc Tử Giám',
      'Phường Hồng Hà',
    ]);
    expect(names('Huyện Đông Anh')).toEqual([
      'Xã Thư Lâm',
      'Xã Đông Anh',
      'Xã Phúc Thịnh',
      'Xã Thiên Lộc',
      'Xã Vĩnh Thanh',
      'Xã Mê Linh',
    ]);
    expect(LEGACY_DISTRICTS).toHaveLength(10);
  });
});
