import type { Procedure } from '../../procedure-schema';
import {
  COMMUNE_PEOPLES_COMMITTEE_RECEPTION,
  PRESENT_ID,
  applicantSections,
  personCrossCheck,
  personSection,
} from './blocks';

/**
 * BTXH-KT Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật (domain.md §2.6;
 * code `conf: secondary`; processing "multi-step council review", `conf: reconstructed`).
 * The brief gives no legal basis, documents, fee or form. Cautious choices, all to verify:
 * - legal basis: Luật Người khuyết tật 51/2010/QH12, the law that sets up the assessment councils
 *   (not cited in domain.md);
 * - the kinds of disability in `dang_khuyet_tat` follow that law's Đ.3.1 list (not in domain.md);
 * - `fees` is empty rather than a guessed "free";
 * - the kiosk prepares: the commune council assesses the person, so an in-person step follows.
 * The related "Đổi, cấp lại Giấy xác nhận khuyết tật" (1.001653) is a separate procedure, not here.
 * validFrom: 2025-07-01 (commune-level councils under the two-level government; no date in the brief).
 */
export const DISABILITY_CERTIFICATION: Procedure = {
  id: 'BTXH-KT',
  nationalCode: '1.001699',
  version: 1,
  validFrom: '2025-07-01',
  category: 'bao_tro_xa_hoi',
  lifeEvents: ['family_support'],
  name: {
    vi: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    en: 'Disability-level assessment and disability certificate',
  },
  summary: {
    vi: 'Đề nghị Hội đồng ở xã, phường xác định mức độ khuyết tật để được cấp Giấy xác nhận khuyết tật, cần cho các chế độ hỗ trợ.',
    en: 'Ask the commune council to assess a disability and issue a disability certificate, which support schemes require.',
  },
  keywords: [
    'khuyết tật',
    'giấy xác nhận khuyết tật',
    'mức độ khuyết tật',
    'người khuyết tật',
    'xác định khuyết tật',
    'btxh',
    'disability',
    'disability certificate',
  ],
  handlingOffice: {
    vi: `Hội đồng xác định mức độ khuyết tật cấp xã xem xét; Chủ tịch Ủy ban nhân dân cấp xã cấp giấy; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.vi}`,
    en: `The commune disability assessment council reviews it; the commune People’s Committee chairman issues the certificate; ${COMMUNE_PEOPLES_COMMITTEE_RECEPTION.en}`,
  },
  processingTime: {
    vi: 'Gồm nhiều bước: Hội đồng xác định mức độ khuyết tật xem xét, sau đó Chủ tịch Ủy ban nhân dân cấp xã cấp giấy; cán bộ sẽ ghi ngày hẹn khi nhận hồ sơ.',
    en: 'Several steps: the assessment council reviews the case, then the commune chairman issues the certificate; the officer gives you a date when receiving the application.',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật (máy điền sẵn thông tin)',
        en: 'Application for a disability assessment or reassessment (the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: { vi: 'Giấy xác nhận khuyết tật đã được cấp', en: 'The disability certificate issued before' },
      original: 0,
      copy: 1,
      condition: { vi: 'Khi đề nghị xác định lại', en: 'For a reassessment' },
      capture: 'optional',
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Người khuyết tật 51/2010/QH12'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Hội đồng xác định mức độ khuyết tật cấp xã sẽ hẹn lịch xem xét; người khuyết tật có thể phải có mặt. Máy điền sẵn đơn; ông/bà mang mã hồ sơ, thẻ căn cước và giấy tờ y tế liên quan (nếu có) đến Trung tâm Phục vụ hành chính công cấp xã.',
      en: 'The commune assessment council will set a date to review the case; the person with the disability may need to attend. The kiosk fills in the application; bring the application code, the ID card and any related medical papers to the commune public-service centre.',
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
            required: true,
            label: { vi: 'Ông/bà đề nghị gì?', en: 'What are you asking for?' },
            options: [
              { value: 'xac_dinh', label: { vi: 'Xác định lần đầu', en: 'A first assessment' } },
              {
                value: 'xac_dinh_lai',
                label: { vi: 'Xác định lại mức độ khuyết tật', en: 'A reassessment' },
              },
            ],
          },
        ],
      },
      personSection(
        'nguoi_khuyet_tat',
        { vi: 'Người khuyết tật', en: 'The person with a disability' },
        {
          phone: true,
          extra: [
            {
              id: 'dang_khuyet_tat',
              type: 'multiChoice',
              minSelected: 1,
              required: true,
              label: {
                vi: 'Dạng khuyết tật (chọn một hoặc nhiều)',
                en: 'Kind of disability (choose one or more)',
              },
              options: [
                { value: 'van_dong', label: { vi: 'Khuyết tật vận động', en: 'Physical (mobility)' } },
                { value: 'nghe_noi', label: { vi: 'Khuyết tật nghe, nói', en: 'Hearing or speech' } },
                { value: 'nhin', label: { vi: 'Khuyết tật nhìn', en: 'Sight' } },
                {
                  value: 'than_kinh_tam_than',
                  label: { vi: 'Khuyết tật thần kinh, tâm thần', en: 'Neurological or mental' },
                },
                { value: 'tri_tue', label: { vi: 'Khuyết tật trí tuệ', en: 'Intellectual' } },
                { value: 'khac', label: { vi: 'Khuyết tật khác', en: 'Other' } },
              ],
            },
          ],
        },
      ),
      ...applicantSections({ vi: 'người khuyết tật', en: 'person with a disability' }),
    ],
    crossChecks: [personCrossCheck('nguoi_khuyet_tat')],
  },
};
