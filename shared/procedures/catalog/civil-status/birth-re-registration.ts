import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  PRESENT_REQUESTER_ID,
  WORKING_DAYS_NOTE,
  citizenId,
  dateOfBirth,
  declaration,
  ethnicity,
  fullName,
  nationality,
  parentsSections,
  personCrossCheck,
  relationship,
  relationshipOptions,
  requesterQuestions,
  sex,
  type Whose,
} from './person-questions';

/**
 * HT-DLKS Đăng ký lại khai sinh (domain.md §2.1; conf: secondary). For a birth that was registered
 * but whose register and certificate are both lost. The brief lists no form fields or legal basis
 * of its own: the fields are those of the birth declaration (HT-KS, Luật Hộ tịch Đ.14) for a person
 * who may be an adult, plus where and when the birth was first registered.
 * Fees: none in the brief; the schema cannot say "amount unknown", so none is listed.
 */
const PERSON: Whose = { vi: 'của người được đăng ký lại khai sinh', en: "The person's" };

export const BIRTH_RE_REGISTRATION: Procedure = {
  id: 'HT-DLKS',
  nationalCode: '1.004884',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['papers'],
  name: { vi: 'Đăng ký lại khai sinh', en: 'Re-registration of birth' },
  summary: {
    vi: 'Đăng ký lại khai sinh khi cả sổ hộ tịch và giấy khai sinh đã bị mất.',
    en: 'Register a birth again when both the civil-status register and the birth certificate have been lost.',
  },
  keywords: [
    'đăng ký lại khai sinh',
    'mất giấy khai sinh',
    'làm lại giấy khai sinh',
    'khai sinh lại',
    'gks',
    'dlks',
    'lost birth certificate',
    're-registration of birth',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi cư trú; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward where the birth was first registered, or where the person lives; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: `05 ngày làm việc; nếu cần xác minh thì không quá 10 ngày. ${WORKING_DAYS_NOTE.vi}`,
    en: `5 working days; if anything needs checking, no more than 10 days. ${WORKING_DAYS_NOTE.en}`,
  },
  fees: [],
  documents: [
    declaration({ vi: 'Tờ khai đăng ký lại khai sinh', en: 'Birth re-registration form' }),
    {
      // The brief gives no original/copy counts; one copy is assumed.
      name: {
        vi: 'Bản sao Giấy khai sinh cũ (nếu có), hoặc giấy tờ, hồ sơ có thông tin khai sinh (học bạ, hồ sơ đảng viên…)',
        en: 'A copy of the old birth certificate (if any), or papers and records showing the birth details (school records, party membership file…)',
      },
      original: 0,
      copy: 1,
      capture: 'required',
    },
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['NĐ 123/2015/NĐ-CP (sửa bởi NĐ 07/2025/NĐ-CP)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người yêu cầu', en: 'Person making the request' },
        questions: [
          ...requesterQuestions({ withResidence: true }),
          relationship(
            'quan_he',
            { vi: 'của người được đăng ký lại khai sinh', en: 'the person whose birth is re-registered' },
            relationshipOptions([
              'ban_than',
              'cha',
              'me',
              'ong',
              'ba',
              'anh',
              'chi',
              'nguoi_giam_ho',
              'khac',
            ]),
          ),
        ],
      },
      {
        id: 'nguoi_duoc_khai_sinh',
        title: { vi: 'Người được đăng ký lại khai sinh', en: 'The person whose birth is re-registered' },
        questions: [
          fullName(PERSON, {
            vi: 'Nếu là chính mình, ghi tên của ông/bà',
            en: 'If it is your own birth, give your own name',
          }),
          sex(PERSON),
          dateOfBirth(PERSON),
          {
            id: 'noi_sinh',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nơi sinh', en: 'Place of birth' },
            hint: {
              vi: 'Ghi như trên giấy tờ cũ, kể cả tên địa danh trước đây',
              en: 'As on the old papers, including former place names',
            },
          },
          {
            id: 'que_quan',
            type: 'text',
            maxLength: 200,
            required: false,
            label: { vi: 'Quê quán', en: 'Home town (quê quán)' },
          },
          ethnicity(PERSON),
          nationality(PERSON),
          citizenId(PERSON, false),
        ],
      },
      ...parentsSections().sections,
      {
        id: 'khai_sinh_cu',
        title: { vi: 'Lần đăng ký khai sinh trước đây', en: 'The original birth registration' },
        questions: [
          {
            id: 'noi_da_dang_ky',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nơi đã đăng ký khai sinh trước đây', en: 'Where the birth was first registered' },
            hint: {
              vi: 'Ví dụ: UBND xã Đông Ngạc, huyện Từ Liêm (tên cũ)',
              en: 'For example: Đông Ngạc commune, Từ Liêm district (old name)',
            },
          },
          {
            id: 'nam_dang_ky',
            type: 'year',
            min: 1900,
            required: false,
            label: { vi: 'Năm đăng ký (nếu nhớ)', en: 'Year of registration (if you remember)' },
          },
        ],
      },
    ],
    crossChecks: [
      personCrossCheck('nguoi_duoc_khai_sinh', { sex: 'answer' }),
      ...parentsSections().crossChecks,
    ],
  },
};
