import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import {
  ABBREVIATIONS,
  createProcedureSearch,
  queryTerms,
  searchProcedures,
  searchWords,
  type SearchableProcedure,
} from './search-procedures';

type Fixture = SearchableProcedure & { id: string };

function fixture(id: string, vi: string, keywords: string[] = [], summary = 'Thủ tục hành chính'): Fixture {
  return { id, name: { vi, en: id }, keywords, summary: { vi: summary, en: 'A procedure' } };
}

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('searchProcedures on the bundled catalog', () => {
  const procedures = BUNDLED_CATALOG.procedures;
  const present = new Set(procedures.map((p) => p.id));

  // The resident's query, and the procedure it must bring into the first three results
  // (checked when that procedure is in the catalog; the catalog grows towards 37).
  const cases: [query: string, id: string][] = [
    ['khai sinh', 'HT-KS'],
    ['khai sin', 'HT-KS'],
    ['Đăng ký khai sinh', 'HT-KS'],
    ['dang ky khai sinh', 'HT-KS'],
    ['dang ki khai sinh', 'HT-KS'],
    ['khia sinh', 'HT-KS'],
    ['DANG KY KHAI SINH', 'HT-KS'],
    ['gks', 'HT-KS'],
    ['ks', 'HT-KS'],
    ['dkks', 'HT-KS'],
    ['birth registration', 'HT-KS'],
    ['dang ky ket hon', 'HT-KH'],
    ['dang ky ket ho', 'HT-KH'],
    ['đăng kí kết hôn', 'HT-KH'],
    ['kt', 'HT-KT'],
    ['khai tu', 'HT-KT'],
    ['lam lai giay khai sinh', 'HT-DLKS'],
    ['giay doc than', 'HT-XNTTHN'],
    ['tam tru', 'CT-TAMTRU'],
    ['tạm trú', 'CT-TAMTRU'],
    ['gia han tam tru', 'CT-GHTT'],
    ['thuong tru', 'CT-TT'],
    ['tt', 'CT-TT'],
    ['tam vang', 'CT-TAM-VANG'],
    ['tach ho', 'CT-TACHHO'],
    ['hkd', 'HKD-DK'],
    ['dkkd', 'HKD-DK'],
    ['đkkd', 'HKD-DK'],
    ['cccd', 'CT-BS'],
    ['chứng thực', 'CT-BS'],
    ['chung thuc ban sao', 'CT-BS'],
    ['chung thuc chu ky', 'CT-CK'],
    ['chuyen truong', 'GD-CT-TH'],
    ['so do', 'DD-GCN-LD'],
    ['sang ten so do', 'DD-BD'],
    ['giay phep xay dung', 'XD-GPXD'],
  ];

  it.each(cases)('%s → %s in the top 3 (when the catalog has it)', (query, id) => {
    const results = ids(searchProcedures(procedures, query));
    if (present.has(id)) expect(results.slice(0, 3)).toContain(id);
    // Whatever the catalog holds, the results are catalog procedures, each once.
    expect(new Set(results).size).toBe(results.length);
    for (const result of results) expect(present.has(result)).toBe(true);
  });

  it('puts birth registration first for the words on its name', () => {
    for (const query of ['khai sinh', 'Đăng ký khai sinh', 'dang ky khai sin'])
      expect(searchProcedures(procedures, query)[0]?.id).toBe('HT-KS');
  });

  it('finds nothing for an empty query or words the catalog lacks', () => {
    expect(searchProcedures(procedures, '')).toEqual([]);
    expect(searchProcedures(procedures, '   ')).toEqual([]);
    expect(searchProcedures(procedures, '!?.')).toEqual([]);
    expect(searchProcedures(procedures, 'qwxzqwxz')).toEqual([]);
  });

  it('returns the catalog objects themselves', () => {
    const [first] = searchProcedures(procedures, 'khai sinh');
    expect(procedures).toContain(first);
  });
});

