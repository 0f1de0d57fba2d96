import type { Procedure } from '../../procedure-schema';
import {
  COMMUNE_PEOPLES_COMMITTEE_RECEPTION,
  PRESENT_ID,
  REQUEST_KINDS,
  applicantSections,
  paymentSection,
  personCrossCheck,
  personSection,
} from './blocks';

/**
 * BTXH-HTXH Trợ cấp hưu trí xã hội (domain.md §2.6; Luật Bảo hiểm xã hội 41/2024/QH15 from 1/7/2025,
 * NĐ 176/2025/NĐ-CP; `conf: secondary`). Eligibility (secondary): aged 75 or over with no pension or
 * monthly social-insurance benefit; 70–75 if in a poor/near-poor household in certain areas. The
 * amount (500,000 đ/month) is `conf: reconstructed` and is not shown. The brief gives no processing
 * time, fee, documents or form: `fees` is empty rather than a guessed "free", the declaration's
 * title is reconstructed, and the kiosk prepares. validFrom: 2025-07-01 (the law's effective date).
 */
export const SOCIAL_PENSION: Procedure = {
  id: 'BTXH-HTXH',
  nationalCode: '1.014027',
  version: 1,
  validFrom: '2025-07-01',
  category: 'bao_tro_xa_hoi',
  lifeEvents: ['family_support'],
  name: {
    vi: 'Trợ cấp hưu trí xã hội (thực hiện, điều chỉnh, thôi hưởng)',
    en: 'Social pension for older people (75+)',
  },
  summary: {
    vi: 'Xin trợ cấp hằng tháng cho người từ đủ 75 tuổi không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng, hoặc báo điều chỉnh, thôi hưởng.',
    en: 'Apply for the monthly payment for people aged 75 or over who have no pension or monthly social-insurance benefit, or change or stop it.',
  },
  keywords: [
    'hưu trí xã hội',
    'trợ cấp hưu trí xã hội',
    'trợ cấp người cao tuổi',
    'người cao tuổi',
    '75 tuổi',
    'không có lương hưu',
    'btxh',
    'social pension',
    'elderly',
    'older people',
  ],
  handlingOffice: {
    vi: `Chủ tịch Ủy ban nhân dân cấp xã nơi cư trú; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.vi}`,
    en: `The chairman of the commune People’s Committee where the person lives; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.en}`,
  },
  processingTime: {
    vi: 'Cán bộ sẽ ghi ngày hẹn trả kết quả khi nhận hồ sơ.',
    en: 'The officer gives you a result date when receiving the application.',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội (máy điền sẵn thông tin)',
        en: 'Social pension application (the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Bảo hiểm xã hội 41/2024/QH15', 'NĐ 176/2025/NĐ-CP'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Tờ khai phải được ký theo mẫu của xã, phường. Máy điền sẵn thông tin; ông/bà mang mã hồ sơ và thẻ căn cước đến Trung tâm Phục vụ hành chính công cấp xã để ký và được hướng dẫn giấy tờ kèm theo.',
      en: 'The declaration must be signed on the commune’s form. The kiosk fills in the details; bring the application code and ID card to the commune public-service centre to sign it and learn what else to bring.',
    },
  },
  form: {
    sections: [
      {
        id: 'de_nghi',
        title: { vi: 'Nội dung đề nghị', en: 'What you are asking for' },
        questions: [
          {
            id: 'loai',
            type: 'choice',
            options: REQUEST_KINDS,
            required: true,
            label: { vi: 'Ông/bà đề nghị gì?', en: 'What are you asking for?' },
          },
        ],
      },
      personSection('nguoi_huong', { vi: 'Người được hưởng trợ cấp', en: 'The beneficiary' }),
      {
        id: 'dieu_kien',
        title: { vi: 'Điều kiện hưởng', en: 'Eligibility' },
        questions: [
          {
            id: 'co_luong_huu',
            type: 'choice',
            required: true,
            label: {
              vi: 'Người được hưởng có đang nhận lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng không?',
              en: 'Does the beneficiary receive a pension or a monthly social-insurance benefit?',
            },
            options: [
              { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
              { value: 'no', label: { vi: 'Không', en: 'No' } },
            ],
          },
          {
            id: 'ho_ngheo',
            type: 'choice',
            required: true,
            label: {
              vi: 'Hộ gia đình có thuộc hộ nghèo hoặc cận nghèo không?',
              en: 'Is the household classed as poor or near-poor?',
            },
            hint: {
              vi: 'Người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, cận nghèo ở một số địa bàn cũng có thể được hưởng',
              en: 'People aged 70 to 74 in poor or near-poor households in some areas may also qualify',
            },
            options: [
              { value: 'ngheo', label: { vi: 'Hộ nghèo', en: 'Poor household' } },
              { value: 'can_ngheo', label: { vi: 'Hộ cận nghèo', en: 'Near-poor household' } },
              { value: 'khong', label: { vi: 'Không', en: 'Neither' } },
            ],
          },
        ],
      },
      ...applicantSections({ vi: 'người được hưởng', en: 'beneficiary' }),
      paymentSection(),
    ],
    crossChecks: [personCrossCheck('nguoi_huong')],
  },
};
