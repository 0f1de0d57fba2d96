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
 * CT-TAMTRU Đăng ký tạm trú (domain.md §2.3; Luật Cư trú Đ.27). Required after 30 days at a lawful
 * place outside the commune of permanent residence; at most 2 years per registration, renewable.
 * The 2-year limit on `thoi_han.den_ngay` is only stated in the hint: the schema cannot compare a
 * date with today + 2 years. validFrom: 2025-07-01, see permanent-residence.ts.
 * Not asked here (domain.md notes): parents with only temporary residence must register a newborn
 * within 60 days of the birth registration; the child is then added as a member below.
 */
export const TEMPORARY_RESIDENCE: Procedure = {
  id: 'CT-TAMTRU',
  nationalCode: '1.004194',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
  summary: {
    vi: 'Đăng ký tạm trú khi ông/bà đến ở từ 30 ngày trở lên tại nơi ngoài xã, phường đã đăng ký thường trú, ví dụ ở nhà thuê.',
    en: 'Register a temporary address when you stay 30 days or more somewhere outside the commune of your permanent address, for example in a rented flat.',
  },
  keywords: [
    'tạm trú',
    'đăng ký tạm trú',
    'khai báo tạm trú',
    'thuê nhà',
    'nhà trọ',
    'cư trú',
    'ct01',
    'temporary residence',
    'renting',
    'tenant',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi ông/bà đến tạm trú',
    en: 'Police of the commune or ward where you will stay',
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
      name: {
        vi: 'Đăng ký theo danh sách, nộp trực tiếp (mỗi người)',
        en: 'Group list, filed in person (per person)',
      },
      amountVnd: 10000,
      condition: {
        vi: 'Khi một cơ quan, đơn vị đăng ký cho nhiều người theo danh sách',
        en: 'When an organisation registers several people on one list',
      },
    },
    {
      name: {
        vi: 'Đăng ký theo danh sách, nộp trực tuyến (mỗi người)',
        en: 'Group list, filed online (per person)',
      },
      amountVnd: 5000,
      condition: {
        vi: 'Khi một cơ quan, đơn vị đăng ký cho nhiều người theo danh sách',
        en: 'When an organisation registers several people on one list',
      },
    },
  ],
  documents: [
    {
      ...CT01_DOCUMENT,
      name: {
        vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01, máy sẽ điền giúp); người chưa thành niên cần ý kiến đồng ý của cha, mẹ hoặc người giám hộ trong tờ khai',
        en: 'Residence information change form (CT01; the kiosk fills it in); for a minor, a parent or guardian consents on the form',
      },
    },
    {
      name: {
        vi: 'Giấy tờ chứng minh chỗ ở hợp pháp (ví dụ: hợp đồng thuê nhà)',
        en: 'Proof of a lawful home (for example the rental contract)',
      },
      original: 0,
      copy: 1,
      condition: {
        vi: 'Nếu Công an chưa tra cứu được trong cơ sở dữ liệu; không cần khi về ở với người thân đã có chủ hộ, chủ sở hữu đồng ý',
        en: 'If the police cannot find it in the databases; not needed when moving in with relatives whose household head or owner consents',
      },
      capture: 'optional',
    },
    CONSENT_LETTER_DOCUMENT,
    {
      name: {
        vi: 'Văn bản đề nghị kèm danh sách (họ tên, ngày sinh, giới tính, số định danh cá nhân, thời hạn tạm trú) và tờ khai CT01 của từng người',
        en: 'Covering letter with a list (name, date of birth, sex, personal ID number, length of stay) and a CT01 form for each person',
      },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Chỉ khi đăng ký theo danh sách (ví dụ: ký túc xá của công ty)',
        en: 'Only for a group list (for example a company dormitory)',
      },
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: [
    'Luật Cư trú 68/2020/QH14 Đ.27',
    'NĐ 154/2024/NĐ-CP Đ.5 (giấy tờ chứng minh chỗ ở hợp pháp) (sửa bởi NĐ 58/2026)',
    'TT 116/2026/TT-BCA',
    // Cited in domain.md for CT-TT; it is the residence-fee circular, so it also covers these fees.
    'TT 75/2022/TT-BTC (lệ phí)',
  ],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      declarantSection(),
      hanoiAddressSection(
        'noi_tam_tru',
        { vi: 'Nơi đề nghị đăng ký tạm trú', en: 'Address where you will stay' },
        {
          withHousingPaperAddress: true,
          extra: [
            {
              id: 'den_ngay',
              type: 'date',
              range: 'future',
              required: true,
              label: { vi: 'Tạm trú đến ngày', en: 'Staying until' },
              hint: {
                vi: 'Mỗi lần đăng ký tối đa 2 năm; có thể gia hạn',
                en: 'At most 2 years per registration; it can be extended',
              },
            },
          ],
        },
      ),
      ...ownerConsentSections(false),
      ...householdHeadSections(),
      membersSection({
        vi: 'Thành viên hộ gia đình cùng đăng ký tạm trú',
        en: 'Household members registering with you',
      }),
    ],
    crossChecks: [DECLARANT_CROSS_CHECK],
  },
};
