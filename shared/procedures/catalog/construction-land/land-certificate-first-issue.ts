import type { Procedure } from '../../procedure-schema';
import { PRESENT_ID, applicantCrossCheck, applicantSection, plotSection } from './blocks';

/**
 * DD-GCN-LD Đăng ký đất đai, cấp Giấy chứng nhận lần đầu (hộ gia đình, cá nhân) (domain.md §2.7).
 * No national code in the brief. Handling (`conf: reconstructed`): the land registration office or
 * its branch processes the file, the commune People's Committee chairman issues the certificate
 * (NĐ 151/2025/NĐ-CP). Fees are Hanoi's (S14, secondary). Land-use levy and the 0.5% registration
 * fee come from a tax notice and have no fixed amount, so they are in the reason, not in `fees`.
 * The brief has no document list or processing time; the documents below are the minimum any
 * first registration needs (reconstructed). Apartment certificates go through the developer at
 * provincial level, so this is low-fit for apartment residents.
 * Kiosk mode handoff: original land papers, a survey of the plot and an on-site check are needed.
 * The form only records the plot and the applicant for the hand-off.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const LAND_CERTIFICATE_FIRST_ISSUE: Procedure = {
  id: 'DD-GCN-LD',
  nationalCode: null,
  version: 1,
  validFrom: '2025-07-01',
  category: 'dat_dai',
  lifeEvents: ['building_land'],
  name: {
    vi: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (hộ gia đình, cá nhân)',
    en: 'First-time land registration and land-use-rights certificate (‘sổ đỏ/sổ hồng’), households/individuals',
  },
  summary: {
    vi: 'Đăng ký đất và nhà lần đầu để được cấp sổ đỏ, sổ hồng; căn hộ chung cư do chủ đầu tư làm thủ tục.',
    en: 'Register land and a house for the first time to get the land certificate (sổ đỏ, sổ hồng); for flats, the developer does this.',
  },
  keywords: [
    'sổ đỏ',
    'sổ hồng',
    'cấp sổ đỏ',
    'cấp sổ lần đầu',
    'giấy chứng nhận quyền sử dụng đất',
    'đăng ký đất đai',
    'gcn',
    'gcnqsdd',
    'land certificate',
    'land registration',
    'red book',
    'pink book',
  ],
  handlingOffice: {
    vi: 'Văn phòng đăng ký đất đai hoặc Chi nhánh xử lý hồ sơ; Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy chứng nhận',
    en: 'The land registration office or its branch processes the file; the commune People’s Committee chairman issues the certificate',
  },
  processingTime: {
    vi: 'Cán bộ sẽ ghi ngày hẹn trả kết quả khi nhận hồ sơ.',
    en: 'The officer gives you a result date when receiving the file.',
  },
  fees: [
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận, chỉ có đất, tại phường',
        en: 'Certificate fee, land only, in a ward',
      },
      amountVnd: 25000,
      condition: { vi: 'Đất ở phường, chỉ có quyền sử dụng đất', en: 'Land in a ward (phường), land only' },
    },
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận, có nhà, tài sản, tại phường',
        en: 'Certificate fee, with a house or assets, in a ward',
      },
      amountVnd: 100000,
      condition: {
        vi: 'Đất ở phường, có nhà hoặc tài sản gắn liền',
        en: 'Land in a ward (phường), with a house or assets',
      },
    },
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận, chỉ có đất, khu vực khác',
        en: 'Certificate fee, land only, elsewhere',
      },
      amountVnd: 10000,
      condition: { vi: 'Đất ở xã, chỉ có quyền sử dụng đất', en: 'Land in a commune (xã), land only' },
    },
    {
      name: {
        vi: 'Lệ phí cấp Giấy chứng nhận, có tài sản, khu vực khác',
        en: 'Certificate fee, with assets, elsewhere',
      },
      amountVnd: 50000,
      condition: {
        vi: 'Đất ở xã, có nhà hoặc tài sản gắn liền',
        en: 'Land in a commune (xã), with a house or assets',
      },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Đơn đăng ký đất đai, tài sản gắn liền với đất',
        en: 'Land and attached-assets registration form',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Giấy tờ về quyền sử dụng đất, nguồn gốc đất (bản gốc)',
        en: 'Papers on the land-use right and the land’s origin (originals)',
      },
      original: 1,
      copy: 0,
      condition: { vi: 'Nếu có', en: 'If you have any' },
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Đất đai 2024', 'NĐ 101/2024/NĐ-CP', 'NĐ 151/2025/NĐ-CP'],
  kiosk: {
    mode: 'handoff',
    reason: {
      vi: 'Cấp Giấy chứng nhận lần đầu cần bản gốc giấy tờ về đất, đo đạc thửa đất và kiểm tra thực tế, nên không làm được tại máy. Quét mã QR để xem hướng dẫn trên Cổng Dịch vụ công quốc gia, hoặc đến Trung tâm Phục vụ hành chính công cấp xã. Ngoài lệ phí, có thể phải nộp tiền sử dụng đất và lệ phí trước bạ 0,5% theo thông báo của cơ quan thuế.',
      en: 'A first certificate needs the original land papers, a survey of the plot and an on-site check, so it cannot be done at the kiosk. Scan the QR code for guidance on the National Public Service Portal, or go to the commune public-service centre. Besides the fee, a land-use levy and a 0.5% registration fee may be due, as the tax office notifies.',
    },
  },
  form: {
    sections: [
      applicantSection('nguoi_de_nghi', { vi: 'Người đề nghị cấp Giấy chứng nhận', en: 'Applicant' }),
      plotSection('thua_dat', { vi: 'Thửa đất', en: 'The plot of land' }, [
        {
          id: 'tai_san',
          type: 'choice',
          required: true,
          label: {
            vi: 'Trên đất có nhà ở hoặc tài sản khác không?',
            en: 'Is there a house or other asset on the land?',
          },
          options: [
            { value: 'chi_dat', label: { vi: 'Chỉ có đất', en: 'Land only' } },
            {
              value: 'co_tai_san',
              label: { vi: 'Có nhà ở hoặc tài sản gắn liền', en: 'A house or other attached asset' },
            },
          ],
        },
      ]),
    ],
    crossChecks: [applicantCrossCheck('nguoi_de_nghi')],
  },
};
