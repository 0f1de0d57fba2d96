import type { Procedure } from '../../procedure-schema';
import { HANDLING_OFFICE, ID_HINT, PRESENT_OWNER_ID, SEX, WORKING_DAYS_RULE } from './blocks';

/**
 * HKD-DK Đăng ký thành lập hộ kinh doanh (domain.md §2.4; NĐ 168/2025/NĐ-CP, forms TT 68/2025/TT-BTC;
 * all `conf: secondary`). validFrom 2026-07-25: the date Hanoi's NQ 78/2026/NQ-HĐND (0 đ online fee)
 * took effect; the registration rules themselves apply from 2025-07-01.
 * Name rules (secondary): "Hộ kinh doanh" + a proper name; Vietnamese letters plus F, J, Z, W, digits
 * and symbols; not "công ty"/"doanh nghiệp"; unique within the commune. The schema has no name
 * validator, so the hint states them and the office checks uniqueness.
 * Upper bounds on capital and workers are sanity limits for the keypad, not legal limits.
 * The kiosk does not compute tax (lump-sum tax abolished from 2026; NĐ 68/2026, 141/2026).
 */
export const HOUSEHOLD_BUSINESS_REGISTRATION: Procedure = {
  id: 'HKD-DK',
  nationalCode: '1.001612',
  // 2: the capital is a money question, typed on the number pad (its answer is still plain digits).
  version: 2,
  validFrom: '2026-07-25',
  category: 'ho_kinh_doanh',
  lifeEvents: ['business'],
  name: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Household business registration' },
  summary: {
    vi: 'Đăng ký để mở một cửa hàng, quán ăn hay cơ sở kinh doanh nhỏ của cá nhân hoặc hộ gia đình.',
    en: 'Register a small shop, food stall or other business run by one person or a household.',
  },
  keywords: [
    'hộ kinh doanh',
    'đăng ký hộ kinh doanh',
    'đăng ký kinh doanh',
    'giấy phép kinh doanh',
    'mở cửa hàng',
    'mở quán',
    'hkd',
    'dkkd',
    'đkkd',
    'gpkd',
    'household business',
    'business registration',
    'open a shop',
  ],
  handlingOffice: HANDLING_OFFICE,
  processingTime: {
    vi: `03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${WORKING_DAYS_RULE.vi}).`,
    en: `3 working days from the day a complete, valid application is received (${WORKING_DAYS_RULE.en}).`,
  },
  fees: [
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận đăng ký hộ kinh doanh, hồ sơ giấy',
        en: 'Certificate fee, paper application',
      },
      amountVnd: 100000,
      condition: { vi: 'Nộp hồ sơ giấy', en: 'Paper application' },
    },
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận đăng ký hộ kinh doanh, nộp trực tuyến',
        en: 'Certificate fee, online application',
      },
      amountVnd: 0,
      condition: {
        vi: 'Nộp trực tuyến (Hà Nội, từ 25/7/2026)',
        en: 'Online application (Hanoi, from 25 July 2026)',
      },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Giấy đề nghị đăng ký hộ kinh doanh (mẫu theo TT 68/2025/TT-BTC, máy sẽ điền giúp)',
        en: 'Household business registration application (form of Circular 68/2025/TT-BTC; the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Biên bản họp hoặc văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
        en: 'Minutes of a meeting, or a letter of authorisation, in which the household members choose one of them as the business owner',
      },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Khi các thành viên hộ gia đình cùng đăng ký',
        en: 'When household members register together',
      },
      capture: 'optional',
    },
  ],
  documentsToPresent: [PRESENT_OWNER_ID],
  legalBasis: ['NĐ 168/2025/NĐ-CP', 'TT 68/2025/TT-BTC (biểu mẫu)', 'NQ 78/2026/NQ-HĐND TP Hà Nội (lệ phí)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'ho_kinh_doanh',
        title: { vi: 'Thông tin hộ kinh doanh', en: 'The business' },
        questions: [
          {
            id: 'ten_ho_kinh_doanh',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Tên hộ kinh doanh', en: 'Name of the business' },
            hint: {
              vi: 'Bắt đầu bằng "Hộ kinh doanh" rồi đến tên riêng, ví dụ: Hộ kinh doanh Phở Hà Nội. Không dùng chữ "công ty", "doanh nghiệp"; không trùng tên hộ kinh doanh khác trong xã, phường.',
              en: 'Start with "Hộ kinh doanh", then the proper name, e.g. Hộ kinh doanh Phở Hà Nội. Do not use "công ty" (company) or "doanh nghiệp" (enterprise); it must not repeat another household business name in the commune.',
            },
          },
          {
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: {
              vi: 'Xã, phường nơi đặt địa điểm kinh doanh',
              en: 'Commune or ward where the business is based',
            },
          },
          {
            id: 'dia_chi',
            type: 'address',
            required: true,
            label: {
              vi: 'Địa chỉ trụ sở: số nhà, ngõ, đường, tổ dân phố hoặc thôn',
              en: 'Business address: house number, lane, street, residential group or village',
            },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: false,
            label: { vi: 'Điện thoại của hộ kinh doanh', en: 'Business phone number' },
          },
          { id: 'email', type: 'email', required: false, label: { vi: 'Email', en: 'Email' } },
          {
            id: 'nganh_nghe',
            type: 'text',
            maxLength: 500,
            required: true,
            label: { vi: 'Ngành, nghề kinh doanh', en: 'Line(s) of business' },
            hint: {
              vi: 'Ghi tên ngành, nghề; nếu biết thì ghi cả mã ngành, ví dụ: 5610 Nhà hàng và các dịch vụ ăn uống phục vụ lưu động',
              en: 'Name each line of business, with its industry code if you know it, e.g. 5610 restaurants and mobile food services',
            },
          },
          {
            id: 'von_kinh_doanh',
            type: 'money',
            min: 0,
            max: 1_000_000_000_000,
            required: true,
            label: { vi: 'Vốn kinh doanh (đồng)', en: 'Business capital (VND)' },
            hint: {
              vi: 'Tổng số vốn bỏ ra để kinh doanh, ví dụ 150.000.000 đồng',
              en: 'The total money put into the business, for example 150,000,000 VND',
            },
          },
          {
            id: 'so_lao_dong',
            type: 'integer',
            min: 0,
            max: 10_000,
            required: false,
            label: { vi: 'Số lao động (người)', en: 'Number of workers' },
          },
        ],
      },
      {
        id: 'chu_ho',
        title: { vi: 'Chủ hộ kinh doanh', en: 'Business owner' },
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
            id: 'dan_toc',
            type: 'choice',
            optionSet: 'ethnicity',
            defaultValue: '01',
            required: true,
            label: { vi: 'Dân tộc', en: 'Ethnicity' },
          },
          {
            id: 'quoc_tich',
            type: 'choice',
            optionSet: 'nationality',
            defaultValue: 'VN',
            required: true,
            label: { vi: 'Quốc tịch', en: 'Nationality' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: ID_HINT,
          },
          {
            id: 'noi_cu_tru',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nơi cư trú', en: 'Place of residence' },
            hint: {
              vi: 'Số nhà, ngõ, đường, xã hoặc phường, tỉnh hoặc thành phố',
              en: 'House number, lane, street, commune or ward, province or city',
            },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: false,
            label: { vi: 'Số điện thoại của chủ hộ', en: 'Owner’s phone number' },
          },
        ],
      },
      {
        id: 'dang_ky',
        title: { vi: 'Hình thức đăng ký', en: 'Who is registering' },
        questions: [
          {
            id: 'hinh_thuc',
            type: 'choice',
            required: true,
            label: { vi: 'Ai đăng ký hộ kinh doanh?', en: 'Who is registering the business?' },
            options: [
              { value: 'ca_nhan', label: { vi: 'Một cá nhân', en: 'One person' } },
              {
                value: 'ho_gia_dinh',
                label: { vi: 'Các thành viên hộ gia đình cùng đăng ký', en: 'Household members together' },
              },
            ],
          },
        ],
      },
      {
        id: 'thanh_vien',
        title: {
          vi: 'Các thành viên hộ gia đình tham gia (ngoài chủ hộ)',
          en: 'Household members taking part (besides the owner)',
        },
        showIf: { question: 'dang_ky.hinh_thuc', equals: 'ho_gia_dinh' },
        repeat: { min: 1, max: 20, itemLabel: { vi: 'Thành viên', en: 'Member' } },
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
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: ID_HINT,
          },
          {
            id: 'noi_cu_tru',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nơi cư trú', en: 'Place of residence' },
          },
        ],
      },
    ],
    crossChecks: [
      {
        type: 'citizenIdMatchesPerson',
        citizenId: 'chu_ho.so_dinh_danh',
        birth: 'chu_ho.ngay_sinh',
        sex: { question: 'chu_ho.gioi_tinh' },
      },
    ],
  },
};