describe('matching rules', () => {
  const birth = fixture('KS', 'Đăng ký khai sinh', ['giấy khai sinh', 'em bé']);
  const marriage = fixture('KH', 'Đăng ký kết hôn', ['cưới']);
  const business = fixture('HKD', 'Đăng ký thành lập hộ kinh doanh', ['mở cửa hàng']);
  const residence = fixture('TT', 'Đăng ký thường trú', ['nhập hộ khẩu']);
  const copy = fixture('CT', 'Chứng thực bản sao', [], 'Sao y giấy tờ như căn cước, bằng cấp');
  const catalog = [birth, marriage, business, residence, copy];
  const search = (query: string) => ids(searchProcedures(catalog, query));

  it('ignores diacritics, đ and case, in both the query and the catalog', () => {
    expect(search('DANG KY KET HON')).toEqual(['KH']);
    expect(search('Đăng Ký Kết Hôn')).toEqual(['KH']);
    // Decomposed input (NFD) as some keyboards and pasted text produce it.
    expect(search('Đăng ký kết hôn'.normalize('NFD'))).toEqual(['KH']);
  });

  it("spells 'ky' and 'ki' alike", () => {
    expect(search('dang ki ket hon')).toEqual(['KH']);
    expect(searchWords('Đăng kí, lý lịch')).toEqual(['dang', 'ki', 'li', 'lich']);
  });

  it('matches the last word as a prefix while it is being typed, and only the last', () => {
    expect(search('ket h')).toEqual(['KH']);
    expect(search('kh')).toEqual(expect.arrayContaining(['KS', 'KH']));
    expect(search('ke')).toContain('KH');
    // A space ends the word: from then on it must match whole, like every word before the last.
    expect(queryTerms('dang ke').lastIsPrefix).toBe(true);
    expect(queryTerms('dang ke ').lastIsPrefix).toBe(false);
    expect(search('ke ')).toEqual([]);
  });

  it('forgives one typo in words of four letters or more, not in shorter ones', () => {
    expect(search('khia sinh')).toEqual(['KS']); // swapped letters
    expect(search('khai sjnh')).toEqual(['KS']); // substitution
    expect(search('khai sinhh')).toEqual(['KS']); // insertion
    expect(search('thuog tru')).toEqual(['TT']); // deletion
    expect(search('sihn ')).toEqual(['KS']);
    expect(search('hom ')).toEqual([]); // 'hom' is short: it cannot stand for 'hon'
  });

  it('understands abbreviations both ways', () => {
    expect(search('hkd')).toEqual(['HKD']);
    expect(search('gks')).toEqual(['KS']);
    expect(search('tt')).toEqual(['TT']);
    expect(search('cccd')).toEqual(['CT']);
    expect(search('dkkh')).toEqual(['KH']); // initials of the name
    const withAbbreviation = fixture('X', 'Cấp thẻ BHYT cho trẻ em');
    expect(ids(searchProcedures([withAbbreviation, birth], 'bao hiem y te'))).toEqual(['X']);
    for (const [abbreviation, phrases] of Object.entries(ABBREVIATIONS)) {
      expect(searchWords(abbreviation)).toEqual([abbreviation]);
      expect(phrases.length).toBeGreaterThan(0);
    }
  });

  it('ranks name matches above keyword and summary matches', () => {
    const inName = fixture('NAME', 'Cấp giấy phép xây dựng');
    const inKeywords = fixture('KEYWORD', 'Đăng ký đất đai', ['xây dựng']);
    const inSummary = fixture('SUMMARY', 'Chuyển trường', [], 'Khi gia đình xây dựng nhà mới');
    expect(ids(searchProcedures([inSummary, inKeywords, inName], 'xay dung'))).toEqual([
      'NAME',
      'KEYWORD',
      'SUMMARY',
    ]);
  });

  it('ranks an exact word above a prefix, and a prefix above a typo', () => {
    const words = [fixture('TYPO', 'Xinh'), fixture('PREFIX', 'Sinhs'), fixture('EXACT', 'Sinh')];
    expect(ids(searchProcedures(words, 'sinh'))).toEqual(['EXACT', 'PREFIX', 'TYPO']);
  });

  it('prefers the shorter name when the words match equally', () => {
    const long = fixture('LONG', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con');
    expect(ids(searchProcedures([long, birth], 'khai sinh'))).toEqual(['KS', 'LONG']);
  });

  it('lets filler words and one unknown word through', () => {
    expect(search('thu tuc dang ky ket hon')).toEqual(['KH']);
    expect(search('toi muon dang ky ket hon')).toEqual(['KH']);
    expect(search('dang ky ket hon nhanh')).toEqual(['KH']); // 'nhanh' matches nothing: all but one
  });

  it('keeps one index per procedures array', () => {
    const search1 = createProcedureSearch(catalog);
    expect(ids(search1('ket hon'))).toEqual(['KH']);
    expect(ids(searchProcedures([...catalog], 'ket hon'))).toEqual(['KH']);
  });
});
