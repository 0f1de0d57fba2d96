import type { Procedure } from '../../procedure-schema';
import {
  DEATH_REGISTRATION_DOCUMENTS,
  DEATH_REGISTRATION_FEES,
  DEATH_REGISTRATION_OFFICE,
  deathRegistrationSections,
} from './death-registration';
import { PRESENT_REQUESTER_ID, YES_NO } from './person-questions';

/**
 * HT-KT-LT Liên thông đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí / tử tuất
 * (domain.md §2.1; NĐ 63/2024/NĐ-CP; conf: secondary). The form is HT-KT's plus the benefit asked
 * for and an optional bank account (brief: `huong_che_do`, `tai_khoan_nhan_tien`).
 *
 * Kiosk mode: handoff. The brief gives this joined-up service on the National Public Service Portal
 * with VNeID level 2, and a kiosk cannot sign a resident in to VNeID (domain.md §4 vneid). The brief
 * gives no combined processing time ("per component; check DVCQG", conf: reconstructed) and no fees
 * for the residence and benefit components, so only the death-registration component's are listed.
 */
const { sections, crossChecks } = deathRegistrationSections();

export const DEATH_REGISTRATION_JOINED: Procedure = {
  id: 'HT-KT-LT',
  nationalCode: '2.002913',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['death'],
  name: {
    vi: 'Liên thông thủ tục hành chính: đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí/hưởng chế độ tử tuất',
    en: 'Joined-up death registration, removal of permanent residence and funeral/survivor benefits',
  },
  summary: {
    vi: 'Làm một lần cho ba việc khi người thân mất: khai tử, xóa thường trú và xin trợ cấp mai táng hoặc tử tuất.',
    en: 'One application for three things when a family member dies: death registration, removal from the residence register, and funeral or survivor benefits.',
  },
  keywords: [
    'liên thông',
    'khai tử',
    'xóa thường trú',
    'xóa hộ khẩu',
    'mai táng phí',
    'tử tuất',
    'trợ cấp mai táng',
    'bhxh',
    'người mất',
    'death',
    'funeral allowance',
    'survivor benefit',
  ],
  handlingOffice: {
    vi: `${DEATH_REGISTRATION_OFFICE.vi}. Hồ sơ được chuyển tiếp đến Công an xã, phường (xóa thường trú) và Bảo hiểm xã hội hoặc phòng Văn hóa – Xã hội (trợ cấp).`,
    en: `${DEATH_REGISTRATION_OFFICE.en}. The application is passed on to the commune police (residence) and to Social Insurance or the culture and social affairs office (benefits).`,
  },
  processingTime: {
    vi: 'Mỗi việc theo thời hạn riêng của thủ tục đó; xem thời hạn chung trên Cổng Dịch vụ công quốc gia.',
    en: 'Each part keeps its own time limit; see the National Public Service Portal for the combined deadline.',
  },
  fees: DEATH_REGISTRATION_FEES.map((fee) => ({
    ...fee,
    name: { vi: `Đăng ký khai tử: ${fee.name.vi}`, en: `Death registration: ${fee.name.en}` },
  })),
  documents: DEATH_REGISTRATION_DOCUMENTS,
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['NĐ 63/2024/NĐ-CP'],
  kiosk: {
    mode: 'handoff',
    reason: {
      vi: 'Thủ tục liên thông này nộp trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức 2; máy không đăng nhập VNeID thay ông/bà được. Quét mã QR để làm tiếp trên điện thoại, hoặc hỏi cán bộ tại bộ phận một cửa. Nếu chỉ cần khai tử, chọn thủ tục "Đăng ký khai tử" ngay tại máy.',
      en: 'This joined-up service is filed online on the National Public Service Portal with a level-2 VNeID account, and the kiosk cannot sign in to VNeID for you. Scan the QR code to continue on your phone, or ask at the one-stop counter. If you only need to register the death, choose "Death registration" here at the kiosk.',
    },
  },
  form: {
    sections: [
      ...sections,
      {
        id: 'che_do',
        title: { vi: 'Trợ cấp', en: 'Benefits' },
        questions: [
          {
            id: 'co_huong',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Gia đình có đề nghị hưởng trợ cấp mai táng phí hoặc chế độ tử tuất không?',
              en: 'Does the family apply for a funeral allowance or survivor benefits?',
            },
          },
        ],
      },
      {
        id: 'tro_cap',
        title: { vi: 'Chế độ đề nghị hưởng', en: 'Benefit applied for' },
        showIf: { question: 'che_do.co_huong', equals: 'yes' },
        questions: [
          {
            id: 'huong_che_do',
            type: 'choice',
            required: true,
            options: [
              { value: 'mai_tang_phi', label: { vi: 'Trợ cấp mai táng phí', en: 'Funeral allowance' } },
              { value: 'tu_tuat', label: { vi: 'Chế độ tử tuất', en: 'Survivor benefits' } },
            ],
            label: { vi: 'Đề nghị hưởng chế độ nào?', en: 'Which benefit?' },
          },
          {
            id: 'so_tai_khoan',
            type: 'text',
            maxLength: 30,
            required: false,
            label: { vi: 'Số tài khoản ngân hàng nhận tiền', en: 'Bank account number for the payment' },
            hint: {
              vi: 'Không bắt buộc. Cán bộ sẽ hướng dẫn cách nhận tiền nếu bỏ trống.',
              en: 'Optional. If you leave it blank, the office will explain how the money is paid.',
            },
          },
          {
            id: 'ngan_hang',
            type: 'text',
            maxLength: 100,
            required: false,
            label: { vi: 'Tên ngân hàng', en: 'Name of the bank' },
          },
        ],
      },
    ],
    crossChecks,
  },
};
