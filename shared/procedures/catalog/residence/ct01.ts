import type { ChoiceOption, CrossCheck, Question, Section } from '../../form-schema';

/**
 * Shared question blocks of Mẫu CT01 "Tờ khai thay đổi thông tin cư trú"
 * (TT 116/2026/TT-BCA of 29/6/2026; same field list as the TT 66/2023 versions; domain.md §2.3).
 * Field numbers in comments are the form's own (0 Kính gửi … 11 thành viên cùng thay đổi).
 */

export const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
  { value: 'no', label: { vi: 'Không', en: 'No' } },
];

/** `male`/`female` are the values a cross-check reads from a sex answer. */
export const SEX: ChoiceOption[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

/** domain.md §1.1 quan_he values_hint, plus "Chủ hộ" for the head's own row in the CT01 table. */
export const RELATIONSHIP_TO_HEAD: ChoiceOption[] = (
  [
    ['chu_ho', 'Chủ hộ', 'Head of household'],
    ['vo', 'Vợ', 'Wife'],
    ['chong', 'Chồng', 'Husband'],
    ['con', 'Con', 'Child'],
    ['cha', 'Cha', 'Father'],
    ['me', 'Mẹ', 'Mother'],
    ['ong', 'Ông', 'Grandfather'],
    ['ba', 'Bà', 'Grandmother'],
    ['anh', 'Anh', 'Elder brother'],
    ['chi', 'Chị', 'Elder sister'],
    ['em', 'Em', 'Younger sibling'],
    ['nguoi_giam_ho', 'Người giám hộ', 'Guardian'],
    ['khac', 'Khác', 'Other'],
  ] as const
).map(([value, vi, en]) => ({ value, label: { vi, en } }));

/**
 * How a household head or a home owner gives consent (CT01 notes, S28). Signing the paper form is
 * left out: at the kiosk the consenting person is usually not present, so they confirm in VNeID or
 * write a separate letter (no notarisation needed) that is photographed.
 */
const CONSENT_METHODS: ChoiceOption[] = [
  {
    value: 'vneid',
    label: { vi: 'Xác nhận trên ứng dụng VNeID', en: 'Confirms in the VNeID app' },
  },
  {
    value: 'van_ban',
    label: {
      vi: 'Viết văn bản đồng ý riêng (chụp ảnh gửi kèm)',
      en: 'Writes a separate letter of consent (photographed and attached)',
    },
  },
];

const ID_HINT = { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' };

/** CT01 fields 1–6: the declarant. */
export function declarantSection(): Section {
  return {
    id: 'nguoi_ke_khai',
    title: { vi: 'Người kê khai', en: 'Person making the declaration' },
    questions: [
      {
        id: 'ho_ten',
        type: 'personName',
        required: true,
        label: { vi: 'Họ, chữ đệm và tên khai sinh', en: 'Full name as on the birth certificate' },
      },
      {
        id: 'ngay_sinh',
        type: 'pastDate',
        required: true,
        label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
      },
      {
        id: 'gioi_tinh',
        type: 'choice',
        options: SEX,
        required: true,
        label: { vi: 'Giới tính', en: 'Sex' },
      },
      {
        id: 'so_dinh_danh',
        type: 'citizenId',
        required: true,
        label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
        hint: ID_HINT,
      },
      {
        id: 'sdt',
        type: 'phone',
        required: false,
        label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
        hint: { vi: 'Để Công an xã, phường liên hệ khi cần', en: 'So the commune police can call if needed' },
      },
      { id: 'email', type: 'email', required: false, label: { vi: 'Email', en: 'Email' } },
    ],
  };
}

export const DECLARANT_CROSS_CHECK: CrossCheck = {
  type: 'citizenIdMatchesPerson',
  citizenId: 'nguoi_ke_khai.so_dinh_danh',
  birth: 'nguoi_ke_khai.ngay_sinh',
  sex: { question: 'nguoi_ke_khai.gioi_tinh' },
};

/**
 * A Hanoi address (post-2025: no district level): the commune or ward, then the street detail.
 * CT01 field 0 "Kính gửi" is the police of this commune, so it is not asked separately.
 * `dia_chi_theo_giay_to` follows the TT 116/2026 footnote: when the boundary changed, the old unit
 * printed on the housing papers is noted too.
 */
export function hanoiAddressSection(
  id: string,
  title: { vi: string; en: string },
  options: { withHousingPaperAddress: boolean; extra?: Question[] },
): Section {
  const questions: Question[] = [
    {
      id: 'xa_phuong',
      type: 'commune',
      required: true,
      label: { vi: 'Xã, phường', en: 'Commune or ward' },
      hint: {
        vi: 'Hồ sơ được gửi đến Công an xã, phường này',
        en: 'The application goes to the police of this commune or ward',
      },
    },
    {
      id: 'dia_chi',
      type: 'address',
      required: true,
      label: {
        vi: 'Số nhà, ngõ, đường, tổ dân phố hoặc thôn',
        en: 'House number, lane, street, residential group or village',
      },
      hint: {
        vi: 'Với chung cư: số căn hộ, tầng, tòa nhà',
        en: 'For an apartment: flat number, floor, building',
      },
    },
  ];
  if (options.withHousingPaperAddress) {
    questions.push({
      id: 'dia_chi_theo_giay_to',
      type: 'text',
      maxLength: 200,
      required: false,
      label: {
        vi: 'Địa chỉ ghi trên giấy tờ nhà, nếu khác do thay đổi địa giới hành chính',
        en: 'The address on the housing papers, if it differs because of the boundary changes',
      },
      hint: {
        vi: 'Ví dụ: phường Dịch Vọng, quận Cầu Giấy (tên cũ trước 01/7/2025)',
        en: 'For example: Dịch Vọng ward, Cầu Giấy district (the name before 1 July 2025)',
      },
    });
  }
  return { id, title, questions: [...questions, ...(options.extra ?? [])] };
}

/** Name, ID number and consent method of someone who must agree (household head, home owner). */
function consentQuestions(who: { vi: string; en: string }): Question[] {
  return [
    {
      id: 'ho_ten',
      type: 'personName',
      required: true,
      label: { vi: `Họ, chữ đệm và tên ${who.vi}`, en: `Full name of the ${who.en}` },
    },
    {
      id: 'so_dinh_danh',
      type: 'citizenId',
      required: true,
      label: { vi: `Số định danh cá nhân của ${who.vi}`, en: `Personal ID number of the ${who.en}` },
      hint: ID_HINT,
    },
    {
      id: 'cach_dong_y',
      type: 'choice',
      options: CONSENT_METHODS,
      required: true,
      label: {
        vi: `${capitalise(who.vi)} đồng ý bằng cách nào?`,
        en: `How will the ${who.en} give consent?`,
      },
    },
  ];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * CT01 fields 7–9 and the household head's consent (required when joining someone else's household:
 * Luật Cư trú Đ.20.2 except a child under 6 joining a parent, 20.3, 20.5, 20.6; Đ.25.1; Đ.26.1.a).
 */
export function householdHeadSections(): Section[] {
  return [
    {
      id: 'ho_gia_dinh',
      title: { vi: 'Hộ gia đình', en: 'Household' },
      questions: [
        {
          id: 'chu_ho',
          type: 'choice',
          required: true,
          label: {
            vi: 'Ông/bà là chủ hộ, hay vào ở trong hộ của người khác?',
            en: 'Are you the head of the household, or joining someone else’s household?',
          },
          options: [
            { value: 'la_chu_ho', label: { vi: 'Tôi là chủ hộ', en: 'I am the head of the household' } },
            {
              value: 'vao_ho_khac',
              label: {
                vi: 'Vào hộ của người khác (người khác là chủ hộ)',
                en: 'Joining a household headed by someone else',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'chu_ho',
      title: { vi: 'Chủ hộ và ý kiến của chủ hộ', en: 'Head of household and their consent' },
      showIf: { question: 'ho_gia_dinh.chu_ho', equals: 'vao_ho_khac' },
      questions: [
        ...consentQuestions({ vi: 'chủ hộ', en: 'head of household' }),
        {
          id: 'quan_he',
          type: 'choice',
          options: RELATIONSHIP_TO_HEAD.filter((o) => o.value !== 'chu_ho'),
          required: true,
          label: { vi: 'Ông/bà là gì của chủ hộ?', en: 'How are you related to the head of household?' },
        },
      ],
    },
  ];
}

/**
 * The home owner's consent (required when the declarant does not own the home: Luật Cư trú
 * Đ.20.2–20.6, Đ.25.1 …). All co-owners must agree unless they have agreed on a representative.
 * `withTenure` also asks whether it is a relative's home or a rented/borrowed one, which decides
 * whether proof of the family relationship is needed (Đ.20.2 vs Đ.20.3).
 */
export function ownerConsentSections(withTenure: boolean): Section[] {
  const tenure: Question[] = withTenure
    ? [
        {
          id: 'loai_cho_o',
          type: 'choice',
          required: true,
          label: { vi: 'Chỗ ở này là', en: 'This home is' },
          options: [
            {
              value: 'nha_nguoi_than',
              label: {
                vi: 'Nhà của người thân (vợ, chồng, cha, mẹ, con, ông, bà…)',
                en: 'A relative’s home (spouse, parent, child, grandparent…)',
              },
            },
            {
              value: 'thue_muon',
              label: { vi: 'Nhà thuê, mượn hoặc ở nhờ', en: 'Rented, borrowed or lent to you' },
            },
          ],
        },
      ]
    : [];
  return [
    {
      id: 'cho_o',
      title: { vi: 'Chỗ ở hợp pháp', en: 'Lawful place of residence' },
      questions: [
        {
          id: 'la_chu_so_huu',
          type: 'choice',
          options: YES_NO,
          required: true,
          label: {
            vi: 'Ông/bà có phải là chủ sở hữu (hoặc đồng sở hữu) chỗ ở này không?',
            en: 'Do you own (or co-own) this home?',
          },
        },
      ],
    },
    {
      id: 'chu_so_huu',
      title: { vi: 'Chủ sở hữu chỗ ở và ý kiến đồng ý', en: 'Home owner and their consent' },
      showIf: { question: 'cho_o.la_chu_so_huu', equals: 'no' },
      questions: [
        ...tenure,
        ...consentQuestions({ vi: 'chủ sở hữu chỗ ở', en: 'home owner' }).map((q) =>
          q.id === 'ho_ten'
            ? {
                ...q,
                hint: {
                  vi: 'Nếu nhà có nhiều chủ sở hữu thì tất cả cùng phải đồng ý, trừ khi đã cử một người đại diện',
                  en: 'If the home has several owners, all must agree unless they have chosen a representative',
                },
              }
            : q,
        ),
      ],
    },
  ];
}

/** CT01 field 11: household members changing with the declarant (the paper form has 9 rows). */
export function membersSection(title: { vi: string; en: string }): Section {
  return {
    id: 'thanh_vien',
    title,
    repeat: { min: 0, max: 9, itemLabel: { vi: 'Thành viên', en: 'Member' } },
    questions: [
      {
        id: 'ho_ten',
        type: 'personName',
        required: true,
        label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
      },
      {
        id: 'ngay_sinh',
        type: 'pastDate',
        required: true,
        label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
      },
      {
        id: 'gioi_tinh',
        type: 'choice',
        options: SEX,
        required: true,
        label: { vi: 'Giới tính', en: 'Sex' },
      },
      {
        id: 'so_dinh_danh',
        type: 'citizenId',
        required: true,
        label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
        hint: {
          vi: 'Trẻ em cũng có số định danh, ghi trên giấy khai sinh',
          en: 'Children have one too, on the birth certificate',
        },
      },
      {
        id: 'quan_he_voi_chu_ho',
        type: 'choice',
        options: RELATIONSHIP_TO_HEAD,
        required: true,
        label: { vi: 'Quan hệ với chủ hộ', en: 'Relationship to the head of household' },
      },
    ],
  };
}

export const CT01_DOCUMENT = {
  name: {
    vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01, máy sẽ điền giúp)',
    en: 'Residence information change form (CT01; the kiosk fills it in)',
  },
  original: 1,
  copy: 0,
};

export const CONSENT_LETTER_DOCUMENT = {
  name: {
    vi: 'Văn bản đồng ý của chủ hộ hoặc chủ sở hữu chỗ ở (không cần công chứng)',
    en: 'Letter of consent from the head of household or the home owner (no notarisation needed)',
  },
  original: 1,
  copy: 0,
  condition: {
    vi: 'Khi người đó chọn viết văn bản thay vì xác nhận trên VNeID',
    en: 'When that person writes a letter instead of confirming in VNeID',
  },
  capture: 'optional' as const,
};

export const PRESENT_ID = {
  vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2 của người kê khai',
  en: 'The declarant’s ID card or a level-2 VNeID account',
};

export const RESIDENCE_WORKING_DAYS = {
  vi: 'Ngày làm việc là thứ Hai đến thứ Sáu, không tính ngày lễ, Tết.',
  en: 'Working days are Monday to Friday, not counting public holidays.',
};
