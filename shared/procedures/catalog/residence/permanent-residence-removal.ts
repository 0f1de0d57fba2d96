import type { Procedure } from '../../procedure-schema';
import {
  CT01_DOCUMENT,
  DECLARANT_CROSS_CHECK,
  PRESENT_ID,
  RELATIONSHIP_TO_HEAD,
  SEX,
  declarantSection,
  hanoiAddressSection,
} from './ct01';

/**
 * CT-XOATT Xóa đăng ký thường trú (domain.md §2.3). The brief has only the code (S31, secondary),
 * a processing time of 1 working day and a fee of 0, both `conf: reconstructed`. It does not list the
 * legal grounds for removal or the supporting papers, so the reason is free text and the kiosk only
 * prepares the CT01: the police officer checks the grounds and tells the resident what else to bring.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const PERMANENT_RESIDENCE_REMOVAL: Procedure = {
  id: 'CT-XOATT',
  nationalCode: '1.003197',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Xóa đăng ký thường trú', en: 'Removal of permanent-residence registration' },
  summary: {
    vi: 'Đề nghị xóa tên một người khỏi nơi đăng ký thường trú, ví dụ khi người đó không còn ở đây.',
    en: 'Ask for a person’s permanent-residence registration at an address to be removed, for example when they no longer live there.',
  },
  keywords: [
    'xóa thường trú',
    'xóa hộ khẩu',
    'cắt hộ khẩu',
    'xóa đăng ký thường trú',
    'cư trú',
    'ct01',
    'remove residence',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi người đó đăng ký thường trú',
    en: 'Police of the commune or ward where the person is registered',
  },
  processingTime: {
    vi: '01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '1 working day from the day a complete, valid application is received (Monday to Friday, not counting public holidays).',
  },
  // conf: reconstructed in domain.md.
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    CT01_DOCUMENT,
    {
      name: {
        vi: 'Giấy tờ chứng minh lý do xóa đăng ký thường trú, nếu có',
        en: 'Papers showing the reason for the removal, if any',
      },
      original: 0,
      copy: 1,
      condition: {
        vi: 'Theo hướng dẫn của cán bộ Công an',
        en: 'As the police officer asks',
      },
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Cư trú 68/2020/QH14', 'TT 116/2026/TT-BCA'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Cán bộ Công an cần kiểm tra lý do xóa đăng ký. Máy điền sẵn tờ khai CT01; ông/bà mang mã hồ sơ, thẻ căn cước và giấy tờ liên quan đến Công an xã, phường nơi người đó đăng ký thường trú.',
      en: 'A police officer must check the reason for the removal. The kiosk fills in the CT01 form; bring the application code, your ID card and any related papers to the police of the commune or ward where the person is registered.',
    },
  },
  form: {
    sections: [
      declarantSection(),
      {
        id: 'de_nghi',
        title: { vi: 'Nội dung đề nghị', en: 'What you are asking for' },
        questions: [
          {
            id: 'nguoi_bi_xoa',
            type: 'choice',
            required: true,
            label: { vi: 'Xóa đăng ký thường trú của ai?', en: 'Whose registration should be removed?' },
            options: [
              { value: 'ban_than', label: { vi: 'Của chính tôi', en: 'My own' } },
              {
                value: 'nguoi_khac',
                label: { vi: 'Của người khác trong hộ', en: 'Another household member’s' },
              },
            ],
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Lý do đề nghị xóa đăng ký thường trú', en: 'Reason for the removal' },
          },
        ],
      },
      {
        id: 'nguoi_duoc_xoa',
        title: {
          vi: 'Người được đề nghị xóa đăng ký thường trú',
          en: 'Person whose registration is removed',
        },
        showIf: { question: 'de_nghi.nguoi_bi_xoa', equals: 'nguoi_khac' },
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
            hint: { vi: 'Gồm 12 chữ số', en: '12 digits' },
          },
          {
            id: 'quan_he_voi_chu_ho',
            type: 'choice',
            options: RELATIONSHIP_TO_HEAD,
            required: true,
            label: { vi: 'Quan hệ với chủ hộ', en: 'Relationship to the head of household' },
          },
        ],
      },
      hanoiAddressSection(
        'noi_thuong_tru',
        { vi: 'Nơi đang đăng ký thường trú', en: 'Registered permanent address' },
        { withHousingPaperAddress: false },
      ),
    ],
    crossChecks: [
      DECLARANT_CROSS_CHECK,
      {
        type: 'citizenIdMatchesPerson',
        citizenId: 'nguoi_duoc_xoa.so_dinh_danh',
        birth: 'nguoi_duoc_xoa.ngay_sinh',
        sex: { question: 'nguoi_duoc_xoa.gioi_tinh' },
      },
    ],
  },
};
