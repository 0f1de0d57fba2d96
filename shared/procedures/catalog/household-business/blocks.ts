import type { ChoiceOption, Question, Section } from '../../form-schema';

/**
 * Question blocks shared by the household-business procedures (domain.md §2.4). Registration is
 * handled by the commune-level business-registration office since 1/7/2025 (NĐ 168/2025/NĐ-CP);
 * forms come from TT 68/2025/TT-BTC.
 */

export const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

/** `male`/`female` are the values a cross-check reads from a sex answer. */
export const SEX: ChoiceOption[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

export const ID_HINT = { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' };

export const HANDLING_OFFICE = {
  vi: 'Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở; nộp tại Trung tâm Phục vụ hành chính công cấp xã',
  en: 'The commune-level business-registration office where the business is based; file at the commune public-service centre',
};

export const WORKING_DAYS_RULE = {
  vi: 'ngày làm việc: thứ Hai đến thứ Sáu, không tính ngày lễ, Tết',
  en: 'Monday to Friday, not counting public holidays',
};

export const PRESENT_OWNER_ID = {
  vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của chủ hộ kinh doanh',
  en: 'The business owner’s ID card or a level-2 VNeID account',
};

/** The business as registered: its code and name (for changes, suspension and termination). */
export function registeredBusinessSection(): Section {
  return {
    id: 'ho_kinh_doanh',
    title: { vi: 'Hộ kinh doanh', en: 'The household business' },
    questions: [
      {
        // The code's format is not given in domain.md, so it is free text.
        id: 'ma_so_ho_kinh_doanh',
        type: 'text',
        maxLength: 30,
        required: true,
        label: { vi: 'Mã số hộ kinh doanh', en: 'Household business code' },
        hint: {
          vi: 'In trên Giấy chứng nhận đăng ký hộ kinh doanh',
          en: 'Printed on the household business registration certificate',
        },
      },
      {
        id: 'ten_ho_kinh_doanh',
        type: 'text',
        maxLength: 200,
        required: true,
        label: { vi: 'Tên hộ kinh doanh', en: 'Name of the household business' },
        hint: { vi: 'Ví dụ: Hộ kinh doanh Phở Hà Nội', en: 'For example: Hộ kinh doanh Phở Hà Nội' },
      },
    ],
  };
}

/** The owner who signs a notice to the registration office. */
export function ownerContactSection(): Section {
  return {
    id: 'chu_ho',
    title: { vi: 'Chủ hộ kinh doanh', en: 'Business owner' },
    questions: ownerContactQuestions(),
  };
}

function ownerContactQuestions(): Question[] {
  return [
    {
      id: 'ho_ten',
      type: 'personName',
      required: true,
      label: { vi: 'Họ, chữ đệm và tên chủ hộ kinh doanh', en: 'Full name of the business owner' },
    },
    {
      id: 'so_dinh_danh',
      type: 'citizenId',
      required: true,
      label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
      hint: ID_HINT,
    },
    {
      id: 'sdt',
      type: 'phone',
      required: true,
      label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
      hint: { vi: 'Để cán bộ liên hệ khi cần', en: 'So the office can call if needed' },
    },
  ];
}
