import type { Procedure } from '../../procedure-schema';
import {
  CONSENT_LETTER_DOCUMENT,
  CT01_DOCUMENT,
  DECLARANT_CROSS_CHECK,
  PRESENT_ID,
  declarantSection,
  hanoiAddressSection,
  householdHeadSections,
  membersSection,
  ownerConsentSections,
} from './ct01';

/**
 * CT-TT Đăng ký thường trú (domain.md §2.3; Luật Cư trú 68/2020/QH14 Đ.20–22; form CT01 of
 * TT 116/2026/TT-BCA). validFrom: the brief gives no effective date for TT 116/2026, so the date the
 * commune police took over under the two-level government (2025-07-01) is used.
 * Hanoi's minimum floor area per person for rented/borrowed homes is not verified (domain.md), so
 * the kiosk does not check it; the police do.
 */
export const PERMANENT_RESIDENCE: Procedure = {
  id: 'CT-TT',
  nationalCode: '1.004222',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
  summary: {
    vi: 'Đăng ký nơi ở lâu dài (thường trú) khi ông/bà chuyển đến sống ổn định ở một chỗ ở hợp pháp mới.',
    en: 'Register your permanent address when you move for good to a new lawful home.',
  },
  keywords: [
    'thường trú',
    'đăng ký thường trú',
    'nhập hộ khẩu',
    'hộ khẩu',
    'chuyển hộ khẩu',
    'cư trú',
    'ct01',
    'dktt',
    'permanent residence',
    'household registration',
    'move house',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi đăng ký thường trú',
    en: 'Police of the commune or ward where you register',
  },
  processingTime: {
    vi: '07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (ngày làm việc: thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '7 working days from the day a complete, valid application is received (Monday to Friday, not counting public holidays).',
  },
  fees: [
    {
      name: { vi: 'Lệ phí đăng ký thường trú, nộp hồ sơ trực tiếp', en: 'Registration fee, filed in person' },
      amountVnd: 20000,
      condition: {
        vi: 'Nộp hồ sơ giấy tại Công an xã, phường',
        en: 'Paper application at the commune police',
      },
    },
    {
      name: { vi: 'Lệ phí đăng ký thường trú, nộp trực tuyến', en: 'Registration fee, filed online' },
      amountVnd: 10000,
      condition: { vi: 'Nộp hồ sơ trực tuyến', en: 'Online application' },
    },
    {
      name: { vi: 'Miễn lệ phí', en: 'Fee waived' },
      amountVnd: 0,
      condition: {
        vi: 'Người thuộc đối tượng được miễn theo Thông tư 75/2022/TT-BTC',
        en: 'People exempted under Circular 75/2022/TT-BTC',
      },
    },
  ],
  documents: [
    {
      ...CT01_DOCUMENT,
      name: {
        vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01, máy sẽ điền giúp); người Việt Nam định cư ở nước ngoài dùng mẫu CT02',
        en: 'Residence information change form (CT01; the kiosk fills it in); Vietnamese living abroad use form CT02',
      },
    },
    {
      name: {
        vi: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (ví dụ: giấy chứng nhận quyền sở hữu nhà, hợp đồng thuê nhà)',
        en: 'Proof of a lawful home (for example the home ownership certificate or a rental contract)',
      },
      original: 0,
      copy: 1,
      condition: {
        vi: 'Nếu Công an chưa tra cứu được trong cơ sở dữ liệu hoặc VNeID',
        en: 'If the police cannot find it in the databases or VNeID',
      },
      capture: 'optional',
    },
    {
      // Copy count not given in domain.md (conf: secondary); one copy, as for the proof of the home.
      name: {
        vi: 'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ, chủ sở hữu (ví dụ: giấy khai sinh, giấy chứng nhận kết hôn)',
        en: 'Proof of the family relationship with the household head or owner (for example a birth or marriage certificate)',
      },
      original: 0,
      copy: 1,
      condition: {
        vi: 'Khi về ở với người thân, nếu quan hệ này chưa có trong cơ sở dữ liệu',
        en: 'When moving in with a relative, if the relationship is not already in the databases',
      },
      capture: 'optional',
    },
    CONSENT_LETTER_DOCUMENT,
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: [
    'Luật Cư trú 68/2020/QH14 Đ.20–22',
    'NĐ 154/2024/NĐ-CP Đ.5 (giấy tờ chứng minh chỗ ở hợp pháp) (sửa bởi NĐ 58/2026)',
    'TT 116/2026/TT-BCA',
    'TT 75/2022/TT-BTC (lệ phí)',
  ],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      declarantSection(),
      hanoiAddressSection(
        'noi_dang_ky',
        { vi: 'Nơi đề nghị đăng ký thường trú', en: 'Address you want to register as permanent' },
        { withHousingPaperAddress: true },
      ),
      ...ownerConsentSections(true),
      ...householdHeadSections(),
      membersSection({
        vi: 'Thành viên hộ gia đình cùng đăng ký thường trú',
        en: 'Household members registering with you',
      }),
    ],
    crossChecks: [DECLARANT_CROSS_CHECK],
  },
};
