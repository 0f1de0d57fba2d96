import type { Procedure } from '../../procedure-schema';
import { YES_NO, YOUR, citizenId, fullName, phone, residenceText } from '../civil-status/person-questions';
import { PRESENT_ID_CARD, SAME_DAY_CERTIFICATION } from './certification-common';

/**
 * CT-SG Cấp bản sao từ sổ gốc (domain.md §2.2; conf: secondary, from Hanoi's process decision
 * QĐ 663/QĐ-TTPVHCC of 13/5/2026). Only the office that keeps the original register can issue it;
 * the kiosk files it with a commune, so the summary says so. Copies of civil-status extracts go
 * through HT-TL instead (S16).
 *
 * The brief lists no form fields or documents: the form asks for the paper and, when the request
 * is for someone else, that person's name; whether proof of the relationship or an authorisation is
 * then needed is left to the officer (not in the brief). validFrom: the brief gives no effective
 * date, so 2025-07-01 (two-level local government) is used.
 */
export const COPY_FROM_REGISTER: Procedure = {
  id: 'CT-SG',
  nationalCode: '2.000908',
  version: 1,
  validFrom: '2025-07-01',
  category: 'chung_thuc',
  lifeEvents: ['papers'],
  name: { vi: 'Cấp bản sao từ sổ gốc', en: 'Copy issued from the original register book' },
  summary: {
    vi: 'Xin bản sao một giấy tờ từ sổ gốc do Ủy ban nhân dân xã, phường đang lưu giữ (không dùng cho giấy khai sinh, kết hôn, khai tử).',
    en: "Get a copy of a paper from the original register kept by the commune or ward People's Committee (not for birth, marriage or death records).",
  },
  keywords: [
    'sổ gốc',
    'bản sao từ sổ gốc',
    'cấp bản sao',
    'cấp lại bản sao',
    'mất giấy tờ',
    'copy from register',
    'original register',
  ],
  handlingOffice: {
    vi: 'Cơ quan, tổ chức đang lưu giữ sổ gốc (ở đây: Ủy ban nhân dân xã, phường đang giữ sổ gốc đó)',
    en: "The office that keeps the original register (here: the commune or ward People's Committee that keeps it)",
  },
  processingTime: SAME_DAY_CERTIFICATION,
  fees: [
    {
      // QĐ 663/QĐ-TTPVHCC Hà Nội 13/5/2026 (conf: secondary).
      name: { vi: 'Phí cấp bản sao từ sổ gốc', en: 'Fee for a copy from the original register' },
      amountVnd: 0,
    },
  ],
  documents: [],
  documentsToPresent: [
    { vi: `${PRESENT_ID_CARD.vi} của người yêu cầu`, en: `The requester's ${PRESENT_ID_CARD.en}` },
  ],
  legalBasis: ['QĐ 663/QĐ-TTPVHCC Hà Nội 13/5/2026'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người yêu cầu', en: 'Person making the request' },
        questions: [
          fullName(YOUR),
          citizenId(YOUR, true),
          residenceText(YOUR),
          phone(),
          {
            id: 'cho_ban_than',
            type: 'choice',
            options: YES_NO,
            required: true,
            label: {
              vi: 'Ông/bà có phải là người có tên trong giấy tờ không?',
              en: 'Are you the person named in the paper?',
            },
          },
        ],
      },
      {
        id: 'nguoi_duoc_cap',
        title: { vi: 'Người có tên trong giấy tờ', en: 'The person named in the paper' },
        showIf: { question: 'nguoi_yeu_cau.cho_ban_than', equals: 'no' },
        questions: [
          fullName(
            { vi: 'của người có tên trong giấy tờ', en: "The named person's" },
            {
              vi: 'Cán bộ có thể yêu cầu giấy tờ chứng minh quan hệ hoặc văn bản ủy quyền',
              en: 'The office may ask for proof of your relationship or a letter of authorisation',
            },
          ),
        ],
      },
      {
        id: 'giay_to',
        title: { vi: 'Giấy tờ cần cấp bản sao', en: 'The paper to copy' },
        questions: [
          {
            id: 'ten_giay_to',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Tên giấy tờ cần cấp bản sao', en: 'Name of the paper to copy' },
            hint: {
              vi: 'Giấy khai sinh, kết hôn, khai tử: chọn thủ tục "Cấp bản sao trích lục hộ tịch".',
              en: 'For birth, marriage or death records, choose "Certified copy of a civil-status extract".',
            },
          },
          {
            id: 'so_ky_hieu',
            type: 'text',
            maxLength: 50,
            required: false,
            label: { vi: 'Số, ký hiệu của giấy tờ (nếu biết)', en: 'Number of the paper (if known)' },
          },
          {
            id: 'ngay_cap',
            type: 'date',
            range: 'past',
            required: false,
            label: { vi: 'Ngày cấp (nếu biết)', en: 'Date of issue (if known)' },
          },
          {
            id: 'so_ban',
            type: 'integer',
            min: 1,
            max: 10,
            required: true,
            label: { vi: 'Số bản sao cần cấp', en: 'Number of copies' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
