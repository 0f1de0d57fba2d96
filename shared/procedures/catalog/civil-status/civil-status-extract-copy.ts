import type { Procedure } from '../../procedure-schema';
import {
  AUTHORISATION_LETTER,
  PRESENT_REQUESTER_ID,
  citizenId,
  dateOfBirth,
  declaration,
  fullName,
  personCrossCheck,
  relationship,
  relationshipOptions,
  requesterQuestions,
} from './person-questions';

/**
 * HT-TL Cấp bản sao trích lục hộ tịch (domain.md §2.1; Luật Hộ tịch Đ.63–64). Any office with
 * access to the civil-status database issues it, wherever the person lives. The person the record
 * is about is always asked (for oneself, one's own details), so the requester block stays short.
 * Registration office names from before 1/7/2025 are accepted as free text (domain.md §3.4).
 */
export const CIVIL_STATUS_EXTRACT_COPY: Procedure = {
  id: 'HT-TL',
  nationalCode: '2.000635',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['papers'],
  name: { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Certified copy of a civil-status extract' },
  summary: {
    vi: 'Xin thêm bản sao giấy khai sinh, giấy kết hôn, trích lục khai tử hoặc giấy hộ tịch khác đã đăng ký.',
    en: 'Get another certified copy of a registered birth, marriage or death record, or another civil-status record.',
  },
  keywords: [
    'trích lục',
    'bản sao trích lục',
    'bản sao giấy khai sinh',
    'xin lại giấy khai sinh',
    'mất giấy khai sinh',
    'bản sao giấy đăng ký kết hôn',
    'trích lục khai tử',
    'gks',
    'hộ tịch',
    'birth certificate copy',
    'marriage certificate copy',
    'extract',
  ],
  handlingOffice: {
    vi: 'Ủy ban nhân dân cấp xã hoặc Sở Tư pháp (cơ quan quản lý Cơ sở dữ liệu hộ tịch), không phụ thuộc nơi cư trú; nộp tại bất kỳ Trung tâm Phục vụ hành chính công nào ở Hà Nội',
    en: "A commune or ward People's Committee or the Department of Justice (offices managing the civil-status database), wherever you live; file at any public-service centre in Hanoi",
  },
  processingTime: {
    vi: 'Trong ngày, ngay sau khi nhận yêu cầu (nhận sau 15 giờ thì trả kết quả ngày làm việc tiếp theo)',
    en: 'Same day, right after the request is received (if received after 3 p.m., the next working day)',
  },
  fees: [
    {
      name: { vi: 'Phí cấp bản sao trích lục hộ tịch', en: 'Fee for a copy of a civil-status extract' },
      amountVnd: 8000,
      per: 'copy',
    },
    {
      // TT 117/2026/TT-BTC, 15/8/2026–28/02/2027 (conf: secondary).
      name: { vi: 'Miễn phí có thời hạn', en: 'Temporary exemption' },
      amountVnd: 0,
      condition: {
        vi: 'Từ 15/8/2026 đến 28/02/2027, cho công dân có tài khoản VNeID mức 2, đủ điều kiện (TT 117/2026/TT-BTC)',
        en: 'From 15 Aug 2026 to 28 Feb 2027, for eligible citizens with a level-2 VNeID account (TT 117/2026/TT-BTC)',
      },
    },
  ],
  documents: [
    declaration({
      vi: 'Tờ khai cấp bản sao trích lục hộ tịch',
      en: 'Application form for a copy of a civil-status extract',
    }),
    AUTHORISATION_LETTER,
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['Luật Hộ tịch Đ.63–64', 'NĐ 87/2020/NĐ-CP', 'TT 281/2016/TT-BTC (phí)', 'TT 117/2026/TT-BTC'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người yêu cầu', en: 'Person making the request' },
        questions: [
          ...requesterQuestions({ withResidence: true }),
          relationship(
            'quan_he_voi_nguoi_duoc_cap',
            { vi: 'của người có tên trong giấy', en: 'the person named in the record' },
            relationshipOptions([
              'ban_than',
              'cha',
              'me',
              'con',
              'vo',
              'chong',
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
      {
        id: 'nguoi_duoc_cap',
        title: { vi: 'Người có tên trong giấy hộ tịch', en: 'The person named in the record' },
        questions: [
          fullName(
            { vi: 'của người có tên trong giấy', en: "The named person's" },
            {
              vi: 'Nếu xin cho chính mình, ghi tên của ông/bà',
              en: 'If it is your own record, give your own name',
            },
          ),
          dateOfBirth({ vi: 'của người có tên trong giấy', en: "The named person's" }),
          citizenId({ vi: 'của người có tên trong giấy', en: "The named person's" }, false),
        ],
      },
      {
        id: 'su_kien',
        title: { vi: 'Giấy hộ tịch cần sao', en: 'The record to copy' },
        questions: [
          {
            id: 'loai_trich_luc',
            type: 'choice',
            required: true,
            options: [
              { value: 'khai_sinh', label: { vi: 'Khai sinh', en: 'Birth' } },
              { value: 'ket_hon', label: { vi: 'Kết hôn', en: 'Marriage' } },
              { value: 'khai_tu', label: { vi: 'Khai tử', en: 'Death' } },
              {
                value: 'nhan_cha_me_con',
                label: { vi: 'Nhận cha, mẹ, con', en: 'Acknowledgement of parent or child' },
              },
              {
                value: 'thay_doi_cai_chinh',
                label: { vi: 'Thay đổi, cải chính hộ tịch', en: 'Change or correction of civil status' },
              },
              { value: 'giam_ho', label: { vi: 'Giám hộ', en: 'Guardianship' } },
              { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
            ],
            label: { vi: 'Ông/bà cần bản sao trích lục gì?', en: 'Which extract do you need a copy of?' },
          },
          {
            id: 'loai_khac',
            type: 'text',
            maxLength: 100,
            required: true,
            showIf: { question: 'su_kien.loai_trich_luc', equals: 'khac' },
            label: { vi: 'Ghi rõ loại giấy hộ tịch', en: 'Which civil-status record?' },
          },
          {
            id: 'co_quan_da_dang_ky',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Cơ quan đã đăng ký', en: 'Office where it was registered' },
            hint: {
              vi: 'Ghi như trên giấy cũ, kể cả tên trước 01/7/2025, ví dụ: UBND phường Dịch Vọng, quận Cầu Giấy',
              en: 'As on the old paper, including names from before 1 July 2025, e.g. Dịch Vọng ward, Cầu Giấy district',
            },
          },
          {
            id: 'so_dang_ky',
            type: 'text',
            maxLength: 50,
            required: false,
            label: { vi: 'Số đăng ký (nếu biết)', en: 'Registration number (if known)' },
          },
          {
            id: 'ngay_dang_ky',
            type: 'date',
            range: 'past',
            required: false,
            label: { vi: 'Ngày đăng ký (nếu biết)', en: 'Date of registration (if known)' },
          },
          {
            id: 'so_luong_ban',
            type: 'integer',
            min: 1,
            max: 10,
            required: true,
            label: { vi: 'Số bản sao cần cấp', en: 'Number of copies' },
            hint: { vi: 'Mỗi bản 8.000 đồng', en: '8,000 dong per copy' },
          },
        ],
      },
    ],
    crossChecks: [personCrossCheck('nguoi_duoc_cap')],
  },
};
