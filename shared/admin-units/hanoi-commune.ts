/**
 * A commune-level unit (đơn vị hành chính cấp xã) of Hanoi after 1 July 2025, when districts were
 * abolished: a ward (phường) or a commune (xã), directly under the city.
 */
export interface HanoiCommune {
  /** 5-digit code (Công văn 1027/CTK-CSCL). Codes were reused from old units, so never key old data on it alone. */
  code: string;
  type: 'phuong' | 'xa';
  /** Official Vietnamese name with its type prefix, e.g. 'Phường Hoàn Kiếm', 'Xã Thanh Trì'. */
  name: string;
}

const TYPE_PREFIX = /^(Phường|Xã) /u;

/** The name without 'Phường '/'Xã ', e.g. 'Hoàn Kiếm'. */
export function communeBaseName(unit: HanoiCommune): string {
  return unit.name.replace(TYPE_PREFIX, '');
}

/**
 * English-friendly ASCII name in the style of official English texts: 'Hoan Kiem Ward', 'Thanh Tri
 * Commune'. For foreign residents' keyboards and receipts printed on ASCII-only thermal printers.
 */
export function communeEnglishName(unit: HanoiCommune): string {
  const ascii = communeBaseName(unit)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return `${ascii} ${unit.type === 'phuong' ? 'Ward' : 'Commune'}`;
}
