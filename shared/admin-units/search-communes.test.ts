import { describe, expect, it } from 'vitest';
import { searchCommunes, type CommuneMatch } from './search-communes';

const names = (matches: CommuneMatch[]) => matches.map((match) => match.unit.name);
const summary = (matches: CommuneMatch[]) =>
  matches.map((match) =>
    match.reason === 'name' ? `${match.unit.name}` : `${match.unit.name} <${match.district}>`,
  );

describe('searchCommunes', () => {
  it.each([
    'phuong cau giay',
    'Phường Cầu Giấy',
    'Cầu Giấy',
    'CAU GIAY',
    'cầu giấy',
    'p. cau giay',
    '  Cau-Giay ',
  ])('finds Phường Cầu Giấy first for %j, whatever the diacritics, case and punctuation', (query) => {
    expect(searchCommunes(query, 5)[0]).toEqual({
      unit: { code: '00166', type: 'phuong', name: 'Phường Cầu Giấy' },
      reason: 'name',
    });
  });

  it('treats composed and decomposed input, and Hòa / Hoà, alike', () => {
    const nfd = 'Yên Hoà'.normalize('NFD');
    expect(names(searchCommunes(nfd, 1))).toEqual(['Phường Yên Hòa']);
    expect(names(searchCommunes('yen hoa', 1))).toEqual(['Phường Yên Hòa']);
  });

  it('returns nothing for an empty or punctuation-only query, or a limit below 1', () => {
    expect(searchCommunes('', 10)).toEqual([]);
    expect(searchCommunes('  -.,  ', 10)).toEqual([]);
    expect(searchCommunes('Cầu Giấy', 0)).toEqual([]);
    expect(searchCommunes('Cầu Giấy', Number.NaN)).toEqual([]);
  });

  it('returns nothing for a name that matches no unit and no old district', () => {
    expect(searchCommunes('Sài Gòn', 10)).toEqual([]);
  });

  it('ranks exact matches, then name prefixes, then word prefixes inside the name', () => {
    // 'dong' begins Đông Anh, Đống Đa, Đông Ngạc; it only begins a later word of Hà Đông, Phù Đổng, Sơn Đồng.
    expect(names(searchCommunes('dong', 6))).toEqual([
      'Xã Đông Anh',
      'Phường Đống Đa',
      'Phường Đông Ngạc',
      'Phường Hà Đông',
      'Xã Phù Đổng',
      'Xã Sơn Đồng',
    ]);
    expect(names(searchCommunes('thanh', 6))).toEqual([
      'Phường Thanh Liệt',
      'Xã Thanh Oai',
      'Xã Thanh Trì',
      'Phường Thanh Xuân',
      'Xã Đại Thanh',
      'Xã Vĩnh Thanh',
    ]);
    // An exact name beats units that merely contain the words.
    expect(names(searchCommunes('Ba Vì', 3))).toEqual(['Xã Ba Vì']);
    expect(names(searchCommunes('ba', 2))).toEqual(['Phường Ba Đình', 'Xã Ba Vì']);
  });

  it('matches word prefixes in order: "quoc tu" finds Văn Miếu - Quốc Tử Giám', () => {
    expect(names(searchCommunes('quoc tu', 5))).toEqual(['Phường Văn Miếu - Quốc Tử Giám']);
    expect(searchCommunes('giam quoc', 5)).toEqual([]);
  });

  it('cuts the list at the limit', () => {
    expect(searchCommunes('phuong', 7)).toHaveLength(7);
    expect(searchCommunes('phuong', 7.9)).toHaveLength(7);
    expect(searchCommunes('xa', 200).filter((match) => match.reason === 'name')).toHaveLength(75);
  });

  it('suggests the units that took over an old district, after the unit of the same name, flagged as hints', () => {
    expect(summary(searchCommunes('Hoàn Kiếm', 10))).toEqual([
      'Phường Hoàn Kiếm',
      'Phường Cửa Nam <Quận Hoàn Kiếm>',
      'Phường Ba Đình <Quận Hoàn Kiếm>',
      'Phường Văn Miếu - Quốc Tử Giám <Quận Hoàn Kiếm>',
      'Phường Hồng Hà <Quận Hoàn Kiếm>',
    ]);
    const dongDa = searchCommunes('dong da', 10);
    expect(dongDa[0]).toMatchObject({ reason: 'name', unit: { name: 'Phường Đống Đa' } });
    expect(dongDa.slice(1).every((match) => match.reason === 'legacy-district')).toBe(true);
    expect(names(dongDa.slice(1))).toContain('Phường Kim Liên');
  });

  it('never turns "quận Cầu Giấy" into the new Phường Cầu Giấy: every result is a hint to choose from', () => {
    const results = searchCommunes('Quận Cầu Giấy', 20);
    expect(results).toHaveLength(9);
    expect(
      results.every((match) => match.reason === 'legacy-district' && match.district === 'Quận Cầu Giấy'),
    ).toBe(true);
    expect(names(results)).toContain('Phường Cầu Giấy');
    expect(names(searchCommunes('q. cau giay', 20))).toEqual(names(results));
  });

  it('lists a unit once, with the old district that matched first', () => {
    // Phường Từ Liêm is a name match; Bắc and Nam Từ Liêm share several units.
    const results = searchCommunes('Từ Liêm', 50);
    expect(results[0]).toMatchObject({ reason: 'name', unit: { name: 'Phường Từ Liêm' } });
    const codes = results.map((match) => match.unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(results.find((match) => match.unit.name === 'Phường Xuân Phương')).toMatchObject({
      reason: 'legacy-district',
      district: 'Quận Bắc Từ Liêm',
    });
  });

  it('finds Phường Ba Đình by name (domain.md §3.2 has no mapping for the old Quận Ba Đình)', () => {
    expect(searchCommunes('Ba Đình', 5)[0]).toMatchObject({ reason: 'name', unit: { code: '00004' } });
  });
});
