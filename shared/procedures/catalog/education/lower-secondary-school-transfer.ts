import type { Procedure } from '../../procedure-schema';
import { schoolTransferForm } from './school-transfer-form';

/**
 * GD-CT-THCS Chuyển trường đối với học sinh trung học cơ sở (domain.md §2.5; TT 50/2021/TT-BGDĐT;
 * code 2.002481 `conf: secondary`). The processing time is `conf: reconstructed` ("verify against
 * the Hanoi decision that publishes this procedure"), so no number is given. No fee in the brief:
 * `fees` is left empty rather than guessing "free". The upper-secondary admission certificate
 * (THPT only, provincial level) is out of scope. validFrom: 2025-07-01 (no date in the brief).
 */
export const LOWER_SECONDARY_SCHOOL_TRANSFER: Procedure = {
  id: 'GD-CT-THCS',
  nationalCode: '2.002481',
  version: 1,
  validFrom: '2025-07-01',
  category: 'giao_duc',
  lifeEvents: ['school'],
  name: {
    vi: 'Chuyển trường đối với học sinh trung học cơ sở',
    en: 'School transfer for lower-secondary pupils',
  },
  summary: {
    vi: 'Làm đơn xin chuyển trường cho con đang học trung học cơ sở (lớp 6 đến lớp 9), ví dụ khi gia đình chuyển nhà.',
    en: 'Apply to move your child to another lower-secondary school (grades 6 to 9), for example when the family moves.',
  },
  keywords: [
    'chuyển trường',
    'chuyển trường thcs',
    'xin chuyển trường',
    'trung học cơ sở',
    'thcs',
    'cấp 2',
    'đơn xin chuyển trường',
    'school transfer',
    'secondary school',
    'change school',
  ],
  handlingOffice: {
    vi: 'Hiệu trưởng trường nơi chuyển đi và trường nơi chuyển đến; chuyển từ tỉnh khác đến thì có thêm Sở Giáo dục và Đào tạo',
    en: 'The principals of the current and the new school; transfers from another province also involve the provincial Department of Education and Training',
  },
  processingTime: {
    vi: 'Nhà trường sẽ hẹn ngày trả lời khi nhận đơn.',
    en: 'The school gives you a reply date when it receives the application.',
  },
  fees: [],
  documents: [
    {
      name: {
        vi: 'Đơn xin chuyển trường (máy sẽ điền giúp)',
        en: 'Transfer application (the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: { vi: 'Học bạ (bản chính)', en: 'School record book (original)' },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Giấy giới thiệu chuyển trường do trường nơi chuyển đi cấp',
        en: 'Transfer referral letter issued by the current school',
      },
      original: 1,
      copy: 0,
    },
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) của cha, mẹ hoặc người giám hộ',
      en: 'The parent’s or guardian’s ID card',
    },
  ],
  legalBasis: ['TT 50/2021/TT-BGDĐT (chuyển trường THCS, THPT)'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Học bạ bản chính và giấy giới thiệu chuyển trường do trường nơi chuyển đi cấp phải nộp bản giấy. Máy điền sẵn đơn; ông/bà mang mã hồ sơ, thẻ căn cước và các giấy tờ đó đến trường nơi chuyển đến.',
      en: 'The original record book and the referral letter from the current school must be handed in on paper. The kiosk fills in the application; bring the application code, your ID card and those papers to the new school.',
    },
  },
  form: schoolTransferForm(['6', '7', '8', '9']),
};
