import type { Procedure } from '../../procedure-schema';
import { ID_HINT, PRESENT_ID, applicantCrossCheck, applicantSection, plotSection } from './blocks';

/**
 * DD-BD Đăng ký biến động (chuyển nhượng, tặng cho, thừa kế — "sang tên") (domain.md §2.7;
 * `conf: secondary`). No national code and no legal basis in the brief: the citations are those of
 * DD-GCN-LD (Luật Đất đai 2024, NĐ 101/2024/NĐ-CP), to verify.
 * Only the Hanoi certification fee has a fixed amount (S14). Personal income tax (2% of the price),
 * registration fee (0.5%) and Hanoi's appraisal fee (0.15%, at most 5,000,000 đ) are rates, so they
 * are in the reason, not in `fees`. (TT 117/2026/TT-BTC cuts the registration fee by 10% for
 * VNeID level-2 e-filers from 15/8/2026 to 28/02/2027; not shown, as the kiosk is not that channel.)
 * Documents: the original certificate must be handed in (brief). The contract/inheritance papers
 * and the application's title are reconstructed. Kiosk mode prepare: the kiosk only pre-checks.
 * validFrom: 2025-07-01 (no date in the brief).
 */
export const LAND_CHANGE_REGISTRATION: Procedure = {
  id: 'DD-BD',
  nationalCode: null,
  version: 1,
  validFrom: '2025-07-01',
  category: 'dat_dai',
  lifeEvents: ['building_land', 'death'],
  name: {
    vi: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (chuyển nhượng, tặng cho, thừa kế — "sang tên")',
    en: 'Registration of changes (transfer/gift/inheritance) on the land/house certificate',
  },
  summary: {
    vi: 'Sang tên sổ đỏ, sổ hồng khi mua bán, tặng cho hoặc thừa kế nhà, đất, kể cả căn hộ chung cư.',
    en: 'Put the land or home certificate in the new owner’s name after a sale, a gift or an inheritance, flats included.',
  },
  keywords: [
    'sang tên',
    'sang tên sổ đỏ',
    'sang tên sổ hồng',
    'đăng ký biến động',
    'chuyển nhượng',
    'mua bán nhà',
    'tặng cho',
    'thừa kế',
    'sổ đỏ',
    'sổ hồng',
    'gcn',
    'transfer of title',
    'inheritance',
    'sell a flat',
  ],
  handlingOffice: {
    vi: 'Chi nhánh Văn phòng đăng ký đất đai Hà Nội; tiếp nhận tại Trung tâm Phục vụ hành chính công cấp xã',
    en: 'Hanoi Land Registration Office branch; applications received at the commune public-service centre',
  },
  processingTime: {
    vi: '10 ngày làm việc, không tính ngày lễ và thời gian người nộp hồ sơ thực hiện nghĩa vụ tài chính (nộp thuế, phí).',
    en: '10 working days, not counting public holidays or the time the applicant takes to pay taxes and fees.',
  },
  fees: [
    {
      name: {
        vi: 'Lệ phí chứng nhận đăng ký biến động, tại phường',
        en: 'Change-registration fee, in a ward',
      },
      amountVnd: 28000,
      condition: { vi: 'Nhà, đất ở phường', en: 'Property in a ward (phường)' },
    },
    {
      name: {
        vi: 'Lệ phí chứng nhận đăng ký biến động, khu vực khác',
        en: 'Change-registration fee, elsewhere',
      },
      amountVnd: 14000,
      condition: { vi: 'Nhà, đất ở xã', en: 'Property in a commune (xã)' },
    },
  ],
  documents: [
    {
      name: {
        vi: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (máy điền sẵn thông tin)',
        en: 'Application to register the change (the kiosk fills in the details)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Bản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        en: 'The original land-use and home-ownership certificate',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Hợp đồng chuyển nhượng, tặng cho hoặc văn bản về thừa kế đã công chứng, chứng thực',
        en: 'The notarised or certified sale or gift contract, or inheritance document',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [PRESENT_ID],
  legalBasis: ['Luật Đất đai 2024', 'NĐ 101/2024/NĐ-CP'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Phải nộp bản gốc Giấy chứng nhận và hợp đồng hoặc văn bản thừa kế; máy chỉ giúp kiểm tra trước và điền sẵn đơn. Mang mã hồ sơ, thẻ căn cước và các bản gốc đó đến Trung tâm Phục vụ hành chính công cấp xã. Sau đó cơ quan thuế sẽ thông báo thuế thu nhập cá nhân (2% giá chuyển nhượng), lệ phí trước bạ (0,5%) và phí thẩm định hồ sơ (0,15% giá chuyển nhượng, tối đa 5.000.000 đồng), nếu phải nộp.',
      en: 'The original certificate and the contract or inheritance document must be handed in; the kiosk only pre-checks and fills in the form. Bring the application code, your ID card and those originals to the commune public-service centre. The tax office then notifies any personal income tax (2% of the price), registration fee (0.5%) and appraisal fee (0.15% of the price, at most 5,000,000 VND).',
    },
  },
  form: {
    sections: [
      {
        id: 'bien_dong',
        title: { vi: 'Loại biến động', en: 'Kind of change' },
        questions: [
          {
            id: 'loai',
            type: 'choice',
            required: true,
            label: { vi: 'Sang tên do đâu?', en: 'Why is the name changing?' },
            options: [
              { value: 'chuyen_nhuong', label: { vi: 'Chuyển nhượng (mua bán)', en: 'Transfer (sale)' } },
              { value: 'tang_cho', label: { vi: 'Tặng cho', en: 'Gift' } },
              { value: 'thua_ke', label: { vi: 'Thừa kế', en: 'Inheritance' } },
            ],
          },
          {
            id: 'vai_tro',
            type: 'choice',
            required: true,
            label: { vi: 'Ông/bà là', en: 'You are' },
            options: [
              {
                value: 'ben_chuyen',
                label: {
                  vi: 'Bên chuyển nhượng, tặng cho (người đang đứng tên)',
                  en: 'The seller or giver (the current holder)',
                },
              },
              {
                value: 'ben_nhan',
                label: {
                  vi: 'Bên nhận chuyển nhượng, nhận tặng cho, hoặc người nhận thừa kế',
                  en: 'The buyer, the recipient of the gift, or the heir',
                },
              },
            ],
          },
        ],
      },
      applicantSection('nguoi_nop', { vi: 'Người nộp hồ sơ', en: 'Applicant' }),
      {
        id: 'nguoi_dung_ten',
        title: {
          vi: 'Người đang đứng tên trên Giấy chứng nhận',
          en: 'Current holder named on the certificate',
        },
        showIf: { question: 'bien_dong.vai_tro', equals: 'ben_nhan' },
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
            required: false,
            label: { vi: 'Số định danh cá nhân (nếu biết)', en: 'Personal ID number (if known)' },
            hint: ID_HINT,
          },
        ],
      },
      {
        id: 'ben_nhan',
        title: { vi: 'Bên nhận', en: 'The recipient' },
        showIf: { question: 'bien_dong.vai_tro', equals: 'ben_chuyen' },
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
            hint: ID_HINT,
          },
        ],
      },
      plotSection('tai_san', { vi: 'Nhà, đất được sang tên', en: 'The property' }, [
        {
          id: 'loai_tai_san',
          type: 'choice',
          required: true,
          label: { vi: 'Loại tài sản', en: 'Kind of property' },
          options: [
            { value: 'can_ho', label: { vi: 'Căn hộ chung cư', en: 'A flat in an apartment building' } },
            { value: 'nha_dat', label: { vi: 'Nhà ở và đất', en: 'A house and its land' } },
            { value: 'dat', label: { vi: 'Chỉ có đất', en: 'Land only' } },
          ],
        },
        {
          id: 'so_phat_hanh_gcn',
          type: 'text',
          maxLength: 20,
          required: false,
          label: {
            vi: 'Số phát hành Giấy chứng nhận (nếu biết)',
            en: 'Certificate serial number (if known)',
          },
          hint: { vi: 'In ở trang đầu Giấy chứng nhận', en: 'Printed on the certificate’s first page' },
        },
      ]),
    ],
    crossChecks: [applicantCrossCheck('nguoi_nop')],
  },
};
