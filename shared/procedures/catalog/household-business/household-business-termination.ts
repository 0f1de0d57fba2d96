import type { Procedure } from '../../procedure-schema';
import {
  HANDLING_OFFICE,
  PRESENT_OWNER_ID,
  WORKING_DAYS_RULE,
  YES_NO,
  ownerContactSection,
  registeredBusinessSection,
} from './blocks';

/**
 * HKD-CD Chấm dứt hoạt động hộ kinh doanh (domain.md §2.4). Precondition: all debts, tax included,
 * settled before filing. Processing time `conf: reconstructed`; fee 0 `conf: secondary`.
 * The brief lists neither documents nor form fields, so the form asks only for the business, the
 * owner and the planned date, and the kiosk prepares rather than submits: the office confirms the
 * tax settlement and tells the owner what else to hand in. The notice's title is reconstructed.
 * validFrom: 2025-07-01 (NĐ 168/2025).
 */
export const HOUSEHOLD_BUSINESS_TERMINATION: Procedure = {
  id: 'HKD-CD',
  nationalCode: '1.001266',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_kinh_doanh',
  lifeEvents: ['business'],
  name: { vi: 'Chấm dứt hoạt động hộ kinh doanh', en: 'Termination of a household business' },
  summary: {
    vi: 'Báo đóng cửa hẳn hộ kinh doanh, sau khi đã trả hết các khoản nợ, kể cả nợ thuế.',
    en: 'Close the household business for good, once every debt, tax included, has been paid.',
  },
  keywords: [
    'chấm dứt hộ kinh doanh',
    'đóng cửa hàng',
    'giải thể hộ kinh doanh',
    'nghỉ kinh doanh',
    'hkd',
    'dkkd',
    'close business',
    'terminate business',
  ],
  handlingOffice: HANDLING_OFFICE,
  processingTime: {
    vi: `03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${WORKING_DAYS_RULE.vi}).`,
    en: `3 working days from the day a complete, valid application is received (${WORKING_DAYS_RULE.en}).`,
  },
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    {
      name: {
        vi: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh (máy sẽ điền giúp)',
        en: 'Notice of termination of the household business (the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_OWNER_ID],
  legalBasis: ['NĐ 168/2025/NĐ-CP', 'TT 68/2025/TT-BTC (biểu mẫu)'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Hộ kinh doanh phải thanh toán xong mọi khoản nợ, kể cả nợ thuế, trước khi chấm dứt. Máy điền sẵn thông báo; chủ hộ mang mã hồ sơ và thẻ căn cước đến Trung tâm Phục vụ hành chính công cấp xã để cán bộ kiểm tra và hướng dẫn giấy tờ kèm theo.',
      en: 'The business must have paid every debt, tax included, before it can close. The kiosk fills in the notice; the owner brings the application code and ID card to the commune public-service centre, where an officer checks it and says what else to hand in.',
    },
  },
  form: {
    sections: [
      registeredBusinessSection(),
      ownerContactSection(),
      {
        id: 'cham_dut',
        title: { vi: 'Chấm dứt hoạt động', en: 'Closing the business' },
        questions: [
          {
            id: 'da_thanh_toan_no',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Hộ kinh doanh đã thanh toán hết các khoản nợ, kể cả nợ thuế, chưa?',
              en: 'Has the business paid every debt, tax included?',
            },
            hint: {
              vi: 'Phải thanh toán xong trước khi nộp hồ sơ chấm dứt',
              en: 'This must be done before filing',
            },
          },
          {
            id: 'ngay_cham_dut',
            type: 'date',
            range: 'any',
            required: true,
            label: { vi: 'Ngày chấm dứt hoạt động', en: 'Date the business closes' },
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 300,
            required: false,
            label: { vi: 'Lý do', en: 'Reason' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
