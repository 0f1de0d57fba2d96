import type { ChoiceOption, CrossCheck, Question, Section } from '../../form-schema';

/**
 * Question blocks shared by the social-welfare and people-with-merit procedures (domain.md §2.6).
 * Most of these procedures are `conf: reconstructed` in the brief; the blocks ask only what any
 * application of this kind needs: who the beneficiary is, who is applying for them, and how the
 * money is paid.
 */

/** `male`/`female` are the values a cross-check reads from a sex answer. */
export const SEX: ChoiceOption[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

export const ID_HINT = { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' };

/** domain.md §1.1 quan_he values_hint. */
export const RELATIONSHIPS: ChoiceOption[] = (
  [
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
  ] as const
).map(([value, vi, en]) => ({ value, label: { vi, en } }));

/** Start, adjust or stop a monthly benefit: the three cases in the procedures' names. */
export const REQUEST_KINDS: ChoiceOption[] = [
  { value: 'thuc_hien', label: { vi: 'Đề nghị được hưởng', en: 'Start receiving it' } },
  {
    value: 'dieu_chinh',
    label: { vi: 'Điều chỉnh mức hoặc nơi nhận', en: 'Change the amount or where it is paid' },
  },
  { value: 'thoi_huong', label: { vi: 'Thôi hưởng', en: 'Stop receiving it' } },
];

/**
 * A person identified by name, birth date, sex, ID and a Hanoi address (post-2025: no district),
 * with an optional contact phone for the living and any `extra` questions.
 */
export function personSection(
  id: string,
  title: { vi: string; en: string },
  options: { phone: boolean; extra?: Question[] } = { phone: true },
): Section {
  const phone: Question[] = options.phone
    ? [
        {
          id: 'sdt',
          type: 'phone',
          required: false,
          label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
          hint: {
            vi: 'Để cán bộ xã, phường liên hệ khi cần',
            en: 'So the commune office can call if needed',
          },
        },
      ]
    : [];
  return {
    id,
    title,
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
        hint: ID_HINT,
      },
      {
        id: 'xa_phuong',
        type: 'commune',
        required: true,
        label: { vi: 'Nơi cư trú: xã, phường', en: 'Place of residence: commune or ward' },
      },
      {
        id: 'dia_chi',
        type: 'address',
        required: true,
        label: {
          vi: 'Nơi cư trú: số nhà, ngõ, đường, tổ dân phố hoặc thôn',
          en: 'Place of residence: house number, lane, street, residential group or village',
        },
      },
      ...phone,
      ...(options.extra ?? []),
    ],
  };
}

export const personCrossCheck = (sectionId: string): CrossCheck => ({
  type: 'citizenIdMatchesPerson',
  citizenId: `${sectionId}.so_dinh_danh`,
  birth: `${sectionId}.ngay_sinh`,
  sex: { question: `${sectionId}.gioi_tinh` },
});

/** Whether the beneficiary applies in person or someone applies for them, and who that is. */
export function applicantSections(beneficiary: { vi: string; en: string }): Section[] {
  return [
    {
      id: 'nguoi_lam_don',
      title: { vi: 'Người làm đơn', en: 'Who is applying' },
      questions: [
        {
          id: 'ai_lam_don',
          type: 'choice',
          required: true,
          label: { vi: 'Ai đang làm đơn?', en: 'Who is filling in this application?' },
          options: [
            {
              value: 'ban_than',
              label: { vi: `Chính ${beneficiary.vi}`, en: `The ${beneficiary.en} themself` },
            },
            {
              value: 'nguoi_khac',
              label: {
                vi: `Người thân hoặc người giám hộ làm thay ${beneficiary.vi}`,
                en: `A relative or guardian, on behalf of the ${beneficiary.en}`,
              },
            },
          ],
        },
      ],
    },
    {
      id: 'nguoi_khai_thay',
      title: { vi: 'Người làm đơn thay', en: 'Person applying on their behalf' },
      showIf: { question: 'nguoi_lam_don.ai_lam_don', equals: 'nguoi_khac' },
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
          label: { vi: 'Số định danh cá nhân của ông/bà', en: 'Your personal ID number' },
          hint: ID_HINT,
        },
        {
          id: 'quan_he',
          type: 'choice',
          options: RELATIONSHIPS,
          required: true,
          label: {
            vi: `Ông/bà là gì của ${beneficiary.vi}?`,
            en: `How are you related to the ${beneficiary.en}?`,
          },
        },
        {
          id: 'sdt',
          type: 'phone',
          required: true,
          label: { vi: 'Số điện thoại của ông/bà', en: 'Your phone number' },
        },
      ],
    },
  ];
}

/** How the money is paid. The bank's name is asked with the account number: one is useless without the other. */
export function paymentSection(): Section {
  const byAccount = { question: 'nhan_tien.hinh_thuc', equals: 'tai_khoan' };
  return {
    id: 'nhan_tien',
    title: { vi: 'Hình thức nhận tiền', en: 'How the money is paid' },
    questions: [
      {
        id: 'hinh_thuc',
        type: 'choice',
        required: true,
        label: { vi: 'Ông/bà muốn nhận tiền bằng cách nào?', en: 'How would you like to be paid?' },
        options: [
          { value: 'tai_khoan', label: { vi: 'Chuyển vào tài khoản ngân hàng', en: 'Into a bank account' } },
          { value: 'buu_dien', label: { vi: 'Nhận qua bưu điện', en: 'Through the post office' } },
          { value: 'tien_mat', label: { vi: 'Nhận tiền mặt', en: 'In cash' } },
        ],
      },
      {
        id: 'so_tai_khoan',
        type: 'text',
        maxLength: 30,
        required: true,
        showIf: byAccount,
        label: { vi: 'Số tài khoản', en: 'Account number' },
      },
      {
        id: 'ngan_hang',
        type: 'text',
        maxLength: 100,
        required: true,
        showIf: byAccount,
        label: { vi: 'Tên ngân hàng', en: 'Bank name' },
        hint: { vi: 'Ví dụ: Agribank, Vietcombank', en: 'For example: Agribank, Vietcombank' },
      },
    ],
  };
}

export const COMMUNE_PEOPLES_COMMITTEE_RECEPTION = {
  vi: 'nộp tại Trung tâm Phục vụ hành chính công cấp xã',
  en: 'file at the commune public-service centre',
};

export const PRESENT_ID = {
  vi: 'Thẻ căn cước (căn cước công dân) của người được hưởng và của người làm đơn thay (nếu có)',
  en: 'The ID card of the beneficiary, and of the person applying for them if any',
};
