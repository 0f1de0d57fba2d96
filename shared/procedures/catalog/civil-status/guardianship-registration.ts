import type { Question } from '../../form-schema';
import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  PRESENT_REQUESTER_ID,
  WORKING_DAYS_NOTE,
  citizenId,
  dateOfBirth,
  declaration,
  email,
  ethnicity,
  fullName,
  nationality,
  personCrossCheck,
  phone,
  registrationCommuneSection,
  residenceText,
  sex,
  type Whose,
} from './person-questions';

/**
 * HT-GH Đăng ký giám hộ (domain.md §2.1; Luật HT Đ.20). The brief lists no form fields: the
 * guardian and the ward are asked with the shared dictionary (§1.1) and the kind of guardianship
 * decides which supporting paper is needed. The brief's 3 working days are for an appointed
 * guardian (giám hộ cử); it gives no time for a guardian by law (giám hộ đương nhiên), so none is
 * stated for that case.
 */
function personQuestions(whose: Whose, idRequired: boolean): Question[] {
  return [
    fullName(whose),
    dateOfBirth(whose),
    sex(whose),
    ethnicity(whose),
    nationality(whose),
    citizenId(whose, idRequired),
    residenceText(whose),
  ];
}

export const GUARDIANSHIP_REGISTRATION: Procedure = {
  id: 'HT-GH',
  nationalCode: '1.004837',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['family_support'],
  name: { vi: 'Đăng ký giám hộ', en: 'Guardianship registration' },
  summary: {
    vi: 'Đăng ký người giám hộ để chăm sóc và đại diện cho trẻ em hoặc người cần được giám hộ.',
    en: 'Register a guardian who cares for and represents a child or another person who needs one.',
  },
  keywords: ['giám hộ', 'đăng ký giám hộ', 'người giám hộ', 'trẻ mồ côi', 'guardian', 'guardianship'],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward where the ward or the guardian lives; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: `Giám hộ cử: 03 ngày làm việc. Giám hộ đương nhiên: cán bộ sẽ hẹn ngày trả kết quả. ${WORKING_DAYS_NOTE.vi}`,
    en: `Appointed guardian: 3 working days. Guardian by law: the office will give you a date. ${WORKING_DAYS_NOTE.en}`,
  },
  fees: [{ name: { vi: 'Lệ phí đăng ký giám hộ', en: 'Guardianship registration fee' }, amountVnd: 0 }],
  documents: [
    declaration({ vi: 'Tờ khai đăng ký giám hộ', en: 'Guardianship registration form' }),
    {
      name: { vi: 'Văn bản cử người giám hộ', en: 'The document appointing the guardian' },
      original: 1,
      copy: 0,
      condition: { vi: 'Giám hộ cử', en: 'For an appointed guardian' },
      capture: 'optional',
    },
    {
      name: {
        vi: 'Giấy tờ chứng minh điều kiện giám hộ đương nhiên',
        en: 'Papers proving the conditions for a guardian by law',
      },
      original: 1,
      copy: 0,
      condition: { vi: 'Giám hộ đương nhiên', en: 'For a guardian by law' },
      capture: 'optional',
    },
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['Luật HT Đ.20'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      registrationCommuneSection({
        vi: 'Ủy ban nhân dân xã, phường nơi cư trú của người được giám hộ hoặc người giám hộ',
        en: "The People's Committee of the commune or ward where the ward or the guardian lives",
      }),
      {
        id: 'giam_ho',
        title: { vi: 'Loại giám hộ', en: 'Kind of guardianship' },
        questions: [
          {
            id: 'loai_giam_ho',
            type: 'choice',
            required: true,
            options: [
              {
                value: 'giam_ho_cu',
                label: {
                  vi: 'Giám hộ cử (có văn bản cử người giám hộ)',
                  en: 'Appointed guardian (with an appointment document)',
                },
              },
              {
                value: 'giam_ho_duong_nhien',
                label: { vi: 'Giám hộ đương nhiên (theo quy định của pháp luật)', en: 'Guardian by law' },
              },
            ],
            label: { vi: 'Đăng ký loại giám hộ nào?', en: 'Which kind of guardianship?' },
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Lý do đăng ký giám hộ', en: 'Reason for the guardianship' },
            hint: {
              vi: 'Ví dụ: cha mẹ đều đã mất; cha mẹ không đủ điều kiện chăm sóc con',
              en: 'For example: both parents have died; the parents cannot look after the child',
            },
          },
        ],
      },
      {
        id: 'nguoi_giam_ho',
        title: { vi: 'Người giám hộ', en: 'The guardian' },
        questions: [
          ...personQuestions({ vi: 'của người giám hộ', en: "The guardian's" }, true),
          phone(),
          email(),
        ],
      },
      {
        id: 'nguoi_duoc_giam_ho',
        title: { vi: 'Người được giám hộ', en: 'The person under guardianship' },
        questions: personQuestions({ vi: 'của người được giám hộ', en: "The ward's" }, false),
      },
    ],
    crossChecks: [
      personCrossCheck('nguoi_giam_ho', { sex: 'answer' }),
      personCrossCheck('nguoi_duoc_giam_ho', { sex: 'answer' }),
    ],
  },
};
