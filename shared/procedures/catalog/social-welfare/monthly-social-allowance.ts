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
 * BTXH-TCXH Trợ cấp xã hội hằng tháng (domain.md §2.6; NĐ 20/2021/NĐ-CP sửa bởi NĐ 76/2024/NĐ-CP).
 * The whole entry is `conf: reconstructed` in the brief: processing time (it includes a public
 * posting at the commune), fee 0, and the documents. The official declaration differs by
 * beneficiary group, so the kiosk prepares and the commune officer has it signed on the right form.
 * validFrom: 2025-07-01, when the decision moved from the district to the commune chairman.
 */
export const MONTHLY_SOCIAL_ALLOWANCE: Procedure = {
  id: 'BTXH-TCXH',
  nationalCode: '1.001776',
  version: 1,
  validFrom: '2025-07-01',
  category: 'bao_tro_xa_hoi',
  lifeEvents: ['family_support'],
  name: {
    vi: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    en: 'Monthly social allowance (start/adjust/stop)',
  },
  summary: {
    vi: 'Xin trợ cấp hằng tháng của Nhà nước cho trẻ mồ côi, người cao tuổi neo đơn, người khuyết tật nặng và những người khó khăn khác, hoặc báo điều chỉnh, thôi hưởng.',
    en: 'Apply for the State’s monthly allowance for orphans, older people living alone, people with severe disabilities and others in hardship, or change or stop it.',
  },
  keywords: [
    'trợ cấp xã hội',
    'trợ cấp hằng tháng',
    'bảo trợ xã hội',
    'btxh',
    'trẻ mồ côi',
    'người khuyết tật',
    'người cao tuổi',
    'hộ nghèo',
    'social allowance',
    'welfare',
  ],
  handlingOffice: {
    vi: `Chủ tịch Ủy ban nhân dân cấp xã nơi cư trú quyết định; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.vi}`,
    en: `The chairman of the commune People’s Committee where the person lives decides; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.en}`,
  },
  processingTime: {
    vi: 'Hồ sơ được xem xét và niêm yết công khai tại xã, phường trước khi quyết định; cán bộ sẽ ghi ngày hẹn trả kết quả khi nhận hồ sơ.',
    en: 'The application is reviewed and publicly posted in the commune before a decision; the officer gives you a result date when receiving it.',
  },
  fees: [{ name: { vi: 'Không thu phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    {
      name: {
        vi: 'Tờ khai đề nghị trợ giúp xã hội (mẫu theo NĐ 20/2021/NĐ-CP, theo từng nhóm đối tượng; máy điền sẵn thông tin)',
        en: 'Social assistance application (form of Decree 20/2021/NĐ-CP for the beneficiary group; the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: { vi: 'Giấy xác nhận khuyết tật', en: 'Disability certificate' },
      original: 0,
      copy: 1,
      condition: { vi: 'Người khuyết tật', en: 'People with a disability' },
      capture: 'optional',
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['NĐ 20/2021/NĐ-CP (sửa bởi NĐ 76/2024/NĐ-CP)'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Tờ khai chính thức khác nhau theo từng nhóm đối tượng và phải được ký. Máy điền sẵn thông tin; ông/bà mang mã hồ sơ, thẻ căn cước và giấy xác nhận khuyết tật (nếu có) đến Trung tâm Phục vụ hành chính công cấp xã để ký tờ khai đúng mẫu.',
      en: 'The official declaration differs for each beneficiary group and must be signed. The kiosk fills in the details; bring the application code, the ID card and any disability certificate to the commune public-service centre to sign the right form.',
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
          {
            id: 'doi_tuong',
            type: 'choice',
            required: true,
            label: {
              vi: 'Người được hưởng thuộc nhóm nào?',
              en: 'Which group does the beneficiary belong to?',
            },
            options: [
              {
                value: 'tre_em_mo_coi',
                label: {
                  vi: 'Trẻ em mồ côi hoặc không nơi nương tựa',
                  en: 'Orphan or child with no one to rely on',
                },
              },
              {
                value: 'nguoi_cao_tuoi',
                label: {
                  vi: 'Người cao tuổi thuộc hộ nghèo hoặc không có người phụng dưỡng',
                  en: 'Older person in a poor household or with no one to support them',
                },
              },
              {
                value: 'nguoi_khuyet_tat',
                label: {
                  vi: 'Người khuyết tật nặng hoặc đặc biệt nặng',
                  en: 'Person with a severe or very severe disability',
                },
              },
              {
                value: 'don_than_ngheo',
                label: {
                  vi: 'Người đơn thân nghèo đang nuôi con',
                  en: 'Poor single parent raising children',
                },
              },
              {
                value: 'hiv_ngheo',
                label: {
                  vi: 'Người nhiễm HIV thuộc hộ nghèo',
                  en: 'Person living with HIV in a poor household',
                },
              },
              { value: 'khac', label: { vi: 'Trường hợp khác', en: 'Other' } },
            ],
          },
        ],
      },
      personSection('nguoi_huong', { vi: 'Người được hưởng trợ cấp', en: 'The beneficiary' }),
      ...applicantSections({ vi: 'người được hưởng', en: 'beneficiary' }),
      paymentSection(),
    ],
    crossChecks: [personCrossCheck('nguoi_huong')],
  },
};
