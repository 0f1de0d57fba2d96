import type { Procedure } from '../../procedure-schema';
import {
  ANY_CENTRE_IN_HANOI,
  PRESENT_REQUESTER_ID,
  childQuestions,
  citizenId,
  declaration,
  fullName,
  parentsSections,
  relationship,
  relationshipOptions,
  requesterQuestions,
} from './person-questions';

/**
 * HT-KS-LT Liên thông: đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT cho trẻ em dưới 6 tuổi
 * (domain.md §2.1; NĐ 63/2024/NĐ-CP; conf: secondary). The form is HT-KS's (child, mother, father)
 * plus the CT01 household fields for the child's permanent residence (address, head of household
 * and the child's relationship to them) and how to receive the health-insurance card (brief extra
 * field `so_the_bhyt_nhan_ket_qua`, named `nhan_the_bhyt` here).
 *
 * Kiosk mode: handoff, as HT-KT-LT: a joined-up service on the National Public Service Portal with
 * VNeID level 2, which the kiosk cannot sign in to. Processing time and fees are per component
 * (conf: reconstructed); only the birth component's sourced fees are listed. The online flow that
 * also issues an ID card for under-6s from 1/9/2026 (conf: secondary) is not modelled.
 */
const parents = parentsSections();

export const BIRTH_REGISTRATION_JOINED: Procedure = {
  id: 'HT-KS-LT',
  nationalCode: '3.000722',
  version: 1,
  validFrom: '2025-07-01',
  category: 'ho_tich',
  lifeEvents: ['new_baby'],
  name: {
    vi: 'Liên thông thủ tục hành chính: đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
    en: 'Joined-up birth registration, permanent residence registration and health-insurance card for children under 6',
  },
  summary: {
    vi: 'Làm một lần cho ba việc của trẻ dưới 6 tuổi: giấy khai sinh, đăng ký thường trú và thẻ bảo hiểm y tế.',
    en: 'One application for three things for a child under 6: the birth certificate, permanent residence and the health-insurance card.',
  },
  keywords: [
    'liên thông',
    'khai sinh',
    'giấy khai sinh',
    'gks',
    'thường trú',
    'nhập hộ khẩu',
    'bảo hiểm y tế',
    'bhyt',
    'thẻ bhyt',
    'em bé',
    'birth certificate',
    'health insurance',
  ],
  handlingOffice: {
    vi: `Ủy ban nhân dân cấp xã (khai sinh), chuyển tiếp đến Công an xã, phường (thường trú) và Bảo hiểm xã hội (thẻ BHYT); ${ANY_CENTRE_IN_HANOI.vi}`,
    en: `The commune or ward People's Committee (birth), passed on to the commune police (residence) and Social Insurance (health-insurance card); ${ANY_CENTRE_IN_HANOI.en}`,
  },
  processingTime: {
    vi: 'Mỗi việc theo thời hạn riêng: khai sinh trong ngày, đăng ký thường trú 07 ngày làm việc. Xem thời hạn chung trên Cổng Dịch vụ công quốc gia.',
    en: 'Each part keeps its own time limit: birth registration the same day, permanent residence 7 working days. See the National Public Service Portal for the combined deadline.',
  },
  fees: [
    {
      name: { vi: 'Đăng ký khai sinh đúng hạn', en: 'Birth registration, on time' },
      amountVnd: 0,
    },
    {
      name: { vi: 'Đăng ký khai sinh quá hạn', en: 'Birth registration, late' },
      amountVnd: 5000,
      condition: { vi: 'Sau 60 ngày kể từ ngày sinh', en: 'More than 60 days after the birth' },
    },
  ],
  documents: [
    declaration({ vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' }),
    declaration({
      vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
      en: 'Residence information change form (CT01)',
    }),
    {
      name: {
        vi: 'Bản chính Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh',
        en: 'Original birth certificate from the hospital; if none: a witness statement or a written declaration of the birth',
      },
      original: 1,
      copy: 0,
      capture: 'required',
    },
  ],
  documentsToPresent: [PRESENT_REQUESTER_ID],
  legalBasis: ['NĐ 63/2024/NĐ-CP (2 nhóm dịch vụ công liên thông)'],
  kiosk: {
    mode: 'handoff',
    reason: {
      vi: 'Thủ tục liên thông này nộp trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức 2 của cha hoặc mẹ; máy không đăng nhập VNeID thay ông/bà được. Quét mã QR để làm tiếp trên điện thoại, hoặc hỏi cán bộ tại bộ phận một cửa. Nếu chỉ cần giấy khai sinh, chọn thủ tục "Đăng ký khai sinh" ngay tại máy.',
      en: 'This joined-up service is filed online on the National Public Service Portal with the father\'s or mother\'s level-2 VNeID account, and the kiosk cannot sign in to VNeID for you. Scan the QR code to continue on your phone, or ask at the one-stop counter. If you only need the birth certificate, choose "Birth registration" here at the kiosk.',
    },
  },
  form: {
    sections: [
      {
        id: 'nguoi_yeu_cau',
        title: { vi: 'Người đi đăng ký', en: 'Person registering' },
        questions: [
          ...requesterQuestions({ withResidence: false }),
          relationship(
            'quan_he',
            { vi: 'của trẻ', en: 'the child' },
            relationshipOptions(['cha', 'me', 'ong', 'ba', 'anh', 'chi', 'nguoi_giam_ho', 'khac']),
          ),
        ],
      },
      {
        id: 'tre',
        title: { vi: 'Thông tin của trẻ', en: "The child's details" },
        questions: childQuestions(),
      },
      ...parents.sections,
      {
        id: 'thuong_tru',
        title: { vi: 'Nơi đăng ký thường trú của trẻ', en: "The child's permanent residence" },
        questions: [
          {
            id: 'xa_phuong',
            type: 'commune',
            required: true,
            label: {
              vi: 'Xã, phường nơi đăng ký thường trú cho trẻ',
              en: 'Commune or ward of the child’s permanent residence',
            },
            hint: {
              vi: 'Thường là nơi thường trú của cha hoặc mẹ',
              en: 'Usually where the father or mother is a permanent resident',
            },
          },
          {
            id: 'dia_chi',
            type: 'address',
            required: true,
            label: {
              vi: 'Số nhà, ngõ, đường, tổ dân phố hoặc thôn',
              en: 'House number, lane, street, residential group or village',
            },
            hint: {
              vi: 'Với chung cư: số căn hộ, tầng, tòa nhà',
              en: 'For an apartment: flat number, floor, building',
            },
          },
        ],
      },
      {
        id: 'chu_ho',
        title: { vi: 'Chủ hộ', en: 'Head of household' },
        questions: [
          fullName(
            { vi: 'của chủ hộ', en: "The head of household's" },
            {
              vi: 'Người đứng tên chủ hộ tại địa chỉ này',
              en: 'The person registered as head of the household at this address',
            },
          ),
          citizenId({ vi: 'của chủ hộ', en: "The head of household's" }, true),
          {
            id: 'quan_he_voi_chu_ho',
            type: 'choice',
            required: true,
            options: [
              { value: 'con', label: { vi: 'Con', en: 'Child' } },
              { value: 'chau', label: { vi: 'Cháu', en: 'Grandchild, niece or nephew' } },
              { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
            ],
            label: { vi: 'Trẻ là gì của chủ hộ?', en: 'How is the child related to the head of household?' },
          },
        ],
      },
      {
        id: 'bhyt',
        title: { vi: 'Thẻ bảo hiểm y tế', en: 'Health-insurance card' },
        questions: [
          {
            id: 'nhan_the_bhyt',
            type: 'choice',
            required: true,
            options: [
              {
                value: 'truc_tuyen',
                label: { vi: 'Nhận trực tuyến (thẻ điện tử)', en: 'Online (electronic card)' },
              },
              { value: 'buu_chinh', label: { vi: 'Qua bưu điện', en: 'By post' } },
              { value: 'truc_tiep', label: { vi: 'Nhận trực tiếp', en: 'Collect in person' } },
            ],
            label: {
              vi: 'Ông/bà muốn nhận thẻ BHYT của trẻ bằng cách nào?',
              en: "How do you want to receive the child's card?",
            },
          },
        ],
      },
    ],
    crossChecks: parents.crossChecks,
  },
};
