import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  AUTHORISATION_LETTER,
  PRESENT_REQUESTER_ID,
  WORKING_DAYS_NOTE,
  citizenId,
  dateOfBirth,
  declaration,
  fullName,
  personCrossCheck,
  relationship,
  relationshipOptions,
  requesterQuestions,
  sex,
  type Whose,
} from './person-questions';

/**
 * HT-CC Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (domain.md
 * §2.1; Luật Hộ tịch Đ.26–29). Since 1/7/2025 the commune also handles people aged 14 or over.
 *
 * The brief gives processing times for change/correction and for supplements only; none for
 * re-determining ethnicity, so that case is not given a time here. The Hanoi fee for people aged
 * 14 or over is the old district rate (conf: secondary, "confirm the post-2025 commune rate").
 * The consent of a person aged 9 or over to a change of their name (Bộ luật Dân sự Đ.28.2) is
 * conf: reconstructed in the brief; it is listed as a conditional document for the officer to check.
 */
const CHANGED: Whose = { vi: 'của người được thay đổi, cải chính', en: "The person's" };

export const CIVIL_STATUS_CHANGE: Procedure = {
  id: 'HT-CC',
  nationalCode: '1.004859',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['papers'],
  name: {
    vi: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    en: 'Change, correction or supplement of civil-status information; re-determination of ethnicity',
  },
  summary: {
    vi: 'Sửa thông tin bị ghi sai, đổi họ tên hoặc bổ sung thông tin còn thiếu trong giấy khai sinh và các giấy hộ tịch khác.',
    en: 'Correct a mistake, change a name, or add missing details in a birth certificate or another civil-status record.',
  },
  keywords: [
    'cải chính',
    'thay đổi hộ tịch',
    'bổ sung hộ tịch',
    'đổi tên',
    'đổi họ',
    'sửa giấy khai sinh',
    'sai giấy khai sinh',
    'xác định lại dân tộc',
    'gks',
    'correction',
    'change of name',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward where the record was registered, or where the person lives; ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: `Thay đổi, cải chính: 03 ngày làm việc, thêm tối đa 03 ngày làm việc nếu cần xác minh. Bổ sung thông tin: ngay sau khi nhận đủ giấy tờ. ${WORKING_DAYS_NOTE.vi}`,
    en: `Change or correction: 3 working days, up to 3 more if anything needs checking. Supplement: as soon as all papers are received. ${WORKING_DAYS_NOTE.en}`,
  },
  fees: [
    {
      name: { vi: 'Lệ phí thay đổi, cải chính hộ tịch', en: 'Fee for a change or correction' },
      amountVnd: 5000,
      condition: { vi: 'Người được thay đổi, cải chính chưa đủ 14 tuổi', en: 'For a person under 14' },
    },
    {
      name: { vi: 'Lệ phí thay đổi, cải chính hộ tịch', en: 'Fee for a change or correction' },
      amountVnd: 25000,
      condition: {
        vi: 'Người được thay đổi, cải chính từ đủ 14 tuổi trở lên (mức thu cũ, cán bộ xác nhận tại quầy)',
        en: 'For a person aged 14 or over (the former rate; the counter confirms it)',
      },
    },
  ],
  documents: [
    declaration({
      vi: 'Tờ khai đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc',
      en: 'Application form for a change, correction or supplement of civil status',
    }),
    {
      // The brief gives no original/copy counts; one copy is assumed, originals shown at the counter.
      name: {
        vi: 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung (ví dụ: học bạ, hồ sơ, giấy tờ có thông tin đúng)',
        en: 'Papers supporting the change, correction or supplement (e.g. school records or other papers with the correct details)',
      },
      original: 0,
      copy: 1,
      capture: 'required',
    },
    {
      // Bộ luật Dân sự Đ.28.2 (conf: reconstructed in the brief).
      name: {
        vi: 'Ý kiến đồng ý của người được thay đổi tên',
        en: 'Written consent of the person whose name is changed',
      },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Khi thay đổi tên cho người từ đủ 9 tuổi trở lên (cán bộ sẽ hướng dẫn)',
        en: 'When changing the name of a person aged 9 or over (the office will explain)',
      },
      capture: 'optional',
    },
    AUTHORISATION_LETTER,
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['Luật Hộ tịch Đ.26–29', 'Bộ luật Dân sự 2015 Đ.27–29 (quyền thay đổi họ, tên, dân tộc)'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người yêu cầu', en: 'Person making the request' },
        questions: [
          ...requesterQuestions({ withResidence: true }),
          relationship(
            'quan_he',
            { vi: 'của người được thay đổi, cải chính', en: 'the person whose record changes' },
            relationshipOptions(['ban_than', 'cha', 'me', 'nguoi_giam_ho', 'con', 'vo', 'chong', 'khac']),
          ),
        ],
      },
      {
        id: 'nguoi_duoc_thay_doi',
        title: { vi: 'Người được thay đổi, cải chính, bổ sung', en: 'The person whose record changes' },
        questions: [
          fullName(CHANGED, {
            vi: 'Ghi như trong giấy hộ tịch hiện nay. Nếu là chính mình, ghi tên của ông/bà.',
            en: 'As in the current record. If it is your own record, give your own name.',
          }),
          dateOfBirth(CHANGED),
          sex(CHANGED),
          citizenId(CHANGED, false),
        ],
      },
      {
        id: 'noi_dung',
        title: { vi: 'Nội dung đề nghị', en: 'What to change' },
        questions: [
          {
            id: 'loai_yeu_cau',
            type: 'choice',
            required: true,
            options: [
              {
                value: 'thay_doi',
                label: { vi: 'Thay đổi (ví dụ: đổi họ, tên)', en: 'Change (e.g. of name)' },
              },
              {
                value: 'cai_chinh',
                label: { vi: 'Cải chính (sửa thông tin ghi sai)', en: 'Correction of a mistake' },
              },
              {
                value: 'bo_sung',
                label: { vi: 'Bổ sung thông tin còn thiếu', en: 'Supplement missing details' },
              },
              {
                value: 'xac_dinh_lai_dan_toc',
                label: { vi: 'Xác định lại dân tộc', en: 'Re-determine ethnicity' },
              },
            ],
            label: { vi: 'Ông/bà đề nghị việc gì?', en: 'What are you asking for?' },
          },
          {
            id: 'giay_to_ho_tich',
            type: 'choice',
            required: true,
            options: [
              { value: 'giay_khai_sinh', label: { vi: 'Giấy khai sinh', en: 'Birth certificate' } },
              {
                value: 'giay_chung_nhan_ket_hon',
                label: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' },
              },
              { value: 'trich_luc_khai_tu', label: { vi: 'Trích lục khai tử', en: 'Death extract' } },
              { value: 'khac', label: { vi: 'Giấy hộ tịch khác', en: 'Another civil-status record' } },
            ],
            label: { vi: 'Thông tin cần sửa nằm trong giấy nào?', en: 'Which record holds the details?' },
          },
          {
            id: 'so_dang_ky_ngay_dang_ky',
            type: 'text',
            maxLength: 100,
            required: false,
            label: {
              vi: 'Số đăng ký, ngày đăng ký của giấy đó (nếu biết)',
              en: 'Its registration number and date (if known)',
            },
          },
          {
            id: 'noi_dung_truoc',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Nội dung hiện đang ghi', en: 'What it says now' },
            hint: {
              vi: 'Ví dụ: Họ, chữ đệm, tên: Nguyễn Văn Nam',
              en: 'For example: Full name: Nguyễn Văn Nam',
            },
          },
          {
            id: 'noi_dung_sau',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Nội dung đề nghị ghi lại', en: 'What it should say' },
            hint: {
              vi: 'Ví dụ: Họ, chữ đệm, tên: Nguyễn Văn Nam Anh',
              en: 'For example: Full name: Nguyễn Văn Nam Anh',
            },
          },
          {
            id: 'ly_do',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Lý do', en: 'Reason' },
          },
        ],
      },
    ],
    crossChecks: [personCrossCheck('nguoi_duoc_thay_doi', { sex: 'answer' })],
  },
};
