import type { Question, Section } from '../../form-schema';
import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  WORKING_DAYS_NOTE,
  citizenId,
  contactSection,
  dateOfBirth,
  declaration,
  ethnicity,
  fullName,
  nationality,
  personCrossCheck,
  registrationCommuneSection,
  residenceText,
  type Whose,
} from './person-questions';

/**
 * HT-NCMC Đăng ký nhận cha, mẹ, con (domain.md §2.1; Luật HT Đ.24–25). The declaration names the
 * person acknowledging and the person acknowledged, each with name, date of birth, ethnicity,
 * nationality, residence and ID number, and the kind of acknowledgement.
 *
 * The parties must be present (Luật HT Đ.25.1), so the kiosk only prepares the file.
 * Fee: the brief has none ("not found; ask the counter", conf: reconstructed). The schema cannot
 * say "amount unknown", and 0 would read as free, so no fee is listed: the counter states it.
 */
export function acknowledgementPartyQuestions(whose: Whose): Question[] {
  return [
    fullName(whose),
    dateOfBirth(whose),
    ethnicity(whose),
    nationality(whose),
    residenceText(whose),
    citizenId(whose, false),
  ];
}

export const ACKNOWLEDGEMENT_EVIDENCE: Procedure['documents'][number] = {
  name: {
    vi: 'Chứng cứ chứng minh quan hệ cha con hoặc mẹ con (ví dụ: kết quả giám định ADN, văn bản của cơ quan có thẩm quyền)',
    en: 'Evidence of the father–child or mother–child relationship (e.g. a DNA test result, a document from a competent authority)',
  },
  original: 1,
  copy: 0,
  capture: 'optional',
};

export const ACKNOWLEDGEMENT_PROCESSING_TIME: Procedure['processingTime'] = {
  vi: `03 ngày làm việc; nếu cần xác minh thì thêm tối đa 05 ngày làm việc. ${WORKING_DAYS_NOTE.vi}`,
  en: `3 working days; up to 5 more if anything needs checking. ${WORKING_DAYS_NOTE.en}`,
};

const sections: Section[] = [
  registrationCommuneSection({
    vi: 'Ủy ban nhân dân xã, phường nơi cư trú của người nhận hoặc người được nhận',
    en: "The People's Committee of the commune or ward where the acknowledging or the acknowledged person lives",
  }),
  {
    id: 'quan_he',
    title: { vi: 'Việc nhận', en: 'The acknowledgement' },
    questions: [
      {
        id: 'quan_he_nhan',
        type: 'choice',
        required: true,
        options: [
          { value: 'cha_nhan_con', label: { vi: 'Cha nhận con', en: 'A father acknowledges his child' } },
          { value: 'me_nhan_con', label: { vi: 'Mẹ nhận con', en: 'A mother acknowledges her child' } },
          { value: 'con_nhan_cha', label: { vi: 'Con nhận cha', en: 'A child acknowledges their father' } },
          { value: 'con_nhan_me', label: { vi: 'Con nhận mẹ', en: 'A child acknowledges their mother' } },
        ],
        label: { vi: 'Đăng ký việc nhận nào?', en: 'Which acknowledgement is it?' },
      },
    ],
  },
  {
    id: 'nguoi_nhan',
    title: { vi: 'Người nhận', en: 'The person acknowledging' },
    questions: acknowledgementPartyQuestions({ vi: 'của người nhận', en: "The acknowledging person's" }),
  },
  {
    id: 'nguoi_duoc_nhan',
    title: { vi: 'Người được nhận', en: 'The person acknowledged' },
    questions: acknowledgementPartyQuestions({ vi: 'của người được nhận', en: "The acknowledged person's" }),
  },
  contactSection(),
];

export const PARENT_CHILD_ACKNOWLEDGEMENT: Procedure = {
  id: 'HT-NCMC',
  nationalCode: '1.001022',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['new_baby', 'papers'],
  name: { vi: 'Đăng ký nhận cha, mẹ, con', en: 'Registration of acknowledgement of parent or child' },
  summary: {
    vi: 'Đăng ký để cha hoặc mẹ nhận con (hoặc con nhận cha, mẹ) khi giấy tờ chưa ghi quan hệ này; các bên phải cùng đến.',
    en: 'Register that a father or mother acknowledges a child (or a child a parent) when the papers do not yet show it; all parties must come in person.',
  },
  keywords: [
    'nhận cha mẹ con',
    'nhận con',
    'nhận cha',
    'nhận mẹ',
    'bổ sung tên cha',
    'ncmc',
    'con ngoài giá thú',
    'giám định adn',
    'acknowledgement of paternity',
    'paternity',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi cư trú của người nhận hoặc người được nhận; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward where the acknowledging or the acknowledged person lives; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: ACKNOWLEDGEMENT_PROCESSING_TIME,
  fees: [],
  documents: [
    declaration({ vi: 'Tờ khai đăng ký nhận cha, mẹ, con', en: 'Acknowledgement of parent or child form' }),
    ACKNOWLEDGEMENT_EVIDENCE,
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của các bên',
      en: 'The ID cards or level-2 VNeID accounts of the parties',
    },
  ],
  legalBasis: ['Luật HT Đ.24', 'Luật HT Đ.25.1'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Người nhận và người được nhận phải có mặt khi đăng ký (Luật Hộ tịch Đ.25). Máy điền sẵn tờ khai và gửi trước; các bên cùng đến Ủy ban nhân dân xã, phường, mang theo thẻ căn cước và bản chính chứng cứ.',
      en: "The acknowledging and the acknowledged person must be present at registration (Civil Status Law, Art. 25). The kiosk fills in and sends the form in advance; come together to the commune or ward People's Committee with your ID cards and the original evidence.",
    },
  },
  form: {
    sections,
    crossChecks: [personCrossCheck('nguoi_nhan'), personCrossCheck('nguoi_duoc_nhan')],
  },
};
