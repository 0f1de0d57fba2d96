import type { Procedure } from '../../procedure-schema';
import {
  CONSENT_LETTER_DOCUMENT,
  CT01_DOCUMENT,
  DECLARANT_CROSS_CHECK,
  PRESENT_ID,
  RELATIONSHIP_TO_HEAD,
  YES_NO,
  declarantSection,
  hanoiAddressSection,
  membersSection,
  ownerConsentSections,
} from './ct01';

/**
 * CT-TACHHO Tách hộ (domain.md §2.3; Luật Cư trú Đ.25). Form CT01: fields 7–9 name the NEW household
 * head; the current head's consent (Đ.25.1) and the home owner's consent are in the CT01 notes (S28).
 * Processing time (3 working days) and fees (10,000 / 5,000 đ) are `conf: reconstructed`: verify.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const HOUSEHOLD_SPLIT: Procedure = {
  id: 'CT-TACHHO',
  nationalCode: '1.010038',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Tách hộ', en: 'Splitting a household into a new household' },
  summary: {
    vi: 'Tách một số người trong hộ ra thành hộ gia đình mới ở cùng chỗ ở, với chủ hộ mới.',
    en: 'Split some members off into a new household at the same home, with its own head of household.',
  },
  keywords: [
    'tách hộ',
    'tách hộ khẩu',
    'lập hộ mới',
    'chủ hộ mới',
    'cư trú',
    'ct01',
    'split household',
    'new household',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi hộ gia đình đăng ký thường trú',
    en: 'Police of the commune or ward where the household is registered',
  },
  processingTime: {
    vi: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '3 working days from the day a complete, valid application is received (Monday to Friday, not counting public holidays).',
  },
  fees: [
    {
      name: { vi: 'Lệ phí tách hộ, nộp trực tiếp', en: 'Fee, filed in person' },
      amountVnd: 10000,
      condition: {
        vi: 'Nộp hồ sơ giấy tại Công an xã, phường',
        en: 'Paper application at the commune police',
      },
    },
    {
      name: { vi: 'Lệ phí tách hộ, nộp trực tuyến', en: 'Fee, filed online' },
      amountVnd: 5000,
      condition: { vi: 'Nộp hồ sơ trực tuyến', en: 'Online application' },
    },
  ],
  documents: [CT01_DOCUMENT, CONSENT_LETTER_DOCUMENT],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Cư trú 68/2020/QH14 Đ.25', 'TT 116/2026/TT-BCA', 'TT 75/2022/TT-BTC (lệ phí)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      declarantSection(),
      hanoiAddressSection(
        'noi_thuong_tru',
        { vi: 'Nơi thường trú của hộ', en: 'The household’s registered address' },
        { withHousingPaperAddress: false },
      ),
      {
        id: 'chu_ho_moi',
        title: { vi: 'Chủ hộ của hộ mới', en: 'Head of the new household' },
        questions: [
          {
            id: 'la_nguoi_ke_khai',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Ông/bà có làm chủ hộ của hộ mới không?',
              en: 'Will you be the head of the new household?',
            },
          },
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            showIf: { question: 'chu_ho_moi.la_nguoi_ke_khai', equals: 'no' },
            label: { vi: 'Họ, chữ đệm và tên chủ hộ mới', en: 'Full name of the new head of household' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            showIf: { question: 'chu_ho_moi.la_nguoi_ke_khai', equals: 'no' },
            label: {
              vi: 'Số định danh cá nhân của chủ hộ mới',
              en: 'Personal ID number of the new head of household',
            },
            hint: { vi: 'Gồm 12 chữ số', en: '12 digits' },
          },
          {
            id: 'quan_he',
            type: 'choice',
            options: RELATIONSHIP_TO_HEAD.filter((o) => o.value !== 'chu_ho'),
            required: true,
            showIf: { question: 'chu_ho_moi.la_nguoi_ke_khai', equals: 'no' },
            label: {
              vi: 'Ông/bà là gì của chủ hộ mới?',
              en: 'How are you related to the new head of household?',
            },
          },
        ],
      },
      {
        id: 'chu_ho_hien_tai',
        title: { vi: 'Ý kiến của chủ hộ hiện tại', en: 'Consent of the current head of household' },
        questions: [
          {
            id: 'la_nguoi_ke_khai',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Ông/bà có phải là chủ hộ hiện tại không?',
              en: 'Are you the current head of household?',
            },
          },
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            showIf: { question: 'chu_ho_hien_tai.la_nguoi_ke_khai', equals: 'no' },
            label: {
              vi: 'Họ, chữ đệm và tên chủ hộ hiện tại',
              en: 'Full name of the current head of household',
            },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            showIf: { question: 'chu_ho_hien_tai.la_nguoi_ke_khai', equals: 'no' },
            label: {
              vi: 'Số định danh cá nhân của chủ hộ hiện tại',
              en: 'Personal ID number of the current head of household',
            },
            hint: { vi: 'Gồm 12 chữ số', en: '12 digits' },
          },
          {
            id: 'cach_dong_y',
            type: 'choice',
            required: true,
            showIf: { question: 'chu_ho_hien_tai.la_nguoi_ke_khai', equals: 'no' },
            label: {
              vi: 'Chủ hộ hiện tại đồng ý bằng cách nào?',
              en: 'How will the current head give consent?',
            },
            options: [
              {
                value: 'vneid',
                label: { vi: 'Xác nhận trên ứng dụng VNeID', en: 'Confirms in the VNeID app' },
              },
              {
                value: 'van_ban',
                label: {
                  vi: 'Viết văn bản đồng ý riêng (chụp ảnh gửi kèm)',
                  en: 'Writes a separate letter of consent (photographed and attached)',
                },
              },
            ],
          },
        ],
      },
      ...ownerConsentSections(false),
      membersSection({
        vi: 'Những thành viên khác cùng chuyển sang hộ mới',
        en: 'Other members moving to the new household',
      }),
    ],
    crossChecks: [DECLARANT_CROSS_CHECK],
  },
};
