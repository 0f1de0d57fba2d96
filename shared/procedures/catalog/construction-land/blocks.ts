import type { ChoiceOption, CrossCheck, Question, Section } from '../../form-schema';

/**
 * Question blocks shared by the construction and land procedures (domain.md §2.7). The brief lists
 * no form fields for them; these blocks ask only what identifies the applicant and the plot.
 * Plot number and map sheet are printed on every land certificate; they are optional because the
 * office can look them up (reconstructed, not in domain.md).
 */

/** `male`/`female` are the values a cross-check reads from a sex answer. */
export const SEX: ChoiceOption[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

export const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

export const ID_HINT = { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' };

/** The applicant; their residence may be outside Hanoi, so it is free text. */
export function applicantSection(
  id: string,
  title: { vi: string; en: string },
  extra: Question[] = [],
): Section {
  return {
    id,
    title,
    questions: [
      {
        id: 'ho_ten',
        type: 'personName',
        required: true,
        label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
      },
      {
        id: 'ngay_sinh',
        type: 'pastDate',
        required: true,
        label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
      },
      {
        id: 'gioi_tinh',
        type: 'choice',
        options: SEX,
        required: true,
        label: { vi: 'Giới tính', en: 'Sex' },
      },
      {
        id: 'so_dinh_danh',
        type: 'citizenId',
        required: true,
        label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
        hint: ID_HINT,
      },
      {
        id: 'noi_cu_tru',
        type: 'text',
        maxLength: 200,
        required: true,
        label: { vi: 'Nơi cư trú', en: 'Place of residence' },
        hint: {
          vi: 'Số nhà, ngõ, đường, xã hoặc phường, tỉnh hoặc thành phố',
          en: 'House number, lane, street, commune or ward, province or city',
        },
      },
      {
        id: 'sdt',
        type: 'phone',
        required: true,
        label: { vi: 'Số điện thoại', en: 'Phone number' },
        hint: { vi: 'Để cán bộ liên hệ khi cần', en: 'So the office can call if needed' },
      },
      ...extra,
    ],
  };
}

export const applicantCrossCheck = (sectionId: string): CrossCheck => ({
  type: 'citizenIdMatchesPerson',
  citizenId: `${sectionId}.so_dinh_danh`,
  birth: `${sectionId}.ngay_sinh`,
  sex: { question: `${sectionId}.gioi_tinh` },
});

/** Where the plot or home is, in Hanoi (post-2025: commune, then street detail), and its cadastral numbers. */
export function plotSection(id: string, title: { vi: string; en: string }, extra: Question[] = []): Section {
  return {
    id,
    title,
    questions: [
      {
        id: 'xa_phuong',
        type: 'commune',
        required: true,
        label: { vi: 'Xã, phường nơi có đất', en: 'Commune or ward where the land is' },
      },
      {
        id: 'dia_chi',
        type: 'address',
        required: true,
        label: {
          vi: 'Số nhà, ngõ, đường, tổ dân phố hoặc thôn',
          en: 'House number, lane, street, residential group or village',
        },
      },
      {
        id: 'so_thua',
        type: 'text',
        maxLength: 20,
        required: false,
        label: { vi: 'Thửa đất số (nếu biết)', en: 'Plot number (if known)' },
      },
      {
        id: 'so_to_ban_do',
        type: 'text',
        maxLength: 20,
        required: false,
        label: { vi: 'Tờ bản đồ số (nếu biết)', en: 'Map sheet number (if known)' },
      },
      ...extra,
    ],
  };
}

export const PRESENT_ID = {
  vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của người nộp hồ sơ',
  en: 'The applicant’s ID card or a level-2 VNeID account',
};
