import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  PRESENT_REQUESTER_ID,
  WORKING_DAYS_NOTE,
  YOUR,
  citizenId,
  dateOfBirth,
  declaration,
  email,
  ethnicity,
  fullName,
  hanoiResidence,
  nationality,
  personCrossCheck,
  phone,
  sex,
} from './person-questions';

/**
 * HT-XNTTHN Cấp Giấy xác nhận tình trạng hôn nhân (domain.md §2.1; NĐ 123/2015/NĐ-CP Đ.21–23 as
 * amended by NĐ 07/2025; conf: secondary). The requester is the person certified; the office is
 * the commune of their permanent residence (else temporary), so the residence is asked as a Hanoi
 * commune. When the status is not "single", the brief requires a detail text (shown per status).
 * Residence periods are listed for verification at previous addresses.
 */
export const MARITAL_STATUS_CERTIFICATE: Procedure = {
  id: 'HT-XNTTHN',
  nationalCode: '1.004873',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['marriage', 'papers'],
  name: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân', en: 'Certificate of marital status' },
  summary: {
    vi: 'Xin giấy xác nhận ông/bà đang độc thân hay đã có vợ, chồng; giấy dùng trong 6 tháng và chỉ cho đúng việc đã ghi.',
    en: 'Get a paper stating whether you are single or married; it is valid for 6 months and only for the purpose written on it.',
  },
  keywords: [
    'xác nhận tình trạng hôn nhân',
    'tình trạng hôn nhân',
    'xác nhận độc thân',
    'giấy độc thân',
    'xntthn',
    'độc thân',
    'single status',
    'marital status',
    'certificate of no impediment',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã nơi thường trú (nếu không có thì nơi tạm trú) của người yêu cầu; ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `People's Committee of the commune or ward of your permanent residence (if none, your temporary residence); ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: `03 ngày làm việc; có thể lâu hơn nếu cần xác minh ở nơi cư trú trước đây. ${WORKING_DAYS_NOTE.vi}`,
    en: `3 working days; longer if your previous places of residence must be checked. ${WORKING_DAYS_NOTE.en}`,
  },
  fees: [
    {
      // Hanoi NQ 06/2020/NQ-HĐND (conf: secondary). The DVCQG page reportedly shows "Miễn phí", so the
      // fee is given with its exemptions as a condition and is settled at the counter, not at the kiosk.
      name: { vi: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', en: 'Certificate fee' },
      amountVnd: 3000,
      condition: {
        vi: 'Miễn cho gia đình có công với cách mạng, hộ nghèo, người khuyết tật; cán bộ xác nhận mức thu tại quầy',
        en: 'Free for families of people with merit to the revolution, poor households and people with disabilities; the counter confirms the amount',
      },
    },
  ],
  documents: [
    declaration({
      vi: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
      en: 'Application form for a certificate of marital status',
    }),
    {
      // The brief gives no original/copy counts (conf: secondary); one copy is assumed.
      name: {
        vi: 'Giấy tờ chứng minh đã ly hôn hoặc vợ, chồng đã mất (bản án, quyết định ly hôn; trích lục khai tử)',
        en: 'Proof of the divorce or of the spouse’s death (divorce judgment or decision; death extract)',
      },
      original: 0,
      copy: 1,
      condition: { vi: 'Nếu đã từng kết hôn', en: 'If you have been married before' },
      capture: 'optional',
    },
    {
      // conf: reconstructed in the brief: verify before release.
      name: {
        vi: 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (nộp lại)',
        en: 'The marital-status certificate issued earlier (handed back)',
      },
      original: 1,
      copy: 0,
      condition: {
        vi: 'Khi xin cấp lại để dùng cho việc khác hoặc vì giấy cũ đã hết hạn',
        en: 'When asking again for another purpose or because the old one has expired',
      },
      capture: 'optional',
    },
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['NĐ 123/2015/NĐ-CP Đ.21–23 (sửa bởi NĐ 07/2025)', 'NQ 06/2020/NQ-HĐND'],
  kiosk: { mode: 'submit' },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người được xác nhận', en: 'The person to be certified' },
        questions: [
          fullName(YOUR),
          dateOfBirth(YOUR),
          sex(YOUR),
          ethnicity(YOUR),
          nationality(YOUR),
          citizenId(YOUR, true),
          ...hanoiResidence(YOUR, {
            vi: 'Nơi thường trú; nếu không có thì nơi tạm trú. Hồ sơ được gửi đến Ủy ban nhân dân xã, phường này.',
            en: "Your permanent residence; if none, your temporary residence. The application goes to this commune's People's Committee.",
          }),
          phone(),
          email(),
        ],
      },
      {
        id: 'tinh_trang',
        title: { vi: 'Tình trạng hôn nhân', en: 'Marital status' },
        questions: [
          {
            id: 'tinh_trang_hon_nhan',
            type: 'choice',
            required: true,
            options: [
              {
                value: 'chua_ket_hon',
                label: { vi: 'Chưa đăng ký kết hôn với ai', en: 'Never registered a marriage' },
              },
              { value: 'dang_co_vo_chong', label: { vi: 'Đang có vợ/chồng', en: 'Currently married' } },
              { value: 'da_ly_hon', label: { vi: 'Đã ly hôn', en: 'Divorced' } },
              { value: 'vo_chong_da_chet', label: { vi: 'Vợ/chồng đã chết', en: 'Widowed' } },
            ],
            label: { vi: 'Tình trạng hôn nhân hiện nay của ông/bà', en: 'Your marital status now' },
          },
          {
            id: 'chi_tiet_dang_co',
            type: 'text',
            maxLength: 300,
            required: true,
            showIf: { question: 'tinh_trang.tinh_trang_hon_nhan', equals: 'dang_co_vo_chong' },
            label: { vi: 'Ghi rõ vợ/chồng hiện tại', en: 'Details of your current spouse' },
            hint: {
              vi: 'Họ tên vợ/chồng; Giấy chứng nhận kết hôn số…, do… cấp ngày…',
              en: "Spouse's full name; marriage certificate number, issued by … on …",
            },
          },
          {
            id: 'chi_tiet_ly_hon',
            type: 'text',
            maxLength: 300,
            required: true,
            showIf: { question: 'tinh_trang.tinh_trang_hon_nhan', equals: 'da_ly_hon' },
            label: { vi: 'Ghi rõ việc ly hôn', en: 'Details of the divorce' },
            hint: {
              vi: 'Bản án hoặc quyết định ly hôn số…, ngày…, của Tòa án nhân dân…; hiện chưa đăng ký kết hôn với ai',
              en: 'Divorce judgment or decision number …, date …, of the People’s Court of …; not remarried since',
            },
          },
          {
            id: 'chi_tiet_vo_chong_chet',
            type: 'text',
            maxLength: 300,
            required: true,
            showIf: { question: 'tinh_trang.tinh_trang_hon_nhan', equals: 'vo_chong_da_chet' },
            label: { vi: 'Ghi rõ vợ/chồng đã mất', en: 'Details of your late spouse' },
            hint: {
              vi: 'Họ tên vợ/chồng; trích lục khai tử số…, do… cấp ngày…; hiện chưa đăng ký kết hôn với ai',
              en: "Spouse's full name; death extract number, issued by … on …; not remarried since",
            },
          },
        ],
      },
      {
        id: 'thoi_gian_cu_tru',
        title: { vi: 'Những nơi đã cư trú trước đây', en: 'Previous places of residence' },
        repeat: { min: 0, max: 10, itemLabel: { vi: 'Nơi cư trú', en: 'Residence' } },
        questions: [
          {
            id: 'dia_chi',
            type: 'text',
            maxLength: 200,
            required: true,
            label: { vi: 'Địa chỉ nơi đã cư trú', en: 'Address where you lived' },
            hint: {
              vi: 'Kể cả tên cũ trước 01/7/2025 (quận, huyện, phường cũ). Chỉ kê những nơi ở từ khi đủ 18 tuổi.',
              en: 'Old names from before 1 July 2025 (district, old ward) are fine. List only places since you turned 18.',
            },
          },
          {
            id: 'tu_ngay',
            type: 'date',
            range: 'past',
            required: true,
            label: { vi: 'Từ ngày', en: 'From' },
          },
          {
            id: 'den_ngay',
            type: 'date',
            range: 'past',
            required: true,
            label: { vi: 'Đến ngày', en: 'Until' },
          },
        ],
      },
      {
        id: 'muc_dich',
        title: { vi: 'Mục đích sử dụng', en: 'Purpose' },
        questions: [
          {
            id: 'muc_dich_su_dung',
            type: 'text',
            maxLength: 300,
            required: true,
            label: { vi: 'Giấy xác nhận này dùng để làm gì?', en: 'What is the certificate for?' },
            hint: {
              vi: 'Ví dụ: "Để đăng ký kết hôn với ông/bà… (họ tên, ngày sinh, số định danh, quốc tịch)", "Để làm thủ tục chuyển nhượng quyền sử dụng đất", "Để vay vốn ngân hàng"',
              en: 'For example: "To marry Mr/Ms … (name, date of birth, ID number, nationality)", "To transfer land-use rights", "To take out a bank loan"',
            },
          },
          {
            id: 'so_luong_ban',
            type: 'integer',
            min: 1,
            max: 5,
            required: true,
            label: { vi: 'Số bản cần cấp', en: 'Number of copies' },
          },
        ],
      },
    ],
    crossChecks: [personCrossCheck('nguoi_yeu_cau', { sex: 'answer' })],
  },
};
