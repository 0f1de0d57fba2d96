import type { Procedure } from '../../procedure-schema';
import {
  HANDLING_OFFICE,
  PRESENT_OWNER_ID,
  WORKING_DAYS_RULE,
  ownerContactSection,
  registeredBusinessSection,
} from './blocks';

/**
 * HKD-TN Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (domain.md §2.4;
 * `conf: secondary`). Notice at least 3 working days before a suspension of 30 days or more (old
 * NĐ 01/2021 Đ.91; NĐ 168/2025 has an equivalent provision). The schema cannot compare a date with
 * today + 3 working days or with another date, so both rules are hints; the office checks them.
 * The brief lists no owner fields; the owner is asked because the notice is theirs to sign.
 * The notice's exact title is not in the brief (reconstructed). validFrom: 2025-07-01 (NĐ 168/2025).
 */
export const HOUSEHOLD_BUSINESS_SUSPENSION: Procedure = {
  id: 'HKD-TN',
  nationalCode: '1.001570',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_kinh_doanh',
  lifeEvents: ['business'],
  name: {
    vi: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    en: 'Temporary suspension (or early resumption) of a household business',
  },
  summary: {
    vi: 'Báo nghỉ kinh doanh một thời gian, hoặc báo mở lại sớm hơn ngày đã báo; nếu nghỉ từ 30 ngày trở lên thì báo trước ít nhất 3 ngày làm việc.',
    en: 'Tell the office the business will pause for a while, or reopen earlier than announced; for a pause of 30 days or more, give at least 3 working days’ notice.',
  },
  keywords: [
    'tạm ngừng kinh doanh',
    'tạm nghỉ kinh doanh',
    'nghỉ bán',
    'tiếp tục kinh doanh',
    'mở lại',
    'hkd',
    'dkkd',
    'suspend business',
    'pause business',
    'resume business',
  ],
  handlingOffice: {
    vi: `${HANDLING_OFFICE.vi}; cơ quan đăng ký kinh doanh đồng thời thông báo cho cơ quan thuế`,
    en: `${HANDLING_OFFICE.en}; the office also informs the tax authority`,
  },
  processingTime: {
    vi: `03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${WORKING_DAYS_RULE.vi}); kết quả là Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh.`,
    en: `3 working days from the day a complete, valid application is received (${WORKING_DAYS_RULE.en}); you receive a confirmation of the suspension.`,
  },
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    {
      name: {
        vi: 'Thông báo về việc tạm ngừng hoặc tiếp tục kinh doanh trước thời hạn (máy sẽ điền giúp)',
        en: 'Notice of suspension or early resumption (the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_OWNER_ID],
  legalBasis: ['NĐ 168/2025/NĐ-CP', 'TT 68/2025/TT-BTC (biểu mẫu)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      registeredBusinessSection(),
      ownerContactSection(),
      {
        id: 'thong_bao',
        title: { vi: 'Nội dung thông báo', en: 'The notice' },
        questions: [
          {
            id: 'loai',
            type: 'choice',
            required: true,
            label: { vi: 'Ông/bà thông báo việc gì?', en: 'What are you notifying?' },
            options: [
              { value: 'tam_ngung', label: { vi: 'Tạm ngừng kinh doanh', en: 'Suspending the business' } },
              {
                value: 'tiep_tuc',
                label: {
                  vi: 'Tiếp tục kinh doanh trước thời hạn đã thông báo',
                  en: 'Reopening before the announced date',
                },
              },
            ],
          },
          {
            id: 'tu_ngay',
            type: 'date',
            range: 'future',
            required: true,
            showIf: { question: 'thong_bao.loai', equals: 'tam_ngung' },
            label: { vi: 'Tạm ngừng từ ngày', en: 'Suspended from' },
            hint: {
              vi: 'Nếu nghỉ từ 30 ngày trở lên, ngày này phải cách hôm nay ít nhất 3 ngày làm việc',
              en: 'For a pause of 30 days or more, this must be at least 3 working days from today',
            },
          },
          {
            id: 'den_ngay',
            type: 'date',
            range: 'future',
            required: true,
            showIf: { question: 'thong_bao.loai', equals: 'tam_ngung' },
            label: { vi: 'Tạm ngừng đến ngày', en: 'Suspended until' },
            hint: { vi: 'Sau ngày bắt đầu tạm ngừng', en: 'After the first day of the suspension' },
          },
          {
            id: 'ngay_tiep_tuc',
            type: 'date',
            range: 'future',
            required: true,
            showIf: { question: 'thong_bao.loai', equals: 'tiep_tuc' },
            label: { vi: 'Tiếp tục kinh doanh từ ngày', en: 'Reopening on' },
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
