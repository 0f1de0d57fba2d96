import type { Procedure } from '../../procedure-schema';
import { ID_HINT } from './blocks';

/**
 * NCC-MLS Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng (domain.md §2.6;
 * NĐ 131/2021/NĐ-CP: Mẫu 31 đơn đề nghị, Mẫu 42 giấy giới thiệu; `conf: secondary`).
 * No national code in the brief. The handling agency is marked "verify": formerly the provincial
 * Department of Labour, Invalids and Social Affairs, whose functions moved to the Department of
 * Home Affairs in 2025, with some steps now at the commune. 5 working days is `conf: reconstructed`.
 * The number of companions who get travel support is "max per rules" in the brief; 10 is only a
 * screen limit. No fee in the brief: `fees` is empty. The kiosk prepares: the agency must be
 * confirmed at the counter, and the reference letter is a paper to carry to the cemetery.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const MARTYR_GRAVE_VISIT: Procedure = {
  id: 'NCC-MLS',
  nationalCode: null,
  version: 1,
  validFrom: '2025-07-01',
  category: 'nguoi_co_cong',
  lifeEvents: ['family_support'],
  name: {
    vi: 'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ',
    en: 'Reference letter (and travel support) to visit a martyr’s grave',
  },
  summary: {
    vi: 'Xin giấy giới thiệu và tiền hỗ trợ để thân nhân đi thăm viếng mộ liệt sĩ.',
    en: 'Ask for a reference letter and travel support so a martyr’s family can visit the grave.',
  },
  keywords: [
    'liệt sĩ',
    'thăm viếng mộ liệt sĩ',
    'mộ liệt sĩ',
    'giấy giới thiệu',
    'người có công',
    'thân nhân liệt sĩ',
    'ncc',
    'martyr',
    'grave visit',
    'war martyr',
  ],
  handlingOffice: {
    vi: 'Sở Nội vụ thành phố Hà Nội (tiếp nhận chức năng của Sở Lao động – Thương binh và Xã hội từ năm 2025; một số bước tại Ủy ban nhân dân cấp xã); nộp tại Trung tâm Phục vụ hành chính công cấp xã',
    en: 'Hanoi Department of Home Affairs (which took over from the Department of Labour, Invalids and Social Affairs in 2025; some steps at the commune People’s Committee); file at the commune public-service centre',
  },
  processingTime: {
    vi: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '5 working days from the day a complete, valid application is received (Monday to Friday, not counting public holidays).',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Đơn đề nghị thăm viếng mộ liệt sĩ (Mẫu số 31 NĐ 131/2021/NĐ-CP, máy sẽ điền giúp)',
        en: 'Application to visit a martyr’s grave (Form 31 of Decree 131/2021/NĐ-CP; the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: { vi: 'Bằng Tổ quốc ghi công (bản sao)', en: 'The "Tổ quốc ghi công" martyr certificate (copy)' },
      original: 0,
      copy: 1,
      capture: 'required',
    },
    {
      name: {
        vi: 'Giấy báo tin mộ liệt sĩ, giấy xác nhận nơi liệt sĩ hy sinh (Mẫu số 44) hoặc trích lục hồ sơ liệt sĩ',
        en: 'Notice of the martyr’s grave, confirmation of the place of death (Form 44) or an extract of the martyr’s file',
      },
      original: 0,
      copy: 1,
      condition: { vi: 'Nếu có', en: 'If you have one' },
      capture: 'optional',
    },
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) của người đề nghị và những người cùng đi',
      en: 'The ID cards of the applicant and of everyone going',
    },
  ],
  legalBasis: ['NĐ 131/2021/NĐ-CP (Mẫu số 31: đơn đề nghị; Mẫu số 42: giấy giới thiệu)'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Giấy giới thiệu (Mẫu số 42) là giấy tờ bản giấy để mang theo khi đi viếng, và cơ quan giải quyết sau khi sắp xếp năm 2025 cần được xác nhận tại quầy. Máy điền sẵn đơn; ông/bà mang mã hồ sơ, thẻ căn cước và Bằng Tổ quốc ghi công đến Trung tâm Phục vụ hành chính công cấp xã.',
      en: 'The reference letter (Form 42) is a paper to carry on the visit, and the office handling it since the 2025 reorganisation must be confirmed at the counter. The kiosk fills in the application; bring the application code, your ID card and the martyr certificate to the commune public-service centre.',
    },
  },
  form: {
    sections: [
      {
        id: 'nguoi_de_nghi',
        title: { vi: 'Người đề nghị', en: 'Applicant' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: ID_HINT,
          },
          {
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: { vi: 'Nơi cư trú: xã, phường', en: 'Place of residence: commune or ward' },
          },
          {
            id: 'dia_chi',
            type: 'address',
            required: true,
            label: {
              vi: 'Nơi cư trú: số nhà, ngõ, đường, tổ dân phố hoặc thôn',
              en: 'Place of residence: house number, lane, street, residential group or village',
            },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: true,
            label: { vi: 'Số điện thoại', en: 'Phone number' },
          },
          {
            id: 'quan_he_voi_liet_si',
            type: 'text',
            maxLength: 100,
            required: true,
            label: { vi: 'Quan hệ với liệt sĩ', en: 'Relationship to the martyr' },
            hint: {
              vi: 'Ví dụ: con, em ruột, cháu nội',
              en: 'For example: child, younger sibling, grandchild',
            },
          },
        ],
      },
      {
        id: 'liet_si',
        title: { vi: 'Thông tin liệt sĩ', en: 'About the martyr' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên liệt sĩ', en: 'The martyr’s full name' },
          },
          {
            id: 'nguyen_quan',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nguyên quán', en: 'Home town (nguyên quán)' },
            hint: {
              vi: 'Ghi như trên Bằng Tổ quốc ghi công, kể cả tên xã, huyện, tỉnh cũ',
              en: 'As on the martyr certificate, old commune, district and province names included',
            },
          },
          {
            id: 'nam_hy_sinh',
            type: 'year',
            min: 1900,
            required: true,
            label: { vi: 'Năm hy sinh', en: 'Year of death' },
          },
          {
            id: 'ngay_hy_sinh',
            type: 'pastDate',
            required: false,
            label: { vi: 'Ngày, tháng, năm hy sinh (nếu biết)', en: 'Full date of death (if known)' },
          },
          {
            id: 'don_vi_cap_bac',
            type: 'text',
            maxLength: 200,
            required: false,
            label: {
              vi: 'Cấp bậc, chức vụ, đơn vị khi hy sinh',
              en: 'Rank, position and unit at the time of death',
            },
          },
          {
            id: 'so_bang_to_quoc_ghi_cong',
            type: 'text',
            maxLength: 30,
            required: false,
            label: { vi: 'Số Bằng Tổ quốc ghi công', en: 'Martyr certificate number' },
          },
          {
            id: 'nghia_trang',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Nghĩa trang hoặc địa điểm mộ liệt sĩ', en: 'Cemetery or place of the grave' },
          },
        ],
      },
      {
        id: 'nguoi_cung_di',
        title: { vi: 'Những người cùng đi', en: 'People going with you' },
        repeat: { min: 0, max: 10, itemLabel: { vi: 'Người cùng đi', en: 'Companion' } },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: ID_HINT,
          },
          {
            id: 'quan_he',
            type: 'text',
            maxLength: 100,
            required: true,
            label: { vi: 'Quan hệ với liệt sĩ', en: 'Relationship to the martyr' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
