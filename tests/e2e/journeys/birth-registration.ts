// A resident registering a baby's birth, step by step, in Vietnamese. The values
// are what the city should receive; tests compare them with the sandbox's copy.
import type { KioskPage } from '../pages/KioskPage';

export const FAMILY = {
  requesterName: 'Nguyễn Văn Bình',
  requesterId: '001085012345',
  phone: '0912 345 678',
  childName: 'Nguyễn Minh An',
  birthPlace: 'Bệnh viện Phụ sản Hà Nội, phường Láng, thành phố Hà Nội',
  motherName: 'Trần Thị Hoa',
  motherYear: '1990',
  requesterStreet: 'Số 5 ngõ 12 phố Láng Hạ',
  motherId: '001190012345',
} as const;

/** Yesterday in Hanoi, so the birth date is always in the past. */
export function recentBirthDate(now = new Date()) {
  const hanoi = new Date(now.getTime() + 7 * 3600_000 - 24 * 3600_000);
  return {
    day: String(hanoi.getUTCDate()),
    month: String(hanoi.getUTCMonth() + 1),
    year: String(hanoi.getUTCFullYear()),
    iso: hanoi.toISOString().slice(0, 10),
  };
}

const DATE_LABELS = { day: 'Ngày', month: 'Tháng', year: 'Năm' };

export async function openBirthRegistration(kiosk: KioskPage): Promise<void> {
  await kiosk.touchToBegin();
  await kiosk.chooseLanguage('Tiếng Việt');
  await kiosk.searchFor('dang ky khai sinh');
  await kiosk.chooseProcedure('Đăng ký khai sinh');
  await kiosk.expectHeading('Đăng ký khai sinh');
}

/** Answers every question from the requester to the father's choice, ending on the check-answers page. */
export async function answerBirthRegistration(
  kiosk: KioskPage,
  options: {
    screenshots?: string;
    findings?: string[];
    /**
     * The document-photo step, on a kiosk with a camera: photographs what it must and continues.
     * Without it the kiosk has no camera and the journey takes the "bring the papers" way out.
     */
    photograph?: (kiosk: KioskPage) => Promise<void>;
    /** Gives the requester's name and ID number some other way (the ID card), ending on question 3. */
    requester?: { fill: (kiosk: KioskPage) => Promise<void>; relation: string };
    /** Runs on the requester's street-address question, before it is answered. */
    onAddress?: () => Promise<void>;
  } = {},
) {
  const shot = async (name: string) => {
    if (options.screenshots) await kiosk.screenshot(`${options.screenshots}-${name}`);
  };
  await kiosk.tap('Bắt đầu kê khai');
  if (options.requester) {
    await options.requester.fill(kiosk);
  } else {
    await kiosk.answer('Họ, chữ đệm và tên của ông/bà', FAMILY.requesterName);
    await shot('question-name');
    await kiosk.tap('Tiếp tục');
    await kiosk.answer('Số định danh cá nhân (số CCCD) của ông/bà', FAMILY.requesterId);
    await kiosk.tap('Tiếp tục');
  }
  await kiosk.tap('Tiếp tục'); // residence in Hanoi: "Có" preselected
  await kiosk.searchFor('lang');
  await kiosk.choose('Phường Láng');
  await kiosk.tap('Tiếp tục');
  await options.onAddress?.();
  await kiosk.answer(
    'Số nhà, ngõ, đường, tổ dân phố hoặc thôn nơi cư trú của ông/bà',
    FAMILY.requesterStreet,
  );
  await kiosk.tap('Tiếp tục');
  await kiosk.answer('Số điện thoại để cán bộ liên hệ', FAMILY.phone);
  await kiosk.tap('Tiếp tục');
  await kiosk.choose(options.requester?.relation ?? 'Cha');
  await kiosk.tap('Tiếp tục');
  await kiosk.expectHeading('Thông tin của trẻ');
  await kiosk.answer('Họ, chữ đệm và tên của trẻ', FAMILY.childName);
  await kiosk.tap('Tiếp tục');
  await kiosk.choose('Nam');
  await kiosk.tap('Tiếp tục');
  const born = recentBirthDate();
  await kiosk.answerDate(DATE_LABELS, born);
  await shot('question-date');
  if (options.findings) options.findings.push(...(await kiosk.audit()));
  await kiosk.tap('Tiếp tục');
  await kiosk.answer('Nơi sinh của trẻ', FAMILY.birthPlace);
  await kiosk.tap('Tiếp tục');
  await shot('question-ethnicity'); // "Kinh" is preselected
  if (options.findings) options.findings.push(...(await kiosk.audit()));
  await kiosk.tap('Tiếp tục');
  await kiosk.tap('Tiếp tục'); // nationality: Việt Nam preselected
  await kiosk.expectHeading('Thông tin của mẹ');
  await kiosk.answer('Họ, chữ đệm và tên của mẹ', FAMILY.motherName);
  await kiosk.tap('Tiếp tục');
  await kiosk.answer('Năm sinh của mẹ', FAMILY.motherYear);
  await kiosk.tap('Tiếp tục');
  await kiosk.tap('Tiếp tục'); // ethnicity
  await kiosk.tap('Tiếp tục'); // nationality
  await kiosk.choose('Có'); // the mother lives with the requester
  await kiosk.tap('Tiếp tục');
  await kiosk.answer('Số định danh cá nhân (số CCCD) của mẹ', FAMILY.motherId);
  await kiosk.tap('Tiếp tục');
  await kiosk.choose('Không');
  await kiosk.tap('Tiếp tục');
  // The birth certificate must be photographed; a kiosk without a camera asks for the paper instead.
  if (options.photograph) {
    await kiosk.expectHeading('Chụp ảnh giấy tờ');
    await options.photograph(kiosk);
  } else {
    await kiosk.expectHeading('Máy này chưa chụp ảnh được');
    await kiosk.tap('Tiếp tục');
  }
  await kiosk.expectHeading('Kiểm tra lại thông tin');
  return { born };
}

/** From the attract screen to the check-answers page with every answer given. */
export async function fillBirthRegistration(kiosk: KioskPage) {
  await openBirthRegistration(kiosk);
  return answerBirthRegistration(kiosk);
}

/** The answers the city must receive for the journey above. */
export function expectedAnswers(bornIso: string): Record<string, string> {
  return {
    'nguoi_yeu_cau.ho_ten': FAMILY.requesterName,
    'nguoi_yeu_cau.so_dinh_danh': FAMILY.requesterId,
    'nguoi_yeu_cau.cu_tru_ha_noi': 'yes',
    'nguoi_yeu_cau.xa_phuong': '00199',
    'nguoi_yeu_cau.noi_cu_tru': FAMILY.requesterStreet,
    'nguoi_yeu_cau.sdt': '0912345678',
    'nguoi_yeu_cau.quan_he': 'cha',
    'tre.ho_ten': FAMILY.childName,
    'tre.gioi_tinh': 'male',
    'tre.ngay_sinh': bornIso,
    'tre.noi_sinh': FAMILY.birthPlace,
    'tre.dan_toc': '01',
    'tre.quoc_tich': 'VN',
    'me.ho_ten': FAMILY.motherName,
    'me.nam_sinh': FAMILY.motherYear,
    'me.dan_toc': '01',
    'me.quoc_tich': 'VN',
    'me.cung_noi_cu_tru': 'yes',
    'me.so_dinh_danh': FAMILY.motherId,
    'co_cha.khai': 'no',
  };
}
