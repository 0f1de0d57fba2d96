import type { Procedure } from '../../procedure-schema';
import { YOUR, citizenId, fullName, phone } from '../civil-status/person-questions';
import { CERTIFICATION_OFFICE, SAME_DAY_CERTIFICATION } from './certification-common';

/**
 * CT-BS Chứng thực bản sao từ bản chính (domain.md §2.2; NĐ 23/2015/NĐ-CP Đ.7, 18–21). The officer
 * compares each copy with its original and stamps it, so the kiosk prepares the request and the
 * resident brings the originals to the counter. The brief lists the original under documents to
 * submit "to be compared"; it is given back, so it is listed here as a document to present.
 *
 * Fee per copy (TT 226/2016/TT-BTC, conf: sourced): min(200000, 2000·min(p,2) + 1000·max(p−2,0))
 * for an original of p pages. The schema has no derived fields, so the kiosk cannot show the
 * estimate (`phi_du_kien`); the fee is listed with its rule as a condition and paid at the counter.
 * Not certifiable (NĐ 23/2015 Đ.22; conf: reconstructed): an original that has been erased or
 * altered, is unreadable, or is a state secret; the hint says "may not" and leaves it to the officer.
 */
export const COPY_CERTIFICATION: Procedure = {
  id: 'CT-BS',
  nationalCode: '2.000815',
  version: 1,
  validFrom: '2025-07-01',
  category: 'chung_thuc',
  lifeEvents: ['papers'],
  name: {
    vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    en: 'Certification of copies from originals issued or certified by Vietnamese authorities',
  },
  summary: {
    vi: 'Chứng thực bản sao (sao y bản chính) các giấy tờ như căn cước, bằng cấp, sổ đỏ; mang bản chính đến để cán bộ đối chiếu.',
    en: 'Get certified copies of papers such as ID cards, diplomas or land certificates; bring the originals for the officer to compare.',
  },
  keywords: [
    'chứng thực',
    'chứng thực bản sao',
    'sao y',
    'sao y bản chính',
    'công chứng',
    'photo công chứng',
    'bản sao',
    'ct',
    'certified copy',
    'copy certification',
    'notarised copy',
  ],
  handlingOffice: CERTIFICATION_OFFICE,
  processingTime: {
    vi: `${SAME_DAY_CERTIFICATION.vi}. Nhiều bản hoặc nhiều trang thì có thể kéo dài, nhưng không quá 02 ngày làm việc.`,
    en: `${SAME_DAY_CERTIFICATION.en}. Many copies or pages may take longer, but no more than 2 working days.`,
  },
  fees: [
    {
      name: { vi: 'Phí chứng thực bản sao, trang 1 và 2', en: 'Copy certification fee, pages 1 and 2' },
      amountVnd: 2000,
      per: 'page',
      condition: { vi: 'Cho mỗi bản sao', en: 'For each copy' },
    },
    {
      name: {
        vi: 'Phí chứng thực bản sao, từ trang thứ 3',
        en: 'Copy certification fee, from page 3',
      },
      amountVnd: 1000,
      per: 'page',
      condition: {
        vi: 'Cho mỗi bản sao; tối đa 200.000 đồng một bản',
        en: 'For each copy; at most 200,000 dong per copy',
      },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Bản chụp (photocopy) của giấy tờ cần chứng thực; nếu không mang theo, cơ quan chụp giúp',
        en: 'A photocopy of each paper to certify; if you have none, the office makes it',
      },
      original: 0,
      copy: 1,
    },
  ],
  documentsToPresent: [
    {
      vi: 'Bản chính của từng giấy tờ để cán bộ đối chiếu (được trả lại ngay)',
      en: 'The original of each paper, for the officer to compare (given back straight away)',
    },
  ],
  legalBasis: ['NĐ 23/2015/NĐ-CP Đ.7, 18–21 (sửa bởi NĐ 07/2025)', 'TT 01/2020/TT-BTP', 'TT 226/2016/TT-BTC'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Cán bộ phải đối chiếu bản chính rồi mới ký, đóng dấu bản sao. Máy ghi sẵn danh sách giấy tờ; ông/bà mang bản chính (và bản photo nếu có) đến bộ phận một cửa của bất kỳ xã, phường nào.',
      en: 'The officer must compare each copy with its original before signing and stamping it. The kiosk records your list of papers; bring the originals (and photocopies if you have them) to the one-stop counter of any commune or ward.',
    },
  },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người yêu cầu chứng thực', en: 'Person asking for certification' },
        questions: [fullName(YOUR), citizenId(YOUR, true), phone()],
      },
      {
        id: 'giay_to',
        title: { vi: 'Giấy tờ cần chứng thực bản sao', en: 'Papers to certify' },
        repeat: { min: 1, max: 10, itemLabel: { vi: 'Giấy tờ', en: 'Paper' } },
        questions: [
          {
            id: 'ten_giay_to',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Tên giấy tờ, văn bản', en: 'Name of the paper' },
            hint: {
              vi: 'Ví dụ: Giấy khai sinh, Bằng tốt nghiệp, Giấy chứng nhận quyền sử dụng đất. Bản chính bị tẩy xóa, sửa chữa hoặc không đọc được có thể không được chứng thực.',
              en: 'For example: birth certificate, diploma, land-use right certificate. An original that has been erased, altered or is unreadable may not be certified.',
            },
          },
          {
            id: 'co_quan_cap',
            type: 'text',
            maxLength: 200,
            required: false,
            label: { vi: 'Cơ quan cấp', en: 'Issued by' },
          },
          {
            id: 'so_trang_ban_chinh',
            type: 'integer',
            min: 1,
            max: 200,
            required: true,
            label: { vi: 'Bản chính có bao nhiêu trang?', en: 'How many pages does the original have?' },
            hint: {
              vi: 'Dùng để tính phí: 2.000 đồng cho trang 1 và 2, 1.000 đồng cho mỗi trang tiếp theo',
              en: 'Used to work out the fee: 2,000 dong for pages 1 and 2, 1,000 dong for each further page',
            },
          },
          {
            id: 'so_ban_sao',
            type: 'integer',
            min: 1,
            max: 50,
            required: true,
            label: { vi: 'Cần chứng thực bao nhiêu bản sao?', en: 'How many certified copies do you need?' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
