import type { Procedure } from '../../procedure-schema';
import {
  HANDLING_OFFICE,
  PRESENT_OWNER_ID,
  WORKING_DAYS_RULE,
  ownerContactSection,
  registeredBusinessSection,
} from './blocks';

/**
 * HKD-TD Đăng ký thay đổi nội dung đăng ký hộ kinh doanh (domain.md §2.4; `conf: secondary`;
 * processing time `conf: reconstructed`). Deadline: 10 days from the change (secondary).
 * The brief's fields are the code, the name, `noi_dung_thay_doi` (several of: name, address, lines,
 * capital, owner, members) and `thong_tin_moi` (an object). A condition can only test one exact
 * answer, so the form first separates the likely high-volume, fee-free case (only updating the
 * address after the 2025 boundary/street changes) from every other change; the other changes are a
 * multiChoice plus the new details in words.
 * validFrom 2026-07-25: Hanoi's NQ 78/2026/NQ-HĐND (0 đ online fee).
 * The notice's name is not in the brief; "Thông báo thay đổi nội dung đăng ký hộ kinh doanh" is
 * the usual title of the TT 68/2025 form (reconstructed).
 */
export const HOUSEHOLD_BUSINESS_CHANGE: Procedure = {
  id: 'HKD-TD',
  nationalCode: '2.000720',
  version: 1,
  validFrom: '2026-07-25',
  category: 'ho_kinh_doanh',
  lifeEvents: ['business'],
  name: {
    vi: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    en: 'Change of household-business registration details',
  },
  summary: {
    vi: 'Báo thay đổi tên, địa chỉ, ngành nghề, vốn hoặc chủ hộ của hộ kinh doanh, trong 10 ngày kể từ khi thay đổi.',
    en: 'Report a change to the business’s name, address, lines of business, capital or owner within 10 days of the change.',
  },
  keywords: [
    'thay đổi hộ kinh doanh',
    'thay đổi đăng ký kinh doanh',
    'đổi địa chỉ kinh doanh',
    'đổi tên phường',
    'đổi chủ hộ',
    'hkd',
    'dkkd',
    'đkkd',
    'change business details',
    'business address',
  ],
  handlingOffice: HANDLING_OFFICE,
  processingTime: {
    vi: `03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${WORKING_DAYS_RULE.vi}).`,
    en: `3 working days from the day a complete, valid application is received (${WORKING_DAYS_RULE.en}).`,
  },
  fees: [
    {
      name: { vi: 'Lệ phí, hồ sơ giấy', en: 'Fee, paper application' },
      amountVnd: 100000,
      condition: { vi: 'Nộp hồ sơ giấy', en: 'Paper application' },
    },
    {
      name: { vi: 'Lệ phí, nộp trực tuyến', en: 'Fee, online application' },
      amountVnd: 0,
      condition: { vi: 'Nộp trực tuyến', en: 'Online application' },
    },
    {
      name: { vi: 'Miễn lệ phí', en: 'Fee waived' },
      amountVnd: 0,
      condition: {
        vi: 'Khi chỉ điều chỉnh địa chỉ do thay đổi địa giới hành chính, tên đường, số nhà',
        en: 'When only the address changes because of new administrative boundaries, street names or house numbers',
      },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (mẫu theo TT 68/2025/TT-BTC, máy sẽ điền giúp)',
        en: 'Notice of change of registration details (form of Circular 68/2025/TT-BTC; the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_OWNER_ID],
  legalBasis: ['NĐ 168/2025/NĐ-CP', 'TT 68/2025/TT-BTC (biểu mẫu)', 'NQ 78/2026/NQ-HĐND TP Hà Nội (lệ phí)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      registeredBusinessSection(),
      ownerContactSection(),
      {
        id: 'loai_thay_doi',
        title: { vi: 'Loại thay đổi', en: 'Kind of change' },
        questions: [
          {
            id: 'loai',
            type: 'choice',
            required: true,
            label: { vi: 'Ông/bà cần thay đổi gì?', en: 'What do you need to change?' },
            options: [
              {
                value: 'dia_gioi',
                label: {
                  vi: 'Chỉ cập nhật địa chỉ do Nhà nước đổi tên xã, phường, tên đường hoặc số nhà (không chuyển đi nơi khác) – miễn lệ phí',
                  en: 'Only update the address because the commune, street or house number was renamed (the business did not move) – no fee',
                },
              },
              {
                value: 'khac',
                label: {
                  vi: 'Thay đổi khác: tên, địa điểm, ngành nghề, vốn, chủ hộ hoặc thành viên',
                  en: 'Another change: name, location, lines of business, capital, owner or members',
                },
              },
            ],
          },
        ],
      },
      {
        id: 'dia_chi_moi',
        title: { vi: 'Địa chỉ mới theo tên gọi mới', en: 'The address under its new names' },
        showIf: { question: 'loai_thay_doi.loai', equals: 'dia_gioi' },
        questions: [
          {
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: { vi: 'Xã, phường mới', en: 'New commune or ward' },
          },
          {
            id: 'dia_chi',
            type: 'address',
            required: true,
            label: {
              vi: 'Số nhà, ngõ, đường, tổ dân phố hoặc thôn (theo tên mới)',
              en: 'House number, lane, street, residential group or village (new names)',
            },
          },
        ],
      },
      {
        id: 'thay_doi',
        title: { vi: 'Nội dung thay đổi', en: 'What changes' },
        showIf: { question: 'loai_thay_doi.loai', equals: 'khac' },
        questions: [
          {
            id: 'noi_dung_thay_doi',
            type: 'multiChoice',
            minSelected: 1,
            required: true,
            label: {
              vi: 'Nội dung đăng ký thay đổi (chọn một hoặc nhiều)',
              en: 'What is changing (choose one or more)',
            },
            options: [
              { value: 'ten', label: { vi: 'Tên hộ kinh doanh', en: 'Business name' } },
              { value: 'dia_chi', label: { vi: 'Địa chỉ trụ sở', en: 'Business address' } },
              { value: 'nganh_nghe', label: { vi: 'Ngành, nghề kinh doanh', en: 'Lines of business' } },
              { value: 'von', label: { vi: 'Vốn kinh doanh', en: 'Capital' } },
              { value: 'chu_ho', label: { vi: 'Chủ hộ kinh doanh', en: 'Business owner' } },
              { value: 'thanh_vien', label: { vi: 'Thành viên hộ gia đình', en: 'Household members' } },
            ],
          },
          {
            id: 'thong_tin_moi',
            type: 'text',
            maxLength: 500,
            required: true,
            label: { vi: 'Thông tin mới sau khi thay đổi', en: 'The new details' },
            hint: {
              vi: 'Ví dụ: Địa chỉ mới: số 5, ngõ 12, tổ dân phố 3, phường Láng. Vốn mới: 200.000.000 đồng.',
              en: 'For example: New address: 5, lane 12, residential group 3, Láng ward. New capital: 200,000,000 VND.',
            },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
