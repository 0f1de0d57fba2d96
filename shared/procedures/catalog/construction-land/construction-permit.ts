import type { Procedure } from '../../procedure-schema';
import { PRESENT_ID, YES_NO, applicantCrossCheck, applicantSection, plotSection } from './blocks';

/**
 * XD-GPXD Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (domain.md §2.7; code `conf: secondary`;
 * handled by the commune People's Committee under NĐ 140/2025/NĐ-CP of 12/6/2025).
 * Reconstructed in the brief, to verify: the processing time (15 days for an individual house, 20 for
 * other works, Luật Xây dựng Đ.102), the document list and the Hanoi fee (set by the People's
 * Council, amount not verified: `fees` is empty and the reason tells the resident it is announced at
 * the counter). The form is not in the brief: it asks only for the owner, the plot and the size.
 * Floor and area limits are keypad sanity bounds, not legal limits.
 * Kiosk mode prepare: two sets of design drawings must be handed in on paper.
 * validFrom: 2025-07-01 (the brief gives only NĐ 140/2025's signing date).
 */
export const CONSTRUCTION_PERMIT: Procedure = {
  id: 'XD-GPXD',
  nationalCode: '1.013225',
  version: 1,
  validFrom: '2025-07-01',
  category: 'xay_dung',
  lifeEvents: ['building_land'],
  name: {
    vi: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (và công trình cấp III, IV)',
    en: 'Construction permit (new build), individual house',
  },
  summary: {
    vi: 'Xin giấy phép trước khi xây mới nhà ở riêng lẻ trên đất của mình; căn hộ chung cư không cần giấy phép này.',
    en: 'Get a permit before building a new individual house on your land; flats in apartment buildings do not need one.',
  },
  keywords: [
    'giấy phép xây dựng',
    'xin phép xây dựng',
    'xây nhà',
    'xây dựng nhà ở',
    'gpxd',
    'cấp phép xây dựng',
    'building permit',
    'construction permit',
    'build a house',
  ],
  handlingOffice: {
    vi: 'Ủy ban nhân dân cấp xã nơi xây dựng; nộp tại Trung tâm Phục vụ hành chính công cấp xã',
    en: 'The commune People’s Committee where you build; file at the commune public-service centre',
  },
  processingTime: {
    vi: '15 ngày đối với nhà ở riêng lẻ (20 ngày đối với công trình) kể từ ngày nhận đủ hồ sơ hợp lệ.',
    en: '15 days for an individual house (20 days for other works) from the day a complete, valid application is received.',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Đơn đề nghị cấp giấy phép xây dựng (mẫu theo NĐ 175/2024/NĐ-CP, máy điền sẵn thông tin)',
        en: 'Building permit application (form of Decree 175/2024/NĐ-CP; the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Bản sao giấy tờ về quyền sử dụng đất',
        en: 'Copy of the land-use right papers',
      },
      original: 0,
      copy: 1,
      capture: 'optional',
    },
    {
      name: {
        vi: '02 bộ bản vẽ thiết kế (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)',
        en: 'Two sets of design drawings (floor plans, sections, elevations, foundations, utility connections)',
      },
      original: 2,
      copy: 0,
    },
    {
      name: {
        vi: 'Cam kết bảo đảm an toàn đối với công trình liền kề',
        en: 'Undertaking to keep the neighbouring buildings safe',
      },
      original: 1,
      copy: 0,
      condition: { vi: 'Khi có công trình liền kề', en: 'When there are adjoining buildings' },
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Xây dựng 2014 (sửa 2020) Đ.89–102', 'NĐ 175/2024/NĐ-CP', 'NĐ 140/2025/NĐ-CP'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Hồ sơ cần 02 bộ bản vẽ thiết kế bằng giấy, nên không nộp trọn tại máy. Máy điền sẵn đơn; ông/bà mang mã hồ sơ, thẻ căn cước, giấy tờ về quyền sử dụng đất và bản vẽ đến Trung tâm Phục vụ hành chính công cấp xã. Lệ phí do Hội đồng nhân dân thành phố quy định, cán bộ sẽ thông báo khi nhận hồ sơ.',
      en: 'The application needs two paper sets of design drawings, so it cannot be filed entirely at the kiosk. The kiosk fills in the form; bring the application code, your ID card, the land papers and the drawings to the commune public-service centre. The fee is set by the city People’s Council; the officer tells you the amount.',
    },
  },
  form: {
    sections: [
      applicantSection('chu_dau_tu', { vi: 'Chủ đầu tư (chủ nhà)', en: 'Owner building the house' }),
      plotSection('dia_diem', { vi: 'Địa điểm xây dựng', en: 'Building site' }, [
        {
          id: 'dien_tich_lo_dat',
          type: 'integer',
          min: 1,
          max: 100_000,
          required: false,
          label: { vi: 'Diện tích lô đất (m²)', en: 'Plot area (m²)' },
        },
      ]),
      {
        id: 'quy_mo',
        title: { vi: 'Quy mô công trình', en: 'Size of the building' },
        questions: [
          {
            id: 'so_tang',
            type: 'integer',
            min: 1,
            max: 50,
            required: true,
            label: { vi: 'Số tầng', en: 'Number of floors' },
          },
          {
            id: 'tong_dien_tich_san',
            type: 'integer',
            min: 1,
            max: 100_000,
            required: false,
            label: { vi: 'Tổng diện tích sàn (m²)', en: 'Total floor area (m²)' },
          },
          {
            id: 'co_cong_trinh_lien_ke',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Có nhà hoặc công trình khác liền kề không?',
              en: 'Are there other buildings right next to it?',
            },
            hint: {
              vi: 'Nếu có, cần cam kết bảo đảm an toàn cho công trình liền kề',
              en: 'If so, you must undertake to keep them safe',
            },
          },
        ],
      },
    ],
    crossChecks: [applicantCrossCheck('chu_dau_tu')],
  },
};
