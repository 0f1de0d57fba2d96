import type { Procedure } from '../../procedure-schema';
import { ACKNOWLEDGEMENT_EVIDENCE, ACKNOWLEDGEMENT_PROCESSING_TIME } from './parent-child-acknowledgement';
import {
  ANY_CENTRE_IN_HANOI,
  childQuestions,
  contactSection,
  declaration,
  parentQuestions,
  personCrossCheck,
  registrationCommuneSection,
} from './person-questions';

/**
 * HT-KSNCMC Đăng ký khai sinh kết hợp nhận cha, mẹ, con (domain.md §2.1; conf: secondary). The brief
 * says only that the form inherits HT-KS and HT-NCMC, so the form is the child and both parents (as
 * HT-KS, with the father always asked: acknowledging him is the point) plus who acknowledges whom.
 *
 * Reconstructed from the brief's inheritance, to verify: the processing time (as HT-NCMC), and that
 * the parties must be present as for HT-NCMC (Luật HT Đ.25.1), hence kiosk mode "prepare".
 * Fees: none in the brief; the schema cannot say "amount unknown", so none is listed.
 */
export const BIRTH_WITH_ACKNOWLEDGEMENT: Procedure = {
  id: 'HT-KSNCMC',
  nationalCode: '1.000689',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['new_baby'],
  name: {
    vi: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    en: 'Birth registration combined with acknowledgement of paternity or maternity',
  },
  summary: {
    vi: 'Đăng ký khai sinh cho con và cùng lúc đăng ký việc cha (hoặc mẹ) nhận con, thường khi cha mẹ chưa đăng ký kết hôn.',
    en: 'Register a child’s birth and, at the same time, the father (or mother) acknowledging the child, usually when the parents are not married.',
  },
  keywords: [
    'khai sinh',
    'nhận cha mẹ con',
    'nhận con',
    'khai sinh kết hợp nhận cha',
    'con ngoài giá thú',
    'gks',
    'ncmc',
    'birth certificate',
    'paternity',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: ACKNOWLEDGEMENT_PROCESSING_TIME,
  fees: [],
  documents: [
    declaration({ vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' }),
    declaration({ vi: 'Tờ khai đăng ký nhận cha, mẹ, con', en: 'Acknowledgement of parent or child form' }),
    {
      name: {
        vi: 'Bản chính Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh',
        en: 'Original birth certificate from the hospital; if none: a witness statement or a written declaration of the birth',
      },
      original: 1,
      copy: 0,
      capture: 'optional',
    },
    ACKNOWLEDGEMENT_EVIDENCE,
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của cha và mẹ',
      en: "The father's and the mother's ID cards or level-2 VNeID accounts",
    },
  ],
  legalBasis: ['Luật Hộ tịch 60/2014/QH13 Đ.13–16', 'Luật HT Đ.24', 'Luật HT Đ.25.1'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Việc nhận cha, mẹ, con cần các bên có mặt khi đăng ký (Luật Hộ tịch Đ.25). Máy điền sẵn tờ khai và gửi trước; cha và mẹ cùng đến Ủy ban nhân dân xã, phường, mang theo thẻ căn cước, Giấy chứng sinh và bản chính chứng cứ.',
      en: "Acknowledging a parent or child needs the parties present at registration (Civil Status Law, Art. 25). The kiosk fills in and sends the forms in advance; the father and mother come together to the commune or ward People's Committee with their ID cards, the hospital birth certificate and the original evidence.",
    },
  },
  form: {
    sections: [
      registrationCommuneSection({
        vi: 'Ủy ban nhân dân xã, phường nơi cư trú của cha hoặc mẹ',
        en: "The People's Committee of the commune or ward where the father or mother lives",
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
              {
                value: 'cha_nhan_con',
                label: { vi: 'Cha nhận con', en: 'The father acknowledges the child' },
              },
              { value: 'me_nhan_con', label: { vi: 'Mẹ nhận con', en: 'The mother acknowledges the child' } },
            ],
            label: { vi: 'Ai nhận con?', en: 'Who acknowledges the child?' },
          },
        ],
      },
      {
        id: 'tre',
        title: { vi: 'Thông tin của trẻ', en: "The child's details" },
        questions: childQuestions(),
      },
      {
        id: 'me',
        title: { vi: 'Thông tin của mẹ', en: "The mother's details" },
        questions: parentQuestions({ vi: 'của mẹ', en: "The mother's" }),
      },
      {
        id: 'cha',
        title: { vi: 'Thông tin của cha', en: "The father's details" },
        questions: parentQuestions({ vi: 'của cha', en: "The father's" }),
      },
      contactSection(),
    ],
    crossChecks: [
      personCrossCheck('me', { birth: 'nam_sinh', sex: 'female' }),
      personCrossCheck('cha', { birth: 'nam_sinh', sex: 'male' }),
    ],
  },
};
