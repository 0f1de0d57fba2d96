import type { Procedure } from '../../procedure-schema';
import { YOUR, citizenId, fullName, phone } from '../civil-status/person-questions';
import { PRESENT_ID_CARD } from './certification-common';

/**
 * CT-HD Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở
 * (domain.md §2.2; NĐ 23/2015 Đ.37; conf: secondary). All parties sign in front of the officer,
 * so the kiosk only prepares the request. The brief lists no form fields: the form records the
 * kind of property, the contract, where the land or home is, and each party (a repeated section,
 * so the parties' ID numbers cannot be cross-checked: the schema allows cross-checks only outside
 * repeated sections). The fee (50,000 đ per contract) is conf: reconstructed, so it carries a
 * condition and is settled at the counter. The brief gives no original/copy counts: the draft is one
 * original, and one copy of each other paper is assumed.
 */
export const CONTRACT_CERTIFICATION: Procedure = {
  id: 'CT-HD',
  nationalCode: '2.001035',
  version: 1,
  validFrom: '2025-07-01',
  category: 'chung_thuc',
  lifeEvents: ['papers', 'building_land'],
  name: {
    vi: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    en: 'Certification of a contract or transaction on movable property, land-use rights or housing',
  },
  summary: {
    vi: 'Chứng thực hợp đồng mua bán, tặng cho, thế chấp… về nhà, đất hoặc tài sản khác; tất cả các bên phải đến ký.',
    en: 'Certify a contract to sell, give, mortgage… a home, land or other property; all parties must come to sign.',
  },
  keywords: [
    'chứng thực hợp đồng',
    'hợp đồng',
    'giao dịch',
    'chuyển nhượng',
    'mua bán nhà đất',
    'tặng cho',
    'thế chấp',
    'sổ đỏ',
    'công chứng',
    'ct',
    'contract certification',
    'land transfer',
  ],
  handlingOffice: {
    vi: 'Ủy ban nhân dân cấp xã (với đất, nhà ở: nơi có đất, nhà ở); hoặc tổ chức hành nghề công chứng',
    en: "The commune or ward People's Committee (for land or a home: where it is); or a notary office",
  },
  processingTime: {
    vi: 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ, hoặc lâu hơn nếu các bên thỏa thuận. Ngày làm việc là thứ Hai đến thứ Sáu, không tính ngày lễ, Tết.',
    en: 'No more than 2 working days from a complete application, or longer if the parties agree. Working days are Monday to Friday, not counting public holidays.',
  },
  fees: [
    {
      name: { vi: 'Phí chứng thực hợp đồng, giao dịch', en: 'Contract certification fee' },
      amountVnd: 50000,
      per: 'contract',
      condition: {
        vi: 'Nộp tại quầy khi chứng thực; cán bộ xác nhận mức thu',
        en: 'Paid at the counter when certifying, where the amount is confirmed',
      },
    },
  ],
  documents: [
    {
      name: { vi: 'Dự thảo hợp đồng, giao dịch (chưa ký)', en: 'Draft of the contract (unsigned)' },
      original: 1,
      copy: 0,
      capture: 'optional',
    },
    {
      name: { vi: 'Bản sao giấy tờ tùy thân của các bên', en: 'Copies of the ID papers of every party' },
      original: 0,
      copy: 1,
    },
    {
      name: {
        vi: 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (ví dụ: sổ đỏ, giấy đăng ký xe)',
        en: 'A copy of the certificate of ownership or use of the property (e.g. land certificate, vehicle registration)',
      },
      original: 0,
      copy: 1,
      capture: 'optional',
    },
  ],
  documentsToPresent: [
    { vi: `${PRESENT_ID_CARD.vi} của tất cả các bên`, en: `Every party's ${PRESENT_ID_CARD.en}` },
  ],
  legalBasis: ['NĐ 23/2015 Đ.37'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Tất cả các bên phải ký hợp đồng trước mặt cán bộ chứng thực. Máy ghi sẵn yêu cầu; các bên cùng đến Ủy ban nhân dân xã, phường, mang thẻ căn cước và bản chính giấy tờ tài sản.',
      en: "All parties must sign the contract in front of the certifying officer. The kiosk records the request; come together to the commune or ward People's Committee with your ID cards and the original property papers.",
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
        id: 'hop_dong',
        title: { vi: 'Hợp đồng, giao dịch', en: 'The contract' },
        questions: [
          {
            id: 'loai_tai_san',
            type: 'choice',
            required: true,
            options: [
              {
                value: 'dong_san',
                label: { vi: 'Động sản (xe, tài sản khác)', en: 'Movable property (vehicle, other goods)' },
              },
              { value: 'quyen_su_dung_dat', label: { vi: 'Quyền sử dụng đất', en: 'Land-use rights' } },
              { value: 'nha_o', label: { vi: 'Nhà ở', en: 'Housing' } },
            ],
            label: {
              vi: 'Hợp đồng về loại tài sản nào?',
              en: 'What kind of property is the contract about?',
            },
          },
          {
            id: 'ten_hop_dong',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Tên hợp đồng, giao dịch', en: 'Name of the contract' },
            hint: {
              vi: 'Ví dụ: Hợp đồng chuyển nhượng quyền sử dụng đất, Hợp đồng tặng cho nhà ở',
              en: 'For example: contract to transfer land-use rights, deed of gift of a home',
            },
          },
          {
            id: 'xa_phuong',
            type: 'commune',
            required: false,
            label: { vi: 'Xã, phường nơi có đất, nhà ở', en: 'Commune or ward where the land or home is' },
            hint: {
              vi: 'Với nhà, đất: chọn nơi có nhà, đất. Với động sản: bỏ trống.',
              en: 'For land or a home: choose where it is. For movable property: leave it blank.',
            },
          },
          {
            id: 'dia_chi_tai_san',
            type: 'text',
            maxLength: 200,
            required: false,
            label: {
              vi: 'Địa chỉ nhà, đất (theo giấy chứng nhận)',
              en: 'Address of the land or home (as on the certificate)',
            },
            hint: {
              vi: 'Ghi như trên giấy chứng nhận, kể cả tên cũ trước 01/7/2025',
              en: 'As on the certificate, including names from before 1 July 2025',
            },
          },
        ],
      },
      {
        id: 'cac_ben',
        title: { vi: 'Các bên tham gia hợp đồng', en: 'Parties to the contract' },
        repeat: { min: 2, max: 10, itemLabel: { vi: 'Bên', en: 'Party' } },
        questions: [
          {
            id: 'vai_tro',
            type: 'text',
            maxLength: 50,
            required: true,
            label: { vi: 'Là bên nào trong hợp đồng?', en: 'Which party is this?' },
            hint: {
              vi: 'Ví dụ: Bên chuyển nhượng, Bên nhận chuyển nhượng, Bên tặng cho',
              en: 'For example: transferor, transferee, donor',
            },
          },
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
            id: 'so_dinh_danh',
            type: 'citizenId',
            required: true,
            label: { vi: 'Số định danh cá nhân (số căn cước)', en: 'Personal ID number (citizen ID)' },
            hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' },
          },
        ],
      },
    ],
    crossChecks: [],
  },
};
