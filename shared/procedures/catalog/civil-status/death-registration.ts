import type { CrossCheck, Section } from '../../form-schema';
import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  COPY_EXTRACT_FEE,
  PRESENT_REQUESTER_ID,
  SAME_DAY,
  citizenId,
  dateOfBirth,
  declaration,
  ethnicity,
  extractCopies,
  fullName,
  nationality,
  personCrossCheck,
  relationship,
  relationshipOptions,
  requesterQuestions,
  sex,
  type Whose,
} from './person-questions';

/**
 * HT-KT Đăng ký khai tử (domain.md §2.1; Luật Hộ tịch Đ.32–34). Fields follow the TT 04/2024/TT-BTP
 * declaration: the deceased (name, date of birth, sex, ethnicity, nationality, ID number, last
 * residence, time, place and cause of death, the death notice), then the requester and their
 * relationship to the deceased.
 *
 * Not expressible in the form schema (left to the officer): the time of death must not precede the
 * date of birth; more than 15 days after the death is a late registration (fee and workflow change).
 */
const DECEASED: Whose = { vi: 'của người đã mất', en: "The deceased's" };

export function deathRegistrationSections(): { sections: Section[]; crossChecks: CrossCheck[] } {
  return {
    sections: [
      {
        id: 'nguoi_chet',
        title: { vi: 'Người đã mất', en: 'The person who died' },
        questions: [
          fullName(DECEASED),
          dateOfBirth(DECEASED),
          sex(DECEASED),
          ethnicity(DECEASED),
          nationality(DECEASED),
          citizenId(DECEASED, false),
          {
            // The office is the commune of the last residence; if that cannot be determined, where the
            // person died (Luật Hộ tịch Đ.32). A Hanoi kiosk files only with Hanoi communes.
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: {
              vi: 'Xã, phường nơi cư trú cuối cùng của người đã mất',
              en: 'Commune or ward where the deceased last lived',
            },
            hint: {
              vi: 'Nếu không xác định được nơi cư trú cuối cùng, chọn xã, phường nơi người đó mất',
              en: 'If the last residence cannot be determined, choose the commune or ward where the person died',
            },
          },
          {
            id: 'noi_cu_tru_cuoi_cung',
            type: 'address',
            required: true,
            label: {
              vi: 'Nơi cư trú cuối cùng: số nhà, ngõ, đường, tổ dân phố hoặc thôn',
              en: 'Last residence: house number, lane, street, residential group or village',
            },
          },
          {
            id: 'ngay_chet',
            type: 'date',
            range: 'past',
            required: true,
            label: { vi: 'Ngày, tháng, năm mất', en: 'Date of death' },
            hint: { vi: 'Ghi theo Giấy báo tử', en: 'As on the death notice' },
          },
          {
            // The form prints "… giờ … phút"; the schema has no time type, so the hour is free text.
            id: 'gio_chet',
            type: 'text',
            maxLength: 20,
            required: false,
            label: { vi: 'Mất lúc mấy giờ, mấy phút', en: 'Time of death (hour and minute)' },
            hint: { vi: 'Ví dụ: 14 giờ 30 phút', en: 'For example: 14:30' },
          },
          {
            id: 'noi_chet',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nơi mất', en: 'Place of death' },
            hint: {
              vi: 'Tên bệnh viện, hoặc địa chỉ nơi mất',
              en: 'Name of the hospital, or the address where the person died',
            },
          },
          {
            id: 'nguyen_nhan_chet',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Nguyên nhân mất', en: 'Cause of death' },
            hint: { vi: 'Ghi theo Giấy báo tử', en: 'As on the death notice' },
          },
        ],
      },
      {
        id: 'giay_bao_tu',
        title: { vi: 'Giấy báo tử', en: 'Death notice' },
        questions: [
          {
            id: 'loai_giay',
            type: 'choice',
            required: true,
            options: [
              { value: 'giay_bao_tu', label: { vi: 'Giấy báo tử', en: 'Death notice' } },
              {
                value: 'giay_thay_the',
                label: { vi: 'Giấy tờ thay Giấy báo tử', en: 'A paper that replaces the death notice' },
              },
            ],
            label: { vi: 'Ông/bà có giấy nào?', en: 'Which paper do you have?' },
          },
          {
            id: 'so',
            type: 'text',
            maxLength: 50,
            required: false,
            label: { vi: 'Số giấy', en: 'Number of the paper' },
          },
          {
            id: 'ngay_cap',
            type: 'date',
            range: 'past',
            required: false,
            label: { vi: 'Ngày cấp', en: 'Date of issue' },
          },
          {
            id: 'co_quan_cap',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Cơ quan cấp', en: 'Issued by' },
            hint: { vi: 'Ví dụ: Bệnh viện Bạch Mai', en: 'For example: Bach Mai Hospital' },
          },
        ],
      },
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người đi đăng ký khai tử', en: 'Person registering the death' },
        questions: [
          ...requesterQuestions({ withResidence: true }),
          relationship(
            'quan_he_voi_nguoi_chet',
            { vi: 'của người đã mất', en: 'the deceased' },
            relationshipOptions([
              'vo',
              'chong',
              'con',
              'cha',
              'me',
              'anh',
              'chi',
              'em',
              'ong',
              'ba',
              'nguoi_giam_ho',
              'khac',
            ]),
          ),
        ],
      },
    ],
    crossChecks: [personCrossCheck('nguoi_chet', { sex: 'answer' })],
  };
}

