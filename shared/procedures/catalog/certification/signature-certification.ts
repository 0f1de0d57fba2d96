import type { Procedure } from '../../procedure-schema';
import { YOUR, citizenId, fullName, phone } from '../civil-status/person-questions';
import { CERTIFICATION_OFFICE, PRESENT_ID_CARD, SAME_DAY_CERTIFICATION } from './certification-common';

/**
 * CT-CK Chứng thực chữ ký trong các giấy tờ, văn bản (domain.md §2.2; conf: secondary). The signer
 * signs in front of the certifying officer and shows ID, so the kiosk only prepares the request.
 * The brief lists no documents to submit: the paper to be signed is listed, unsigned (the in-person
 * rule implies it). The fee (10,000 đ "per case", TT 226/2016/TT-BTC) is conf: reconstructed, so it
 * carries a condition and is settled at the counter.
 */
export const SIGNATURE_CERTIFICATION: Procedure = {
  id: 'CT-CK',
  nationalCode: '2.000884',
  version: 1,
  validFrom: '2025-07-01',
  category: 'chung_thuc',
  lifeEvents: ['papers'],
  name: { vi: 'Chứng thực chữ ký trong các giấy tờ, văn bản', en: 'Certification of a signature on a paper' },
  summary: {
    vi: 'Chứng thực chữ ký của ông/bà trên giấy ủy quyền, bản cam kết, đơn…; ông/bà phải ký trước mặt cán bộ.',
    en: 'Certify your signature on a power of attorney, a declaration, an application…; you must sign in front of the officer.',
  },
  keywords: [
    'chứng thực chữ ký',
    'xác nhận chữ ký',
    'giấy ủy quyền',
    'ủy quyền',
    'bản cam kết',
    'công chứng',
    'ct',
    'signature certification',
    'power of attorney',
  ],
  handlingOffice: CERTIFICATION_OFFICE,
  processingTime: SAME_DAY_CERTIFICATION,
  fees: [
    {
      name: { vi: 'Phí chứng thực chữ ký', en: 'Signature certification fee' },
      amountVnd: 10000,
      per: 'case',
      condition: { vi: 'Nộp tại quầy khi chứng thực', en: 'Paid at the counter when certifying' },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Giấy tờ, văn bản cần chứng thực chữ ký (để trống chỗ ký, ký trước mặt cán bộ)',
        en: 'The paper whose signature is to be certified (leave it unsigned; sign in front of the officer)',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [
    { vi: `${PRESENT_ID_CARD.vi} của người ký`, en: `The signer's ${PRESENT_ID_CARD.en}` },
  ],
  legalBasis: ['NĐ 23/2015/NĐ-CP Đ.7 (sửa bởi NĐ 07/2025)', 'TT 226/2016/TT-BTC'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Người ký phải ký trước mặt người thực hiện chứng thực và xuất trình thẻ căn cước. Máy ghi sẵn yêu cầu; ông/bà mang giấy tờ chưa ký đến bộ phận một cửa của bất kỳ xã, phường nào.',
      en: 'The signer must sign in front of the certifying officer and show their ID card. The kiosk records your request; bring the unsigned paper to the one-stop counter of any commune or ward.',
    },
  },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người ký', en: 'The signer' },
        questions: [fullName(YOUR), citizenId(YOUR, true), phone()],
      },
      {
        id: 'giay_to',
        title: { vi: 'Giấy tờ cần chứng thực chữ ký', en: 'The paper to certify' },
        questions: [
          {
            id: 'ten_van_ban',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Tên giấy tờ, văn bản', en: 'Name of the paper' },
            hint: {
              vi: 'Ví dụ: Giấy ủy quyền, Bản cam kết',
              en: 'For example: power of attorney, declaration',
            },
          },
          {
            id: 'so_ban',
            type: 'integer',
            min: 1,
            max: 20,
            required: true,
            label: { vi: 'Số bản cần chứng thực', en: 'Number of copies to certify' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
