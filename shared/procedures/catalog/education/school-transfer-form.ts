import type { FormDefinition } from '../../form-schema';

/**
 * The school-transfer application ("Đơn xin chuyển trường"), shared by primary and lower-secondary
 * transfers (domain.md §2.5: GD-CT-THCS inherits GD-CT-TH's fields with grades 6–9).
 * The student's ID: the education database now keys on the 12-digit personal ID, but an older
 * student code is also accepted, so it is free text; the cross-check only applies when the answer
 * is a well-formed personal ID.
 */
export function schoolTransferForm(grades: readonly string[]): FormDefinition {
  return {
    sections: [
      {
        id: 'cha_me',
        title: { vi: 'Cha, mẹ hoặc người giám hộ làm đơn', en: 'Parent or guardian applying' },
        questions: [
          {
            id: 'quan_he',
            type: 'choice',
            required: true,
            label: { vi: 'Ông/bà là gì của học sinh?', en: 'How are you related to the pupil?' },
            options: [
              { value: 'cha', label: { vi: 'Cha', en: 'Father' } },
              { value: 'me', label: { vi: 'Mẹ', en: 'Mother' } },
              { value: 'nguoi_giam_ho', label: { vi: 'Người giám hộ', en: 'Guardian' } },
            ],
          },
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
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on your ID card' },
          },
          {
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: { vi: 'Nơi cư trú: xã, phường', en: 'Where you live: commune or ward' },
          },
          {
            id: 'dia_chi',
            type: 'address',
            required: true,
            label: {
              vi: 'Nơi cư trú: số nhà, ngõ, đường, tổ dân phố hoặc thôn',
              en: 'Where you live: house number, lane, street, residential group or village',
            },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: true,
            label: { vi: 'Số điện thoại', en: 'Phone number' },
            hint: { vi: 'Để nhà trường liên hệ', en: 'So the school can call you' },
          },
        ],
      },
      {
        id: 'hoc_sinh',
        title: { vi: 'Học sinh', en: 'The pupil' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên học sinh', en: 'Pupil’s full name' },
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
            required: true,
            label: { vi: 'Giới tính', en: 'Sex' },
            options: [
              { value: 'male', label: { vi: 'Nam', en: 'Male' } },
              { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
            ],
          },
          {
            id: 'ma_dinh_danh_hoc_sinh',
            type: 'text',
            maxLength: 20,
            required: false,
            label: { vi: 'Mã định danh của học sinh', en: 'Pupil’s ID number' },
            hint: {
              vi: 'Số định danh cá nhân 12 chữ số, hoặc mã học sinh cũ nếu chưa có',
              en: 'The 12-digit personal ID number, or the old pupil code if there is none',
            },
          },
          {
            id: 'lop',
            type: 'choice',
            required: true,
            label: { vi: 'Đang học lớp', en: 'Current grade' },
            options: grades.map((g) => ({ value: g, label: { vi: `Lớp ${g}`, en: `Grade ${g}` } })),
          },
          {
            id: 'truong_dang_hoc',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Trường đang học', en: 'Current school' },
            hint: {
              vi: 'Tên trường, xã hoặc phường, tỉnh hoặc thành phố',
              en: 'School name, commune or ward, province or city',
            },
          },
          {
            id: 'truong_chuyen_den',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Xin chuyển đến trường', en: 'School to transfer to' },
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Lý do xin chuyển trường', en: 'Reason for the transfer' },
            hint: { vi: 'Ví dụ: gia đình chuyển chỗ ở', en: 'For example: the family is moving home' },
          },
        ],
      },
    ],
    crossChecks: [
      {
        type: 'citizenIdMatchesPerson',
        citizenId: 'hoc_sinh.ma_dinh_danh_hoc_sinh',
        birth: 'hoc_sinh.ngay_sinh',
        sex: { question: 'hoc_sinh.gioi_tinh' },
      },
    ],
  };
}
