import type { LocalizedText } from '../../../i18n/localized-text';

/** Shared wording of the certification (chứng thực) procedures, domain.md §2.2. */

/** Certification is not tied to residence (domain.md CT-BS handling). */
export const CERTIFICATION_OFFICE: LocalizedText = {
  vi: 'Ủy ban nhân dân cấp xã bất kỳ (không phụ thuộc nơi cư trú); tổ chức hành nghề công chứng cũng thực hiện',
  en: "Any commune or ward People's Committee (wherever you live); notary offices also do this",
};

/** NĐ 23/2015/NĐ-CP Đ.7 (domain.md §1 same_day_rule). */
export const SAME_DAY_CERTIFICATION: LocalizedText = {
  vi: 'Trong ngày (nhận sau 15 giờ thì trả kết quả ngày làm việc tiếp theo)',
  en: 'Same day (if received after 3 p.m., the next working day)',
};

/** The signer's or party's identity paper, shown at the counter. */
export const PRESENT_ID_CARD: LocalizedText = {
  vi: 'Thẻ căn cước (căn cước công dân) hoặc tài khoản VNeID mức 2',
  en: 'ID card or a level-2 VNeID account',
};
