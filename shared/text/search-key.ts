/**
 * Diacritic-insensitive search key for Vietnamese text (domain.md §5):
 * NFD, strip combining marks, map đ/Đ (which do not decompose), lowercase,
 * drop punctuation, collapse whitespace. 'Đăng ký khai sinh' → 'dang ky khai sinh'.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
