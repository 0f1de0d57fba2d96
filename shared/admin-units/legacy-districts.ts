/**
 * Old districts (quận/huyện, abolished 1 July 2025) → the new units that took over part of their area,
 * from shared/docs/domain.md §3.2. That table is a third-party, LLM-assisted mapping with partial-area
 * overlaps ("verify"), and it covers only the districts the brief named. So it feeds suggestions only:
 * the resident always picks the new unit (§3.1: old→new is 1:N; never auto-convert).
 */
export interface LegacyDistrict {
  /** As written in §3.2, with its type: 'Quận Cầu Giấy', 'Huyện Đông Anh'. */
  name: string;
  /** Codes of HANOI_COMMUNES, in the order §3.2 lists them. */
  unitCodes: readonly string[];
}

export const LEGACY_DISTRICTS: readonly LegacyDistrict[] = [
  { name: 'Quận Long Biên', unitCodes: ['00097', '00145', '00118', '00127', '00136', '00565', '00577'] },
  {
    name: 'Quận Cầu Giấy',
    unitCodes: ['00008', '00367', '00166', '00160', '00175', '00103', '00619', '00592', '00637'],
  },
  {
    name: 'Quận Bắc Từ Liêm',
    unitCodes: ['00160', '00091', '00613', '00619', '00611', '00602', '00598', '00622', '09832', '09817'],
  },
  {
    name: 'Quận Nam Từ Liêm',
    unitCodes: ['00367', '00166', '00175', '00592', '00622', '00634', '00637', '09556', '09886'],
  },
  { name: 'Quận Đống Đa', unitCodes: ['00025', '00292', '00235', '00229', '00226', '00199', '00190'] },
  { name: 'Quận Hoàn Kiếm', unitCodes: ['00070', '00082', '00004', '00226', '00097'] },
  { name: 'Quận Thanh Xuân', unitCodes: ['00322', '00367', '00364', '00352', '00175', '00637', '00643'] },
  {
    name: 'Huyện Hoài Đức',
    unitCodes: ['00613', '00622', '00634', '09886', '09616', '09832', '09856', '09871', '09877'],
  },
  { name: 'Huyện Chương Mỹ', unitCodes: ['10126', '10015', '10030', '10045', '10081', '10096', '10072'] },
  { name: 'Huyện Đông Anh', unitCodes: ['00475', '00454', '00466', '00493', '00508', '09022'] },
];
