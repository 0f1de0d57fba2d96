import type { Procedure } from '../../procedure-schema';
import { schoolTransferForm } from './school-transfer-form';

/**
 * GD-CT-TH Chuyển trường đối với học sinh tiểu học (domain.md §2.5; TT 28/2020/TT-BGDĐT Đ.36;
 * `conf: secondary`). No national code in the brief. The fee of 0 is `conf: reconstructed`.
 * The kiosk prepares: the receiving principal writes the decision on the application, and the
 * sending school hands over the school record, so the dossier cannot be completed at the kiosk.
 * validFrom: 2025-07-01 (no date in the brief; the commune-level lists date from the 2025 reform).
 */
export const PRIMARY_SCHOOL_TRANSFER: Procedure = {
  id: 'GD-CT-TH',
  nationalCode: null,
  version: 1,
  validFrom: '2025-07-01',
  category: 'giao_duc',
  lifeEvents: ['school'],
  name: { vi: 'Chuyển trường đối với học sinh tiểu học', en: 'School transfer for primary-school pupils' },
  summary: {
    vi: 'Làm đơn xin chuyển trường cho con đang học tiểu học (lớp 1 đến lớp 5), ví dụ khi gia đình chuyển nhà.',
    en: 'Apply to move your child to another primary school (grades 1 to 5), for example when the family moves.',
  },
  keywords: [
    'chuyển trường',
    'chuyển trường tiểu học',
    'xin chuyển trường',
    'học sinh tiểu học',
    'cấp 1',
    'đơn xin chuyển trường',
    'school transfer',
    'primary school',
    'change school',
  ],
  handlingOffice: {
    vi: 'Hiệu trưởng trường nơi chuyển đến (tiếp nhận) và trường nơi chuyển đi',
    en: 'The principals of the new school (which admits the pupil) and of the current school',
  },
  processingTime: {
    vi: 'Hiệu trưởng trường nơi chuyển đến ghi ý kiến đồng ý hoặc không đồng ý (nêu rõ lý do) vào đơn trong 03 ngày làm việc kể từ ngày nhận đơn (thứ Hai đến thứ Sáu, không tính ngày lễ, Tết).',
    en: 'The new school’s principal writes yes or no (with the reason) on the application within 3 working days of receiving it (Monday to Friday, not counting public holidays).',
  },
  fees: [{ name: { vi: 'Không thu phí', en: 'No fee' }, amountVnd: 0 }],
  documents: [
    {
      name: {
        vi: 'Đơn xin chuyển trường của cha mẹ hoặc người giám hộ (mẫu Phụ lục I TT 28/2020/TT-BGDĐT, máy sẽ điền giúp)',
        en: 'Transfer application from the parent or guardian (Annex I form of Circular 28/2020/TT-BGDĐT; the kiosk fills it in)',
      },
      original: 1,
      copy: 0,
    },
    {
      // Counts are not in the brief; these papers come from the current school.
      name: {
        vi: 'Học bạ (do trường nơi chuyển đi trả)',
        en: 'School record book (from the current school)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: {
        vi: 'Thông tin về tài liệu học tập, tiến độ thực hiện chương trình và bảng tổng hợp kết quả đánh giá (do trường nơi chuyển đi cung cấp)',
        en: 'Details of the learning materials, progress through the curriculum and the summary of assessment results (from the current school)',
      },
      original: 1,
      copy: 0,
    },
    {
      name: { vi: 'Kế hoạch giáo dục cá nhân', en: 'Individual education plan' },
      original: 1,
      copy: 0,
      condition: { vi: 'Học sinh khuyết tật', en: 'Pupils with a disability' },
    },
  ],
  documentsToPresent: [
    {
      vi: 'Thẻ căn cước (căn cước công dân) của cha, mẹ hoặc người giám hộ',
      en: 'The parent’s or guardian’s ID card',
    },
  ],
  legalBasis: ['TT 28/2020/TT-BGDĐT (Điều lệ trường tiểu học) Đ.36'],
  kiosk: {
    mode: 'prepare',
    reason: {
      vi: 'Hiệu trưởng trường nơi chuyển đến phải ghi ý kiến vào đơn, và trường nơi chuyển đi trả học bạ cho gia đình. Máy điền sẵn đơn; ông/bà mang mã hồ sơ và thẻ căn cước đến trường nơi chuyển đến để nộp đơn.',
      en: 'The new school’s principal must write a decision on the application, and the current school hands the record book to the family. The kiosk fills in the application; bring the application code and your ID card to the new school.',
    },
  },
  form: schoolTransferForm(['1', '2', '3', '4', '5']),
};
