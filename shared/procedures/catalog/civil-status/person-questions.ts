import type { LocalizedText } from '../../../i18n/localized-text';
import type { ChoiceOption, CrossCheck, Question, Section } from '../../form-schema';
import type { Procedure } from '../../procedure-schema';

/**
 * Question blocks shared by the civil-status (hộ tịch) and certification (chứng thực) forms,
 * built from the shared field dictionary (domain.md §1.1). Labels follow the TT 04/2024/TT-BTP
 * declarations ("Họ, chữ đệm và tên", "Ngày, tháng, năm sinh", "Nơi cư trú" …) with the person
 * they are about spelled out, as HT-KS does, because a kiosk asks one question per screen.
 */

/**
 * Whose detail a question asks for: the Vietnamese possessive phrase that follows the field name
 * ("của trẻ") and the English possessive that precedes it ("The child's").
 */
export interface Whose {
  vi: string;
  en: string;
}

export const YOUR: Whose = { vi: 'của ông/bà', en: 'Your' };

export const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

/** `male`/`female` are the values a citizenIdMatchesPerson cross-check reads from a sex answer. */
export const SEX: ChoiceOption[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

const RELATIONSHIP_ROWS = [
  ['ban_than', 'Bản thân (chính tôi)', 'Myself'],
  ['cha', 'Cha', 'Father'],
  ['me', 'Mẹ', 'Mother'],
  ['ong', 'Ông', 'Grandfather'],
  ['ba', 'Bà', 'Grandmother'],
  ['anh', 'Anh', 'Elder brother'],
  ['chi', 'Chị', 'Elder sister'],
  ['em', 'Em', 'Younger sibling'],
  ['con', 'Con', 'Child'],
  ['vo', 'Vợ', 'Wife'],
  ['chong', 'Chồng', 'Husband'],
  ['nguoi_giam_ho', 'Người giám hộ', 'Guardian'],
  ['khac', 'Khác', 'Other'],
] as const;
type RelationshipValue = (typeof RELATIONSHIP_ROWS)[number][0];

/**
 * domain.md §1.1 `quan_he` values_hint, plus "Bản thân" where a person may ask for their own
 * papers (extracts, corrections, re-registration). `only` keeps the listed values in that order.
 */
export function relationshipOptions(only?: readonly RelationshipValue[]): ChoiceOption[] {
  const rows = only
    ? only.map((value) => RELATIONSHIP_ROWS.find((row) => row[0] === value) ?? RELATIONSHIP_ROWS[0])
    : RELATIONSHIP_ROWS.filter((row) => row[0] !== 'ban_than');
  return rows.map(([value, vi, en]) => ({ value, label: { vi, en } }));
}

const ID_HINT: LocalizedText = {
  vi: 'Gồm 12 chữ số, in trên thẻ căn cước (căn cước công dân)',
  en: '12 digits, printed on the ID card',
};

export const fullName = (whose: Whose, hint?: LocalizedText): Question => ({
  id: 'ho_ten',
  type: 'personName',
  required: true,
  label: { vi: `Họ, chữ đệm và tên ${whose.vi}`, en: `${whose.en} full name` },
  ...(hint ? { hint } : {}),
});

export const dateOfBirth = (whose: Whose, required = true): Question => ({
  id: 'ngay_sinh',
  type: 'pastDate',
  required,
  label: { vi: `Ngày, tháng, năm sinh ${whose.vi}`, en: `${whose.en} date of birth` },
});

/** Parents' "năm sinh": the birth-registration form allows the year alone (domain.md §4 dates). */
export const yearOfBirth = (whose: Whose): Question => ({
  id: 'nam_sinh',
  type: 'year',
  min: 1900,
  required: true,
  label: { vi: `Năm sinh ${whose.vi}`, en: `${whose.en} year of birth` },
});

export const sex = (whose: Whose): Question => ({
  id: 'gioi_tinh',
  type: 'choice',
  options: SEX,
  required: true,
  label: { vi: `Giới tính ${whose.vi}`, en: `${whose.en} sex` },
});

export const ethnicity = (whose: Whose): Question => ({
  id: 'dan_toc',
  type: 'choice',
  optionSet: 'ethnicity',
  defaultValue: '01',
  required: true,
  label: { vi: `Dân tộc ${whose.vi}`, en: `${whose.en} ethnicity` },
});

export const nationality = (whose: Whose): Question => ({
  id: 'quoc_tich',
  type: 'choice',
  optionSet: 'nationality',
  defaultValue: 'VN',
  required: true,
  label: { vi: `Quốc tịch ${whose.vi}`, en: `${whose.en} nationality` },
});

export const citizenId = (whose: Whose, required: boolean): Question => ({
  id: 'so_dinh_danh',
  type: 'citizenId',
  required,
  label: {
    vi: `Số định danh cá nhân (số căn cước) ${whose.vi}`,
    en: `${whose.en} personal ID number (citizen ID)`,
  },
  hint: required
    ? ID_HINT
    : {
        vi: `${ID_HINT.vi}. Bỏ trống nếu không có hoặc không nhớ.`,
        en: `${ID_HINT.en}. Leave it blank if there is none or you do not know it.`,
      },
});

/**
 * `noi_cu_tru` as free text, for a residence that may be outside Hanoi. Rule of TT 04/2024: the
 * permanent residence; if none, the temporary one; if none, where the person actually lives.
 */
export const residenceText = (whose: Whose, id = 'noi_cu_tru', required = true): Question => ({
  id,
  type: 'text',
  maxLength: 200,
  required,
  label: { vi: `Nơi cư trú ${whose.vi}`, en: `${whose.en} place of residence` },
  hint: {
    vi: 'Số nhà, ngõ, đường, xã hoặc phường, tỉnh hoặc thành phố. Ghi nơi thường trú; nếu không có thì nơi tạm trú.',
    en: 'House number, lane, street, commune or ward, province or city. Give the permanent residence; if none, the temporary one.',
  },
});

/** `noi_cu_tru` in Hanoi (post-2025, no district level): the commune or ward, then the street detail. */
export const hanoiResidence = (whose: Whose, communeHint: LocalizedText): Question[] => [
  {
    id: 'xa_phuong',
    type: 'commune',
    required: true,
    label: {
      vi: `Xã, phường nơi cư trú ${whose.vi}`,
      en: `Commune or ward where ${lowerWhose(whose)} residence is`,
    },
    hint: communeHint,
  },
  {
    id: 'noi_cu_tru',
    type: 'address',
    required: true,
    label: {
      vi: `Số nhà, ngõ, đường, tổ dân phố hoặc thôn ${whose.vi}`,
      en: `${whose.en} house number, lane, street, residential group or village`,
    },
    hint: {
      vi: 'Với chung cư: số căn hộ, tầng, tòa nhà',
      en: 'For an apartment: flat number, floor, building',
    },
  },
];

/** "Your" → "your" for use mid-sentence; "The child's" → "the child's". */
const lowerWhose = (whose: Whose) => whose.en.charAt(0).toLowerCase() + whose.en.slice(1);

export const phone = (required = true): Question => ({
  id: 'sdt',
  type: 'phone',
  required,
  label: { vi: 'Số điện thoại để cán bộ liên hệ', en: 'Phone number the office can call' },
  hint: { vi: 'Ví dụ: 0912 345 678', en: 'For example: 0912 345 678' },
});

export const email = (): Question => ({
  id: 'email',
  type: 'email',
  required: false,
  label: { vi: 'Thư điện tử (email), nếu có', en: 'Email address, if you have one' },
});

export const relationship = (
  id: string,
  toWhom: { vi: string; en: string },
  options: ChoiceOption[],
): Question => ({
  id,
  type: 'choice',
  options,
  required: true,
  label: { vi: `Ông/bà là gì ${toWhom.vi}?`, en: `How are you related to ${toWhom.en}?` },
});

/** "Số lượng bản sao trích lục": empty means none. */
export const extractCopies = (what: { vi: string; en: string }): Question => ({
  id: 'so_ban_sao_trich_luc',
  type: 'integer',
  min: 0,
  max: 10,
  required: false,
  label: {
    vi: `Số bản sao trích lục ${what.vi} ông/bà muốn lấy thêm`,
    en: `How many extra copies of the ${what.en} extract do you want?`,
  },
  hint: {
    vi: 'Mỗi bản 8.000 đồng. Bỏ trống nếu không cần.',
    en: '8,000 dong per copy. Leave it blank if you need none.',
  },
});

/** The requester (người yêu cầu) of a civil-status form: name, ID number, residence, phone. */
export function requesterQuestions(options: { withResidence: boolean }): Question[] {
  return [
    fullName(YOUR),
    citizenId(YOUR, true),
    ...(options.withResidence ? [residenceText(YOUR)] : []),
    phone(),
    email(),
  ];
}

/** Where a registration is filed when the law lets the residents choose between two communes. */
export function registrationCommuneSection(hint: LocalizedText): Section {
  return {
    id: 'noi_dang_ky',
    title: { vi: 'Nơi đăng ký', en: 'Where to register' },
    questions: [
      {
        id: 'xa_phuong',
        type: 'commune',
        required: true,
        label: {
          vi: 'Đăng ký tại Ủy ban nhân dân xã, phường nào?',
          en: "Which commune or ward People's Committee?",
        },
        hint,
      },
    ],
  };
}

/** A contact section for forms whose official declaration has no requester block. */
export function contactSection(): Section {
  return {
    id: 'lien_he',
    title: { vi: 'Liên hệ', en: 'Contact' },
    questions: [phone(), email()],
  };
}

/** The child's details as on the birth declaration (Luật Hộ tịch Đ.14; same as HT-KS). */
export function childQuestions(): Question[] {
  const whose: Whose = { vi: 'của trẻ', en: "The child's" };
  return [
    fullName(whose),
    sex(whose),
    dateOfBirth(whose),
    {
      id: 'noi_sinh',
      type: 'text',
      maxLength: 200,
      required: true,
      label: { vi: 'Nơi sinh của trẻ', en: "The child's place of birth" },
      hint: {
        vi: 'Tên bệnh viện hoặc cơ sở y tế, xã hoặc phường, tỉnh hoặc thành phố',
        en: 'Name of the hospital or clinic, commune or ward, province or city',
      },
    },
    ethnicity(whose),
    nationality(whose),
  ];
}

/** A parent's details as on the birth declaration: the year of birth is enough (HT-KS). */
export function parentQuestions(whose: Whose): Question[] {
  return [
    fullName(whose),
    yearOfBirth(whose),
    ethnicity(whose),
    nationality(whose),
    residenceText(whose),
    citizenId(whose, false),
  ];
}

/**
 * Mother, then father only if the family gives his details (left out when paternity is not
 * established), as HT-KS asks them; with their ID cross-checks.
 */
export function parentsSections(): { sections: Section[]; crossChecks: CrossCheck[] } {
  return {
    sections: [
      {
        id: 'me',
        title: { vi: 'Thông tin của mẹ', en: "The mother's details" },
        questions: parentQuestions({ vi: 'của mẹ', en: "The mother's" }),
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
        questions: parentQuestions({ vi: 'của cha', en: "The father's" }),
      },
    ],
    crossChecks: [
      { type: 'citizenIdMatchesPerson', citizenId: 'me.so_dinh_danh', birth: 'me.nam_sinh', sex: 'female' },
      { type: 'citizenIdMatchesPerson', citizenId: 'cha.so_dinh_danh', birth: 'cha.nam_sinh', sex: 'male' },
    ],
  };
}

/** The ID number of `section` against its date (or year) of birth and, if given, its sex. */
export function personCrossCheck(
  section: string,
  options: { birth?: 'ngay_sinh' | 'nam_sinh'; sex?: 'male' | 'female' | 'answer' } = {},
): CrossCheck {
  const { birth = 'ngay_sinh', sex: sexFrom } = options;
  return {
    type: 'citizenIdMatchesPerson',
    citizenId: `${section}.so_dinh_danh`,
    birth: `${section}.${birth}`,
    ...(sexFrom === 'answer'
      ? { sex: { question: `${section}.gioi_tinh` } }
      : sexFrom
        ? { sex: sexFrom }
        : {}),
  };
}

type Document = Procedure['documents'][number];

/** The declaration itself: the kiosk fills it in from the answers. */
export function declaration(name: LocalizedText): Document {
  return {
    name: { vi: `${name.vi} (máy sẽ điền giúp)`, en: `${name.en} (the kiosk fills it in)` },
    original: 1,
    copy: 0,
  };
}

/**
 * A letter of authorisation when someone files on the person's behalf. It needs no certification
 * between close relatives (domain.md HT-KS, conf: secondary).
 */
export const AUTHORISATION_LETTER: Document = {
  name: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' },
  original: 1,
  copy: 0,
  condition: {
    vi: 'Khi nộp thay người khác (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
    en: 'When filing on behalf of someone else (no certification needed if you are their grandparent, parent, child, spouse or sibling)',
  },
  capture: 'optional',
};

/** What the person filing shows at the counter (NĐ 123/2015/NĐ-CP; data may instead come from VNeID). */
export const PRESENT_REQUESTER_ID: LocalizedText = {
  vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của người đi đăng ký',
  en: "The requester's ID card or a level-2 VNeID account",
};

/** domain.md §1 processing_time_rules same_day_rule. */
export const SAME_DAY: LocalizedText = {
  vi: 'Trong ngày, ngay khi nhận đủ giấy tờ (nhận sau 15 giờ mà không giải quyết kịp thì trả kết quả ngày làm việc tiếp theo)',
  en: 'Same day once all papers are received (if received after 3 p.m. and it cannot be finished, the next working day)',
};

/** domain.md §1 processing_time_rules working_day. */
export const WORKING_DAYS_NOTE: LocalizedText = {
  vi: 'Ngày làm việc là thứ Hai đến thứ Sáu, không tính ngày lễ, Tết.',
  en: 'Working days are Monday to Friday, not counting public holidays.',
};

/** The office line common to the civil-status procedures filed at a commune (NĐ 118/2025/NĐ-CP). */
export const ANY_CENTRE_IN_HANOI: LocalizedText = {
  vi: 'nộp tại bất kỳ Trung tâm Phục vụ hành chính công cấp xã nào ở Hà Nội',
  en: 'file at any commune public-service centre in Hanoi',
};

export const COPY_EXTRACT_FEE = (what: { vi: string; en: string }) => ({
  name: { vi: `Bản sao trích lục ${what.vi}`, en: `Copy of the ${what.en} extract` },
  amountVnd: 8000,
  per: 'copy' as const,
  condition: { vi: 'Nếu cần', en: 'If wanted' },
});
