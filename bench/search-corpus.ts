/**
 * Data for the `search` benchmark: 2,000 realistic Vietnamese procedure names built
 * deterministically (seeded PRNG) from the real names of the 37 procedures in
 * domain.md §2 and the bundled catalog's names, keywords and summaries, recombined
 * with the actions and qualifiers real procedure lists use ("Cấp lại …", "… có yếu
 * tố nước ngoài"); a fixed list of queries as residents type them, with the base
 * procedure each should find; and the keystroke replay of those queries.
 */
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import { mulberry32 } from './stats';
import type { SearchableProcedure } from '../renderer/features/catalog/search-procedures';

export interface CorpusDoc extends SearchableProcedure {
  id: string;
  /** The real procedure this name was derived from (domain.md §2 id). */
  base: string;
}

/** The 37 procedures of domain.md §2 (id, Vietnamese name, English name). */
const REAL_NAMES: readonly (readonly [string, string, string])[] = [
  ['HT-KS', 'Đăng ký khai sinh', 'Birth registration'],
  [
    'HT-KS-LT',
    'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
    'Joined-up birth registration',
  ],
  ['HT-KH', 'Đăng ký kết hôn', 'Marriage registration'],
  ['HT-KT', 'Đăng ký khai tử', 'Death registration'],
  [
    'HT-KT-LT',
    'Liên thông đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng phí',
    'Joined-up death registration',
  ],
  ['HT-XNTTHN', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'],
  ['HT-TL', 'Cấp bản sao trích lục hộ tịch', 'Copy of a civil-status extract'],
  [
    'HT-CC',
    'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    'Change or correction of civil-status information',
  ],
  ['HT-NCMC', 'Đăng ký nhận cha, mẹ, con', 'Acknowledgement of parent or child'],
  ['HT-KSNCMC', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'Birth registration with acknowledgement'],
  ['HT-GH', 'Đăng ký giám hộ', 'Guardianship registration'],
  ['HT-DLKS', 'Đăng ký lại khai sinh', 'Re-registration of birth'],
  ['CT-BS', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Certification of copies from originals'],
  ['CT-CK', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Certification of a signature'],
  ['CT-HD', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản', 'Certification of a contract'],
  ['CT-SG', 'Cấp bản sao từ sổ gốc', 'Copy from the original register'],
  ['CT-TT', 'Đăng ký thường trú', 'Permanent residence registration'],
  ['CT-TAMTRU', 'Đăng ký tạm trú', 'Temporary residence registration'],
  ['CT-GHTT', 'Gia hạn tạm trú', 'Extension of temporary residence'],
  ['CT-TAMVANG', 'Khai báo tạm vắng', 'Declaration of temporary absence'],
  ['CT-LUUTRU', 'Thông báo lưu trú', 'Notification of a guest stay'],
  ['CT-XOATT', 'Xóa đăng ký thường trú', 'Removal of permanent residence'],
  ['CT-TACHHO', 'Tách hộ', 'Splitting a household'],
  ['HKD-DK', 'Đăng ký thành lập hộ kinh doanh', 'Household business registration'],
  ['HKD-TD', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Change of household business details'],
  ['HKD-TN', 'Tạm ngừng kinh doanh của hộ kinh doanh', 'Suspension of a household business'],
  ['HKD-CD', 'Chấm dứt hoạt động hộ kinh doanh', 'Termination of a household business'],
  ['GD-CT-TH', 'Chuyển trường đối với học sinh tiểu học', 'Primary school transfer'],
  ['GD-CT-THCS', 'Chuyển trường đối với học sinh trung học cơ sở', 'Lower-secondary school transfer'],
  ['BTXH-TCXH', 'Thực hiện trợ cấp xã hội hằng tháng', 'Monthly social allowance'],
  ['BTXH-HTXH', 'Trợ cấp hưu trí xã hội', 'Social pension'],
  ['BTXH-KT', 'Xác định mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'Disability certificate'],
  ['BTXH-MT', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'Funeral-cost support'],
  ['NCC-MLS', 'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ', 'Martyr grave visit'],
  ['XD-GPXD', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Construction permit'],
  [
    'DD-GCN-LD',
    'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    'First land-use-rights certificate',
  ],
  ['DD-BD', 'Đăng ký biến động quyền sử dụng đất (sang tên)', 'Land change registration'],
];

/** Leading actions of real procedure names, longest first so 'Đăng ký lại' wins over 'Đăng ký'. */
const ACTIONS: readonly (readonly [string, string])[] = [
  ['Đăng ký thay đổi', 'Change registration of'],
  ['Đăng ký lại', 'Re-registration of'],
  ['Đăng ký', 'Registration of'],
  ['Cấp lại', 'Re-issue of'],
  ['Cấp đổi', 'Replacement of'],
  ['Cấp bản sao', 'Copy of'],
  ['Cấp', 'Issue of'],
  ['Gia hạn', 'Extension of'],
  ['Điều chỉnh', 'Adjustment of'],
  ['Thay đổi', 'Change of'],
  ['Xóa', 'Removal of'],
  ['Xác nhận', 'Confirmation of'],
  ['Chứng thực', 'Certification of'],
  ['Thông báo', 'Notification of'],
  ['Khai báo', 'Declaration of'],
  ['Hỗ trợ', 'Support for'],
  ['Tạm ngừng', 'Suspension of'],
  ['Chấm dứt', 'Termination of'],
  ['Thu hồi', 'Withdrawal of'],
  ['Đính chính', 'Rectification of'],
  ['Hủy', 'Cancellation of'],
  ['Thực hiện', 'Grant of'],
];

const QUALIFIERS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['có yếu tố nước ngoài', 'with a foreign element'],
  ['cho người Việt Nam định cư ở nước ngoài', 'for overseas Vietnamese'],
  ['trực tuyến', 'online'],
  ['lần đầu', 'first time'],
  ['trường hợp bị mất, hư hỏng', 'if lost or damaged'],
  ['đối với người chưa thành niên', 'for minors'],
  ['tại Ủy ban nhân dân cấp xã', "at the commune People's Committee"],
  ['quá hạn', 'late'],
  ['đúng hạn', 'on time'],
  ['cho hộ nghèo, hộ cận nghèo', 'for poor households'],
  ['ở khu vực biên giới', 'in a border area'],
  ['theo yêu cầu', 'on request'],
  ['cho người cao tuổi', 'for older people'],
  ['có ủy quyền', 'by proxy'],
  ['đối với công dân Việt Nam', 'for Vietnamese citizens'],
];

/**
 * Queries as residents type them, each with the real procedure it should find: some with
 * diacritics, some without, abbreviations, a typo, a mis-spelt 'ki'.
 */
export const SEARCH_QUERIES: readonly (readonly [query: string, base: string])[] = [
  ['khai sinh', 'HT-KS'],
  ['dang ky khai sinh', 'HT-KS'],
  ['Đăng ký kết hôn', 'HT-KH'],
  ['dang ki ket hon', 'HT-KH'],
  ['khia sinh', 'HT-KS'],
  ['tam tru', 'CT-TAMTRU'],
  ['gia han tam tru', 'CT-GHTT'],
  ['chung thuc ban sao', 'CT-BS'],
  ['chứng thực chữ ký', 'CT-CK'],
  ['hkd', 'HKD-DK'],
  ['dkkd', 'HKD-DK'],
  ['xac nhan tinh trang hon nhan', 'HT-XNTTHN'],
  ['giay phep xay dung', 'XD-GPXD'],
  ['so do', 'DD-GCN-LD'],
  ['sang ten', 'DD-BD'],
  ['tro cap xa hoi', 'BTXH-TCXH'],
  ['chuyen truong thcs', 'GD-CT-THCS'],
  ['khai tu', 'HT-KT'],
  ['tach ho', 'CT-TACHHO'],
  ['cap ban sao trich luc', 'HT-TL'],
  ['thong bao luu tru', 'CT-LUUTRU'],
  ['birth registration', 'HT-KS'],
  ['tạm vắng', 'CT-TAMVANG'],
  ['mo liet si', 'NCC-MLS'],
];

/** Every prefix of every query, as the search box holds it after each keystroke. */
export function keystrokes(queries: readonly string[] = SEARCH_QUERIES.map(([q]) => q)): string[] {
  return queries.flatMap((query) => [...query].map((_, i) => [...query].slice(0, i + 1).join('')));
}

/** Catalog ids in the bundled catalog differ in places from domain.md's (CT-TAM-VANG); same procedure. */
const normaliseId = (id: string) => id.replace(/-/g, '');

function splitAction(name: string): { action: number; object: string } {
  for (let i = 0; i < ACTIONS.length; i++) {
    const [action] = ACTIONS[i] as readonly [string, string];
    if (name.toLowerCase().startsWith(`${action.toLowerCase()} `)) {
      return { action: i, object: name.slice(action.length + 1) };
    }
  }
  return { action: -1, object: name.charAt(0).toLowerCase() + name.slice(1) };
}

/**
 * `count` distinct procedures (default 2,000): the real ones first, then recombinations of a
 * real object with another action and a qualifier, drawn with a seeded PRNG.
 */
export function generateCorpus(count = 2_000, seed = 0x5ea2c4): CorpusDoc[] {
  const catalogById = new Map(BUNDLED_CATALOG.procedures.map((p) => [normaliseId(p.id), p]));
  const bases = REAL_NAMES.map(([id, vi, en]) => {
    const real = catalogById.get(normaliseId(id));
    return {
      id,
      vi,
      en,
      keywords: real?.keywords ?? [],
      summary: real?.summary ?? { vi, en },
      ...splitAction(vi),
    };
  });
  const docs: CorpusDoc[] = [];
  const names = new Set<string>();
  const add = (base: (typeof bases)[number], vi: string, en: string) => {
    if (names.has(vi) || docs.length >= count) return;
    names.add(vi);
    docs.push({
      id: `DOC-${docs.length}`,
      base: base.id,
      name: { vi, en },
      keywords: base.keywords,
      summary: base.summary,
    });
  };
  for (const base of bases) add(base, base.vi, base.en);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (let guard = 0; docs.length < count; guard++) {
    if (guard > count * 100) throw new Error(`only ${docs.length} distinct names could be generated`);
    const base = pick(bases);
    // Half keep their own action, as real variants mostly do ("Đăng ký khai sinh có yếu tố nước ngoài").
    const actionIndex =
      base.action >= 0 && random() < 0.5 ? base.action : Math.floor(random() * ACTIONS.length);
    const [actionVi, actionEn] = ACTIONS[actionIndex] as readonly [string, string];
    const [qualifierVi, qualifierEn] = pick(QUALIFIERS);
    const vi = [actionVi, base.object, qualifierVi].filter(Boolean).join(' ');
    const en = [actionEn, base.en.toLowerCase(), qualifierEn].filter(Boolean).join(' ');
    add(base, vi, en);
  }
  return docs;
}
