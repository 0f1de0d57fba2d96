import type { Question, Section } from '../../form-schema';
import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  COPY_EXTRACT_FEE,
  SAME_DAY,
  citizenId,
  contactSection,
  dateOfBirth,
  declaration,
  ethnicity,
  extractCopies,
  fullName,
  nationality,
  personCrossCheck,
  registrationCommuneSection,
  residenceText,
  type Whose,
} from './person-questions';

/**
 * HT-KH Đăng ký kết hôn (domain.md §2.1; Luật Hộ tịch Đ.17–18). One declaration for both parties,
 * as the TT 04/2024/TT-BTP form: "Bên nữ" and "Bên nam", each with name, date of birth, ethnicity,
 * nationality, residence, ID number and "Kết hôn lần thứ mấy".
 *
 * validFrom 2026-01-01: from then two Vietnamese citizens no longer file a Giấy xác nhận tình trạng
 * hôn nhân (NQ 66.7/2025/NQ-CP; conf: secondary), which changes the document list.
 *
 * Not expressible in the form schema, so left to the officer (domain.md validation):
 * - age on the registration date ≥ 20 full years for the man, ≥ 18 for the woman (Luật HN&GĐ Đ.8);
 * - the two parties' ID numbers must differ.
 */
function partyQuestions(whose: Whose, subjectEn: string): Question[] {
  return [
    fullName(whose),
    dateOfBirth(whose),
    ethnicity(whose),
    nationality(whose),
    residenceText(whose),
    citizenId(whose, true),
    {
      id: 'ket_hon_lan_thu',
      type: 'integer',
      min: 1,
      max: 10,
      required: true,
      label: {
        vi: `Đây là lần kết hôn thứ mấy ${whose.vi}?`,
        en: `Counting this one, how many times has ${subjectEn} married?`,
      },
      hint: { vi: 'Kết hôn lần đầu thì ghi 1', en: 'Enter 1 for a first marriage' },
    },
  ];
}

const sections: Section[] = [
  registrationCommuneSection({
    vi: 'Ủy ban nhân dân xã, phường nơi cư trú của bên nam hoặc bên nữ',
    en: "The People's Committee of the commune or ward where the man or the woman lives",
  }),
  {
    id: 'ben_nu',
    title: { vi: 'Bên nữ', en: 'The woman' },
    questions: partyQuestions({ vi: 'của bên nữ', en: "The woman's" }, 'the woman'),
  },
  {
    id: 'ben_nam',
    title: { vi: 'Bên nam', en: 'The man' },
    questions: partyQuestions({ vi: 'của bên nam', en: "The man's" }, 'the man'),
  },
  {
    id: 'tuy_chon',
    title: { vi: 'Bản sao và ngày nhận', en: 'Copies and collection date' },
    questions: [
      extractCopies({ vi: 'kết hôn', en: 'marriage' }),
      {
        id: 'ngay_hen_to_chuc_trao',
        type: 'date',
        range: 'future',
        required: false,
        label: {
          vi: 'Ngày hai người muốn đến nhận Giấy chứng nhận kết hôn',
          en: 'The day you both would like to come and receive the marriage certificate',
        },
        hint: {
          vi: 'Không bắt buộc. Cán bộ sẽ gọi điện xác nhận ngày hẹn.',
          en: 'Optional. The office will call to confirm the date.',
        },
      },
    ],
  },
  contactSection(),
];

export const MARRIAGE_REGISTRATION: Procedure = {
  id: 'HT-KH',
  nationalCode: '1.000894',
  version: 1,
  validFrom: '2026-01-01',
  category: 'ho_tich',
  lifeEvents: ['marriage'],
  name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
  summary: {
    vi: 'Đăng ký kết hôn để được cấp Giấy chứng nhận kết hôn; cả hai người phải cùng đến ký.',
    en: 'Register your marriage to receive a marriage certificate; both of you must come in person to sign.',
  },
  keywords: [
    'kết hôn',
    'đăng ký kết hôn',
    'giấy đăng ký kết hôn',
    'giấy chứng nhận kết hôn',
    'đkkh',
    'dkkh',
    'cưới',
    'lấy vợ',
    'lấy chồng',
    'marriage',
    'wedding',
    'marriage certificate',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward where either of you lives; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: `${SAME_DAY.vi}. Nếu cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.`,
    en: `${SAME_DAY.en}. If the conditions for marriage need checking, no more than 5 working days.`,
  },
  fees: [
    {
      name: {
        vi: 'Lệ phí đăng ký kết hôn (công dân Việt Nam cư trú trong nước)',
        en: 'Marriage registration fee (Vietnamese citizens living in Viet Nam)',
      },
      amountVnd: 0,
    },
    COPY_EXTRACT_FEE({ vi: 'kết hôn', en: 'marriage' }),
  ],
  documents: [
    declaration({
      vi: 'Tờ khai đăng ký kết hôn (một tờ khai chung cho hai bên)',
      en: 'Marriage registration form (one form for both of you)',
    }),
    {
      // From 1/1/2026 not needed between two Vietnamese citizens (NQ 66.7/2025/NQ-CP; conf: secondary).
      name: { vi: 'Giấy xác nhận tình trạng hôn nhân', en: 'Certificate of marital status' },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Chỉ khi việc kết hôn có yếu tố nước ngoài; hai công dân Việt Nam không phải nộp (cơ quan tự tra cứu dữ liệu)',
        en: 'Only when the marriage involves a foreign element; two Vietnamese citizens need not bring it (the office checks the database)',
      },
      capture: 'optional',
    },
    {
      // The brief gives no original/copy counts for this paper (conf: secondary); one copy is assumed.
      name: {
        vi: 'Bản án hoặc quyết định ly hôn đã có hiệu lực; trích lục ghi chú ly hôn nếu ly hôn ở nước ngoài',
        en: 'The final divorce judgment or decision; the extract recording the divorce if it was granted abroad',
      },
      original: 0,
      copy: 1,
      condition: { vi: 'Nếu một bên đã từng kết hôn', en: 'If either of you has been married before' },
      capture: 'optional',
    },
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của cả hai bên',
      en: 'The ID cards or level-2 VNeID accounts of both of you',
    },
  ],
  legalBasis: [
    'Luật Hộ tịch Đ.17–18',
    'Luật Hôn nhân và gia đình 52/2014/QH13 Đ.8',
    'NĐ 123/2015 (sửa bởi NĐ 07/2025)',
    'NQ 66.7/2025/NQ-CP',
    'QĐ 3673/QĐ-BTP (thủ tục cấp xã 2026)',
  ],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Cả hai bên nam, nữ phải cùng có mặt tại Ủy ban nhân dân xã, phường để ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn (Luật Hộ tịch Đ.18). Máy điền sẵn tờ khai và gửi trước; hai người cùng đến, mang theo thẻ căn cước.',
      en: "Both of you must be present at the commune or ward People's Committee to sign the civil-status register and the marriage certificate (Civil Status Law, Art. 18). The kiosk fills in and sends the form in advance; come together and bring your ID cards.",
    },
  },
  form: {
    sections,
    crossChecks: [
      personCrossCheck('ben_nu', { sex: 'female' }),
      personCrossCheck('ben_nam', { sex: 'male' }),
    ],
  },
};
