import type { Procedure } from '../../procedure-schema';
import { PRESENT_ID } from './ct01';

/**
 * CT-TAMVANG Khai báo tạm vắng (kiosk id CT-TAM-VANG: procedure ids allow at most 6 characters per
 * segment, and "TAMVANG" has 7; the hyphenated form keeps it recognisable) (domain.md §2.3; Luật Cư trú Đ.31.1).
 * Who must declare is `conf: reconstructed` from Đ.31.1; the channel split is sourced (S08):
 * cases a/b (people under criminal or administrative supervision) may only declare in person with
 * the supervising body's written consent, cases c/d may also use phone, e-mail, DVCQG or VNeID.
 * The kiosk therefore offers only cases c and d; the first question's hint sends a/b to the police.
 * Case c says "cấp huyện" in the 2020 law; the post-2025 wording is unverified, so the label avoids it.
 * The brief's `thoi_gian_tam_vang` (date range) is two dates here. validFrom: 2025-07-01 (no date in the brief).
 */
export const TEMPORARY_ABSENCE: Procedure = {
  id: 'CT-TAM-VANG',
  nationalCode: '1.003677',
  version: 1,
  validFrom: '2025-07-01',
  category: 'cu_tru',
  lifeEvents: ['moving_home'],
  name: { vi: 'Khai báo tạm vắng', en: 'Declaration of temporary absence' },
  summary: {
    vi: 'Báo cho Công an xã, phường khi ông/bà hoặc con từ 14 tuổi trở lên đi khỏi nơi thường trú trong thời gian dài.',
    en: 'Tell the commune police when you, or your child aged 14 or over, will be away from your permanent address for a long time.',
  },
  keywords: [
    'tạm vắng',
    'khai báo tạm vắng',
    'đi vắng',
    'vắng nhà',
    'đi làm xa',
    'cư trú',
    'absence',
    'away from home',
  ],
  handlingOffice: {
    vi: 'Công an xã, phường nơi đang cư trú',
    en: 'Police of the commune or ward where you live',
  },
  processingTime: {
    vi: '01 ngày kể từ khi tiếp nhận; trường hợp phức tạp không quá 02 ngày làm việc (thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: '1 day from receipt; complicated cases at most 2 working days (Monday to Friday, not counting public holidays).',
  },
  // domain.md: no fee listed on DVCQG (conf: secondary).
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    {
      name: {
        vi: 'Đề nghị khai báo tạm vắng (máy sẽ điền giúp)',
        en: 'Temporary absence declaration (the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Cư trú 68/2020/QH14 Đ.31'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'truong_hop',
        title: { vi: 'Trường hợp khai báo', en: 'Why you must declare' },
        questions: [
          {
            id: 'truong_hop',
            type: 'choice',
            required: true,
            label: {
              vi: 'Người đi vắng thuộc trường hợp nào?',
              en: 'Which case applies to the person going away?',
            },
            hint: {
              vi: 'Người đang tại ngoại, hưởng án treo, bị quản chế hoặc đang chịu biện pháp xử lý hành chính phải khai báo trực tiếp tại Công an xã, phường, kèm văn bản đồng ý của cơ quan quản lý.',
              en: 'People on bail, on a suspended sentence, under probation or under an administrative measure must declare in person at the commune police, with the supervising body’s written consent.',
            },
            options: [
              {
                value: 'nghia_vu',
                label: {
                  vi: 'Trong độ tuổi thực hiện nghĩa vụ quân sự hoặc có nghĩa vụ khác với Nhà nước, đi khỏi nơi cư trú từ 3 tháng liên tục trở lên',
                  en: 'Of military-service age or with other duties to the State, away for 3 months in a row or more',
                },
              },
              {
                value: 'vang_12_thang',
                label: {
                  vi: 'Từ 14 tuổi trở lên, đi khỏi xã, phường nơi thường trú từ 12 tháng liên tục trở lên (trừ khi đã đăng ký tạm trú nơi khác hoặc ra nước ngoài)',
                  en: 'Aged 14 or over, away from the commune of permanent residence for 12 months in a row or more (unless registered as staying elsewhere, or abroad)',
                },
              },
            ],
          },
          {
            id: 'nguoi_khai',
            type: 'choice',
            required: true,
            label: { vi: 'Ông/bà khai báo cho ai?', en: 'Who are you declaring for?' },
            options: [
              { value: 'ban_than', label: { vi: 'Cho chính tôi', en: 'Myself' } },
              {
                value: 'khai_thay',
                label: {
                  vi: 'Cho con hoặc người tôi giám hộ (chưa đủ 18 tuổi)',
                  en: 'My child or ward (under 18)',
                },
              },
            ],
          },
        ],
      },
      {
        id: 'nguoi_khai_thay',
        title: { vi: 'Cha, mẹ hoặc người giám hộ khai thay', en: 'Parent or guardian declaring' },
        showIf: { question: 'truong_hop.nguoi_khai', equals: 'khai_thay' },
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
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on your ID card' },
          },
          {
            id: 'quan_he',
            type: 'choice',
            required: true,
            label: {
              vi: 'Ông/bà là gì của người đi vắng?',
              en: 'How are you related to the person going away?',
            },
            options: [
              { value: 'cha', label: { vi: 'Cha', en: 'Father' } },
              { value: 'me', label: { vi: 'Mẹ', en: 'Mother' } },
              { value: 'nguoi_giam_ho', label: { vi: 'Người giám hộ', en: 'Guardian' } },
            ],
          },
        ],
      },
      {
        id: 'nguoi_tam_vang',
        title: { vi: 'Người tạm vắng', en: 'Person going away' },
        questions: [
          {
            id: 'ho_ten',
            type: 'personName',
            required: true,
            label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          },
          {
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' },
          },
          {
            id: 'sdt',
            type: 'phone',
            required: false,
            label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
          },
        ],
      },
      {
        id: 'tam_vang',
        title: { vi: 'Thông tin tạm vắng', en: 'About the absence' },
        questions: [
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Lý do tạm vắng', en: 'Reason for the absence' },
            hint: { vi: 'Ví dụ: đi làm việc ở tỉnh khác', en: 'For example: working in another province' },
          },
          {
            id: 'tu_ngay',
            type: 'date',
            range: 'any',
            required: true,
            label: { vi: 'Tạm vắng từ ngày', en: 'Away from' },
          },
          {
            id: 'den_ngay',
            type: 'date',
            range: 'future',
            required: true,
            label: { vi: 'Tạm vắng đến ngày', en: 'Away until' },
          },
          {
            id: 'noi_den',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Địa chỉ nơi đến', en: 'Address where the person is going' },
            hint: {
              vi: 'Số nhà, đường, xã hoặc phường, tỉnh hoặc thành phố',
              en: 'House number, street, commune or ward, province or city',
            },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
