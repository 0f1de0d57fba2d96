import type { Procedure } from '../../procedure-schema';
import { PRESENT_ID, hanoiAddressSection } from './ct01';

/**
 * CT-LUUTRU Thông báo lưu trú (domain.md §2.3; Luật Cư trú Đ.30). A household member (or the guest,
 * if nobody is home) notifies before 23:00 on the first day; the 08:00-next-day rule for late
 * arrivals is `conf: reconstructed`. The brief's "datetime range" is asked as two dates: the
 * schema has no time of day. No form in the brief names the notifier; it is asked so the police
 * know who notified. Kiosk mode is submit, but an offline kiosk delivers later: the summary tells
 * residents the deadline. validFrom: 2025-07-01 (no date in the brief).
 */
export const GUEST_STAY_NOTIFICATION: Procedure = {
  id: 'CT-LUUTRU',
  nationalCode: '2.001159',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Thông báo lưu trú', en: 'Notification of a guest’s stay' },
  summary: {
    vi: 'Báo cho Công an xã, phường khi có người thân hoặc khách đến ngủ lại nhà mình, trước 23 giờ ngày khách đến.',
    en: 'Tell the commune police when a relative or guest stays overnight at your home, before 11 p.m. on the day they arrive.',
  },
  keywords: [
    'lưu trú',
    'thông báo lưu trú',
    'khai báo lưu trú',
    'khách',
    'người thân đến chơi',
    'ngủ lại',
    'guest',
    'visitor',
    'overnight stay',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi khách lưu trú',
    en: 'Police of the commune or ward where the guest stays',
  },
  processingTime: {
    vi: 'Thông báo trước 23 giờ của ngày khách bắt đầu lưu trú; khách đến sau 23 giờ thì thông báo trước 08 giờ sáng ngày hôm sau.',
    en: 'Notify before 11 p.m. on the first day of the stay; for a guest arriving after 11 p.m., before 8 a.m. the next morning.',
  },
  // domain.md: amount 0, conf: secondary.
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Cư trú 68/2020/QH14 Đ.30'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_thong_bao',
        title: { vi: 'Người thông báo', en: 'Person notifying' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên của ông/bà', en: 'Your full name' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân của ông/bà', en: 'Your personal ID number' },
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on your ID card' },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: true,
            label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
            hint: {
              vi: 'Để Công an xã, phường liên hệ khi cần',
              en: 'So the commune police can call if needed',
            },
          },
        ],
      },
      hanoiAddressSection(
        'noi_luu_tru',
        { vi: 'Địa chỉ nơi lưu trú', en: 'Address where the guest stays' },
        { withHousingPaperAddress: false },
      ),
      {
        id: 'thoi_gian',
        title: { vi: 'Thời gian và lý do lưu trú', en: 'Dates and reason for the stay' },
        questions: [
          {
            id: 'tu_ngay',
            type: 'date',
            range: 'any',
            required: true,
            label: { vi: 'Lưu trú từ ngày', en: 'Staying from' },
          },
          {
            id: 'den_ngay',
            type: 'date',
            range: 'any',
            required: true,
            label: { vi: 'Lưu trú đến ngày', en: 'Staying until' },
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 200,
            required: false,
            label: { vi: 'Lý do lưu trú', en: 'Reason for the stay' },
            hint: { vi: 'Ví dụ: thăm người thân', en: 'For example: visiting family' },
          },
        ],
      },
      {
        id: 'nguoi_luu_tru',
        title: { vi: 'Người đến lưu trú', en: 'Guests staying' },
        repeat: { min: 1, max: 10, itemLabel: { vi: 'Người lưu trú', en: 'Guest' } },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          },
          {
            id: 'loai_giay_to',
            type: 'choice',
            required: true,
            label: { vi: 'Giấy tờ của người lưu trú', en: 'The guest’s identity document' },
            options: [
              {
                value: 'dinh_danh',
                label: { vi: 'Số định danh cá nhân (thẻ căn cước)', en: 'Personal ID number (ID card)' },
              },
              { value: 'ho_chieu', label: { vi: 'Hộ chiếu', en: 'Passport' } },
            ],
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            showIf: { question: 'nguoi_luu_tru.loai_giay_to', equals: 'dinh_danh' },
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: { vi: 'Gồm 12 chữ số', en: '12 digits' },
          },
          {
            id: 'so_ho_chieu',
            type: 'text',
            maxLength: 20,
            required: true,
            showIf: { question: 'nguoi_luu_tru.loai_giay_to', equals: 'ho_chieu' },
            label: { vi: 'Số hộ chiếu', en: 'Passport number' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
