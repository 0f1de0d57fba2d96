import { z } from 'zod';

/**
 * Dossier status codes used when one-stop systems sync with the National Public
 * Service Portal (domain.md §7). Vietnamese labels are verbatim so residents
 * recognise them from dichvucong.gov.vn.
 */
export const DOSSIER_STATUSES = {
  1: { vi: 'Mới đăng ký', en: 'Newly submitted' },
  2: { vi: 'Được tiếp nhận', en: 'Accepted' },
  3: { vi: 'Không được tiếp nhận', en: 'Refused at intake' },
  4: { vi: 'Đang xử lý', en: 'In progress' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment required' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Completed, result ready' },
  10: { vi: 'Đã trả kết quả', en: 'Result delivered' },
} as const;

export type DossierStatusCode = keyof typeof DOSSIER_STATUSES;
export const DossierStatusCodeSchema = z
  .number()
  .int()
  .min(1)
  .max(10)
  .transform((n) => n as DossierStatusCode);

/** States after which the status no longer changes, so status pulls stop. */
export const FINAL_DOSSIER_STATUSES: ReadonlySet<number> = new Set([3, 7, 8, 10]);
