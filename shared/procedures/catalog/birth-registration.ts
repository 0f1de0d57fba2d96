import type { Question } from '../form-schema';
import type { Procedure } from '../procedure-schema';

/**
 * HT-KS Đăng ký khai sinh (domain.md §2.1; Luật Hộ tịch 60/2014 Đ.13–16).
 * Fields follow the registration's content (Đ.14): the requester, the child, and
 * the parents (mother if known; father optional when paternity is not established).
 */
const RELATIONSHIPS = (
  [
    ['cha', 'Cha', 'Father'],
    ['me', 'Mẹ', 'Mother'],
    ['ong', 'Ông', 'Grandfather'],
    ['ba', 'Bà', 'Grandmother'],
    ['anh', 'Anh', 'Elder brother'],
    ['chi', 'Chị', 'Elder sister'],
    ['nguoi_giam_ho', 'Người giám hộ', 'Guardian'],
    ['khac', 'Khác', 'Other'],
  ] as const
).map(([value, vi, en]) => ({ value, label: { vi, en } }));

const YES_NO = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

/**
 * "Nơi cư trú" (domain.md §1.1): in Hanoi, the commune-level unit (post-2025, no district) and the
 * street detail; elsewhere, one line of free text, since the kiosk lists only Hanoi's units.
 * `whose` completes the labels: "của ông/bà" / "Your", "của mẹ" / "The mother's".
 */
function residenceQuestions(
  sectionId: string,
  whose: { vi: string; en: string },
  showIf?: Question['showIf'],
): Question[] {
  const inHanoi = { question: `${sectionId}.cu_tru_ha_noi`, equals: 'yes' };
  return [
    {
      id: 'cu_tru_ha_noi',
      type: 'choice',
      options: YES_NO,
      defaultValue: 'yes',
      required: true,
      label: {
        vi: `Nơi cư trú ${whose.vi} có ở Hà Nội không?`,
        en: `Is ${whose.en.toLowerCase()} residence in Hanoi?`,
      },
      hint: {
        vi: 'Nơi thường trú; nếu không có thì nơi tạm trú; nếu không có thì nơi đang sống.',
        en: 'The permanent residence; if none, the temporary one; if none, where they actually live.',
      },
      ...(showIf ? { showIf } : {}),
    },
    {
      id: 'xa_phuong',
      type: 'commune',
      required: true,
      label: { vi: `Xã, phường nơi cư trú ${whose.vi}`, en: `${whose.en} commune or ward of residence` },
      hint: {
        vi: 'Tên xã, phường mới từ ngày 01/7/2025 (không còn quận, huyện)',
        en: 'The new commune or ward from 1 July 2025 (districts no longer exist)',
      },
      showIf: inHanoi,
    },
    {
      id: 'noi_cu_tru',
      type: 'address',
      required: true,
      label: {
        vi: `Số nhà, ngõ, đường, tổ dân phố hoặc thôn nơi cư trú ${whose.vi}`,
        en: `${whose.en} house number, lane, street, residential group or village`,
      },
      hint: {
        vi: 'Với chung cư: số căn hộ, tầng, tòa nhà',
        en: 'For an apartment: flat number, floor, building',
      },
      showIf: inHanoi,
    },
    {
      id: 'noi_cu_tru_ngoai_ha_noi',
      type: 'text',
      maxLength: 200,
      required: true,
      label: { vi: `Nơi cư trú ${whose.vi}`, en: `${whose.en} place of residence` },
      hint: {
        vi: 'Số nhà, ngõ, đường, xã hoặc phường, tỉnh hoặc thành phố',
        en: 'House number, lane, street, commune or ward, province or city',
      },
      showIf: { ...inHanoi, equals: 'no' },
    },
  ];
}

/**
 * A parent's residence. Usually the same as the requester's (a parent registering their own child),
 * so that is asked first and saves typing the address twice.
 */
