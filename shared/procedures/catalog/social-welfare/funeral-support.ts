import type { Procedure } from '../../procedure-schema';
import {
  COMMUNE_PEOPLES_COMMITTEE_RECEPTION,
  ID_HINT,
  RELATIONSHIPS,
  paymentSection,
  personCrossCheck,
  personSection,
} from './blocks';

/**
 * BTXH-MT Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội (domain.md §2.6; code `conf: secondary`).
 * The brief gives only the name, code and handling office. Reconstructed, to verify:
 * - legal basis NĐ 20/2021/NĐ-CP (the social-assistance decree cited for BTXH-TCXH; funeral support
 *   for its beneficiaries is part of it);
 * - the documents (a declaration and proof of death); `fees` is left empty;
 * - processing time: none given, so the resident is told the officer sets the date.
 * The separate procedure for people on the social pension (1.014028) is not covered here.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const FUNERAL_SUPPORT: Procedure = {
  id: 'BTXH-MT',
  nationalCode: '1.001731',
  version: 1,
  validFrom: '2025-07-01',
  category: 'bao_tro_xa_hoi',
  lifeEvents: ['family_support', 'death'],
  name: {
    vi: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    en: 'Funeral-cost support for social-protection beneficiaries',
  },
  summary: {
    vi: 'Xin hỗ trợ tiền mai táng khi người đang hưởng trợ cấp xã hội hằng tháng qua đời.',
    en: 'Apply for help with funeral costs when someone receiving the monthly social allowance has died.',
  },
  keywords: [
    'mai táng phí',
    'hỗ trợ mai táng',
    'chi phí mai táng',
    'tang lễ',
    'người mất',
    'bảo trợ xã hội',
    'btxh',
    'funeral support',
    'burial',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.vi}`,
    en: `The commune People’s Committee; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.en}`,
  },
  processingTime: {
    vi: 'Cán bộ sẽ ghi ngày hẹn trả kết quả khi nhận hồ sơ.',
    en: 'The officer gives you a result date when receiving the application.',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Tờ khai đề nghị hỗ trợ chi phí mai táng (máy điền sẵn thông tin)',
        en: 'Funeral support application (the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Giấy tờ về việc người mất đã qua đời (trích lục khai tử hoặc giấy báo tử)',
        en: 'Proof of the death (death registration extract or death notice)',
      },
      original: 0,
      copy: 1,
      capture: 'optional',
    },
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) của người tổ chức mai táng',
      en: 'The ID card of the person who arranged the funeral',
    },
  ],
  legalBasis: ['NĐ 20/2021/NĐ-CP (sửa bởi NĐ 76/2024/NĐ-CP)'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Cán bộ cần kiểm tra tờ khai theo mẫu và giấy tờ về việc người mất đã qua đời. Máy điền sẵn thông tin; ông/bà mang mã hồ sơ, thẻ căn cước và trích lục khai tử hoặc giấy báo tử đến Trung tâm Phục vụ hành chính công cấp xã.',
      en: 'An officer must check the declaration and the proof of death. The kiosk fills in the details; bring the application code, your ID card and the death extract or notice to the commune public-service centre.',
    },
  },
  form: {
    sections: [
      personSection(
        'nguoi_mat',
        { vi: 'Người đã mất', en: 'The person who died' },
        {
          phone: false,
          extra: [
            {
              id: 'ngay_mat',
              type: 'date',
              range: 'past',
              required: true,
              label: { vi: 'Ngày mất', en: 'Date of death' },
            },
          ],
        },
      ),
      {
        id: 'nguoi_to_chuc',
        title: { vi: 'Người tổ chức mai táng', en: 'Person who arranged the funeral' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên của ông/bà', en: 'Your full name' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân của ông/bà', en: 'Your personal ID number' },
            hint: ID_HINT,
          },
          {
            id: 'quan_he',
            type: 'choice',
            options: RELATIONSHIPS,
            required: true,
            label: {
              vi: 'Ông/bà là gì của người đã mất?',
              en: 'How were you related to the person who died?',
            },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: true,
            label: { vi: 'Số điện thoại của ông/bà', en: 'Your phone number' },
          },
        ],
      },
      paymentSection(),
    ],
    crossChecks: [personCrossCheck('nguoi_mat')],
  },
};