const { sections, crossChecks } = deathRegistrationSections();

export const DEATH_REGISTRATION_DOCUMENTS: Procedure['documents'] = [
  declaration({ vi: 'Tờ khai đăng ký khai tử', en: 'Death registration form' }),
  {
    name: {
      vi: 'Bản chính Giấy báo tử hoặc giấy tờ thay Giấy báo tử',
      en: 'Original death notice, or a paper that replaces it',
    },
    original: 1,
    copy: 0,
    capture: 'required',
  },
];

export const DEATH_REGISTRATION_FEES: Procedure['fees'] = [
  { name: { vi: 'Lệ phí đăng ký khai tử đúng hạn', en: 'Registration fee, on time' }, amountVnd: 0 },
  {
    name: { vi: 'Lệ phí đăng ký khai tử quá hạn', en: 'Registration fee, late' },
    amountVnd: 5000,
    condition: { vi: 'Sau 15 ngày kể từ ngày mất', en: 'More than 15 days after the death' },
  },
  COPY_EXTRACT_FEE({ vi: 'khai tử', en: 'death' }),
];

export const DEATH_REGISTRATION_OFFICE: Procedure['handlingOffice'] = {
  vi: `Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người đã mất; nếu không xác định được thì nơi người đó mất hoặc nơi phát hiện thi thể; ${ANY_CENTRE_IN_HANOI.vi}`,
  en: `People's Committee of the commune or ward where the deceased last lived; if unknown, where the person died or the body was found; ${ANY_CENTRE_IN_HANOI.en}`,
};

export const DEATH_REGISTRATION: Procedure = {
  id: 'HT-KT',
  nationalCode: '1.000656',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['death'],
  name: { vi: 'Đăng ký khai tử', en: 'Death registration' },
  summary: {
    vi: 'Báo việc người thân đã mất để được cấp trích lục khai tử; nên làm trong 15 ngày kể từ ngày mất.',
    en: 'Report the death of a family member to receive the death extract; it should be done within 15 days of the death.',
  },
  keywords: [
    'khai tử',
    'đăng ký khai tử',
    'giấy chứng tử',
    'trích lục khai tử',
    'giấy báo tử',
    'người mất',
    'qua đời',
    'chết',
    'death',
    'death certificate',
  ],
  handlingOffice: DEATH_REGISTRATION_OFFICE,
  processingTime: {
    // The brief's "không quá 03 ngày làm việc" for verification is conf: reconstructed, so no number is given.
    vi: `${SAME_DAY.vi}. Nếu cần xác minh thì lâu hơn; cán bộ sẽ hẹn ngày trả kết quả.`,
    en: `${SAME_DAY.en}. If anything needs checking it takes longer; the office will give you a date.`,
  },
  fees: DEATH_REGISTRATION_FEES,
  documents: DEATH_REGISTRATION_DOCUMENTS,
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['Luật Hộ tịch Đ.32–34', 'TT 24/2020/TT-BYT (Giấy báo tử)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      ...sections,
      {
        id: 'tuy_chon',
        title: { vi: 'Bản sao trích lục', en: 'Copies of the extract' },
        questions: [extractCopies({ vi: 'khai tử', en: 'death' })],
      },
    ],
    crossChecks,
  },
};