function parentResidenceQuestions(sectionId: string, who: { vi: string; en: string }): Question[] {
  return [
    {
      id: 'cung_noi_cu_tru',
      type: 'choice',
      options: YES_NO,
      required: true,
      label: {
        vi: `${capitalise(who.vi)} có cùng nơi cư trú với ông/bà không?`,
        en: `Does ${who.en.toLowerCase()} live at the same address as you?`,
      },
      hint: {
        vi: `Nếu ông/bà chính là ${who.vi}, chọn "Có".`,
        en: `If you are ${who.en.toLowerCase()}, choose "Yes".`,
      },
    },
    ...residenceQuestions(
      sectionId,
      { vi: `của ${who.vi}`, en: `${who.en}'s` },
      { question: `${sectionId}.cung_noi_cu_tru`, equals: 'no' },
    ),
  ];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The same questions for each parent; the mother's sex is known, so her ID is cross-checked for it. */
function parentQuestions(sectionId: string, who: { vi: string; en: string }): Question[] {
  return [
    {
      id: 'ho_ten',
      type: 'personName',
      required: true,
      label: { vi: `Họ, chữ đệm và tên của ${who.vi}`, en: `${who.en}'s full name` },
    },
    {
      id: 'nam_sinh',
      type: 'year',
      min: 1900,
      required: true,
      label: { vi: `Năm sinh của ${who.vi}`, en: `${who.en}'s year of birth` },
    },
    {
      id: 'dan_toc',
      type: 'choice',
      optionSet: 'ethnicity',
      defaultValue: '01',
      required: true,
      label: { vi: `Dân tộc của ${who.vi}`, en: `${who.en}'s ethnicity` },
    },
    {
      id: 'quoc_tich',
      type: 'choice',
      optionSet: 'nationality',
      defaultValue: 'VN',
      required: true,
      label: { vi: `Quốc tịch của ${who.vi}`, en: `${who.en}'s nationality` },
    },
    ...parentResidenceQuestions(sectionId, who),
    {
      id: 'so_dinh_danh',
      type: 'citizenId',
      required: false,
      label: {
        vi: `Số định danh cá nhân (số CCCD) của ${who.vi}`,
        en: `${who.en}'s personal ID number (CCCD)`,
      },
      hint: {
        vi: 'Gồm 12 chữ số, in trên thẻ căn cước.',
        en: '12 digits, printed on the ID card.',
      },
    },
  ];
}

export const BIRTH_REGISTRATION: Procedure = {
  id: 'HT-KS',
  nationalCode: '1.001193',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['new_baby'],
  name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  summary: {
    vi: 'Đăng ký khai sinh cho trẻ mới sinh. Nên làm trong 60 ngày kể từ ngày sinh.',
    en: 'Register the birth of a newborn child. It should be done within 60 days of the birth.',
  },
  keywords: ['khai sinh', 'giấy khai sinh', 'em bé', 'trẻ em', 'birth certificate', 'baby'],
  handlingOffice: {
    vi: 'Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ; nộp tại bất kỳ Trung tâm Phục vụ hành chính công cấp xã nào ở Hà Nội',
    en: "People's Committee of the commune or ward where the father or mother lives; file at any commune public-service centre in Hanoi",
  },
  processingTime: {
    vi: 'Trong ngày, ngay khi nhận đủ giấy tờ (nhận sau 15 giờ thì trả kết quả ngày làm việc tiếp theo)',
    en: 'Same day once all papers are received (after 3 p.m., the next working day)',
  },
  fees: [
    { name: { vi: 'Lệ phí đăng ký khai sinh đúng hạn', en: 'Registration fee, on time' }, amountVnd: 0 },
    {
      name: { vi: 'Lệ phí đăng ký khai sinh quá hạn', en: 'Registration fee, late' },
      amountVnd: 5000,
      condition: { vi: 'Sau 60 ngày kể từ ngày sinh', en: 'More than 60 days after the birth' },
    },
    {
      name: { vi: 'Bản sao trích lục khai sinh', en: 'Copy of the birth extract' },
      amountVnd: 8000,
      per: 'copy',
      condition: { vi: 'Nếu cần', en: 'If wanted' },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký khai sinh (máy sẽ điền giúp)',
        en: 'Birth registration form (the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Bản chính Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh',
        en: 'Original birth certificate from the hospital; if none: a witness statement or a written declaration of the birth',
      },
      original: 1,
      copy: 0,
      // The dossier is filed from the kiosk, so the office reviews this paper as a photo.
      capture: 'required',
    },
    {
      name: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Khi nộp thay cha mẹ (không cần chứng thực nếu là ông, bà, anh, chị, em ruột)',
        en: 'When filing for the parents (no certification needed for grandparents or siblings)',
      },
      capture: 'optional',
    },
  ],
  documentsToPresent: [
    {
      vi: 'Căn cước công dân / thẻ căn cước hoặc tài khoản VNeID mức 2 của người đi đăng ký',
      en: "The requester's citizen ID card or a level-2 VNeID account",
    },
  ],
  legalBasis: [
    'Luật Hộ tịch 60/2014/QH13 Đ.13–16',
    'NĐ 123/2015/NĐ-CP (sửa bởi NĐ 07/2025/NĐ-CP)',
    'TT 04/2024/TT-BTP',
  ],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người đi đăng ký', en: 'Person registering' },
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
            label: { vi: 'Số định danh cá nhân (số CCCD) của ông/bà', en: 'Your personal ID number (CCCD)' },
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on your ID card' },
          },
          ...residenceQuestions('nguoi_yeu_cau', { vi: 'của ông/bà', en: 'Your' }),
          {
            id: 'sdt',
            type: 'phone',
            required: true,
            label: { vi: 'Số điện thoại để cán bộ liên hệ', en: 'Phone number the ward office can call' },
            hint: { vi: 'Ví dụ: 0912 345 678', en: 'For example: 0912 345 678' },
          },
          {
            id: 'quan_he',
            type: 'choice',
            options: RELATIONSHIPS,
            required: true,
            label: { vi: 'Ông/bà là gì của trẻ?', en: 'How are you related to the child?' },
          },
        ],
      },
      {
        id: 'tre',
        title: { vi: 'Thông tin của trẻ', en: "The child's details" },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên của trẻ', en: "The child's full name" },
          },
          {
            id: 'gioi_tinh',
            type: 'choice',
            required: true,
            options: [
              { value: 'male', label: { vi: 'Nam', en: 'Male' } },
              { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
            ],
            label: { vi: 'Giới tính của trẻ', en: "The child's sex" },
          },
          {
            id: 'ngay_sinh',
            type: 'pastDate',
            required: true,
            label: { vi: 'Ngày, tháng, năm sinh của trẻ', en: "The child's date of birth" },
          },
          {
            id: 'noi_sinh',
            type: 'text',
            maxLength: 250,
            required: true,
            label: { vi: 'Nơi sinh của trẻ', en: "The child's place of birth" },
            hint: {
              vi: 'Tên bệnh viện hoặc cơ sở y tế, phường hoặc xã, tỉnh hoặc thành phố',
              en: 'Name of the hospital or clinic, ward or commune, province or city',
            },
          },
          {
            id: 'dan_toc',
            type: 'choice',
            optionSet: 'ethnicity',
            defaultValue: '01',
            required: true,
            label: { vi: 'Dân tộc của trẻ', en: "The child's ethnicity" },
          },
          {
            id: 'quoc_tich',
            type: 'choice',
            optionSet: 'nationality',
            defaultValue: 'VN',
            required: true,
            label: { vi: 'Quốc tịch của trẻ', en: "The child's nationality" },
          },
        ],
      },
      {
        id: 'me',
        title: { vi: 'Thông tin của mẹ', en: "The mother's details" },
        questions: parentQuestions('me', { vi: 'mẹ', en: 'The mother' }),
      },
      {
        id: 'co_cha',
        title: { vi: 'Thông tin của cha', en: "The father's details" },
        questions: [
          {
            id: 'khai',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Ông/bà có khai thông tin của cha không?',
              en: "Will you give the father's details?",
            },
            hint: {
              vi: 'Chọn "Không" nếu chưa xác định được cha.',
              en: 'Choose "No" if paternity is not established.',
            },
          },
        ],
      },
      {
        id: 'cha',
        title: { vi: 'Thông tin của cha', en: "The father's details" },
        showIf: { question: 'co_cha.khai', equals: 'yes' },
        questions: parentQuestions('cha', { vi: 'cha', en: 'The father' }),
      },
    ],
    crossChecks: [
      { type: 'citizenIdMatchesPerson', citizenId: 'me.so_dinh_danh', birth: 'me.nam_sinh', sex: 'female' },
      { type: 'citizenIdMatchesPerson', citizenId: 'cha.so_dinh_danh', birth: 'cha.nam_sinh', sex: 'male' },
    ],
  },
};
