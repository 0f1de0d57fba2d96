import type { Procedure } from '../../procedure-schema';
import {
  CT01_DOCUMENT,
  DECLARANT_CROSS_CHECK,
  PRESENT_ID,
  declarantSection,
  hanoiAddressSection,
  membersSection,
} from './ct01';

/**
 * CT-GHTT Gia hạn tạm trú (domain.md §2.3; Luật Cư trú Đ.28.3: file within 15 days BEFORE the
 * registered stay ends). Only CT01 is listed as a document (S08).
 * The 3-working-day processing time is `conf: reconstructed` in the brief; verify before release.
 * validFrom: 2025-07-01, see permanent-residence.ts.
 */
export const TEMPORARY_RESIDENCE_EXTENSION: Procedure = {
  id: 'CT-GHTT',
  nationalCode: '1.002755',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Gia hạn tạm trú', en: 'Extension of temporary residence' },
  summary: {
    vi: 'Xin ở tạm trú thêm khi sắp hết hạn; cần làm trong 15 ngày trước ngày hết hạn.',
    en: 'Extend your temporary residence before it runs out; apply within the 15 days before it ends.',
  },
  keywords: [
    'gia hạn tạm trú',
    'tạm trú',
    'hết hạn tạm trú',
    'cư trú',
    'ct01',
    'extend',
    'temporary residence',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi ông/bà đang đăng ký tạm trú',
    en: 'Police of the commune or ward where you are registered as staying',
  },
  processingTime: {
    vi: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (ngày làm việc: thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '3 working days from the day a complete, valid application is received (Monday to Friday, not counting public holidays).',
  },
  fees: [
    {
      name: { vi: 'Cá nhân, hộ gia đình, nộp trực tiếp', en: 'Individual or household, filed in person' },
      amountVnd: 15000,
      condition: {
        vi: 'Nộp hồ sơ giấy tại Công an xã, phường',
        en: 'Paper application at the commune police',
      },
    },
    {
      name: { vi: 'Cá nhân, hộ gia đình, nộp trực tuyến', en: 'Individual or household, filed online' },
      amountVnd: 7000,
      condition: { vi: 'Nộp hồ sơ trực tuyến', en: 'Online application' },
    },
    {
      name: { vi: 'Gia hạn theo danh sách, nộp trực tiếp', en: 'Group list, filed in person' },
      per: 'person',
      amountVnd: 10000,
      condition: {
        vi: 'Khi một cơ quan, đơn vị gia hạn cho nhiều người theo danh sách',
        en: 'When an organisation extends for several people on one list',
      },
    },
    {
      name: { vi: 'Gia hạn theo danh sách, nộp trực tuyến', en: 'Group list, filed online' },
      per: 'person',
      amountVnd: 5000,
      condition: {
        vi: 'Khi một cơ quan, đơn vị gia hạn cho nhiều người theo danh sách',
        en: 'When an organisation extends for several people on one list',
      },
    },
  ],
  documents: [CT01_DOCUMENT],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Cư trú 68/2020/QH14 Đ.28.3', 'TT 116/2026/TT-BCA', 'TT 75/2022/TT-BTC (lệ phí)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      declarantSection(),
      hanoiAddressSection(
        'noi_tam_tru',
        { vi: 'Nơi đang đăng ký tạm trú', en: 'Address where you are registered as staying' },
        { withHousingPaperAddress: false },
      ),
      {
        id: 'gia_han',
        title: { vi: 'Thời hạn tạm trú', en: 'Length of stay' },
        questions: [
          {
            id: 'han_hien_tai',
            type: 'date',
            range: 'any',
            required: true,
            label: { vi: 'Tạm trú hiện tại hết hạn ngày', en: 'Your current registration ends on' },
            hint: {
              vi: 'Nộp hồ sơ trong 15 ngày trước ngày này',
              en: 'Apply within the 15 days before this date',
            },
          },
          {
            id: 'den_ngay',
            type: 'date',
            range: 'future',
            required: true,
            label: { vi: 'Đề nghị gia hạn tạm trú đến ngày', en: 'Extend the stay until' },
            hint: { vi: 'Mỗi lần tối đa 2 năm', en: 'At most 2 years each time' },
          },
        ],
      },
      membersSection({
        vi: 'Thành viên hộ gia đình cùng gia hạn tạm trú',
        en: 'Household members extending with you',
      }),
    ],
    crossChecks: [DECLARANT_CROSS_CHECK],
  },
};
