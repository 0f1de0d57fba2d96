import type { ChoiceOption } from '../form-schema';

/**
 * Nationalities offered at the kiosk, by ISO 3166-1 alpha-2 code. Việt Nam first
 * (the default); neighbours and the countries most Hanoi families marry into follow.
 * The full country list arrives with the wider catalog.
 */
export const NATIONALITIES: ChoiceOption[] = [
  { value: 'VN', label: { vi: 'Việt Nam', en: 'Viet Nam' } },
  { value: 'LA', label: { vi: 'Lào', en: 'Laos' } },
  { value: 'KH', label: { vi: 'Campuchia', en: 'Cambodia' } },
  { value: 'CN', label: { vi: 'Trung Quốc', en: 'China' } },
  { value: 'KR', label: { vi: 'Hàn Quốc', en: 'South Korea' } },
  { value: 'JP', label: { vi: 'Nhật Bản', en: 'Japan' } },
  { value: 'TW', label: { vi: 'Đài Loan (Trung Quốc)', en: 'Taiwan (China)' } },
  { value: 'TH', label: { vi: 'Thái Lan', en: 'Thailand' } },
  { value: 'US', label: { vi: 'Hoa Kỳ', en: 'United States' } },
  { value: 'FR', label: { vi: 'Pháp', en: 'France' } },
  { value: 'DE', label: { vi: 'Đức', en: 'Germany' } },
  { value: 'RU', label: { vi: 'Nga', en: 'Russia' } },
  { value: 'AU', label: { vi: 'Úc', en: 'Australia' } },
  { value: 'GB', label: { vi: 'Vương quốc Anh', en: 'United Kingdom' } },
];
