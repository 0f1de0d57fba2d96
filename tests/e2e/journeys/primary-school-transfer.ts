// GD-CT-TH (primary-school transfer), in Vietnamese: a mother prepares the transfer application for
// her daughter, switching to English and back part-way (her answers stay). Prepare mode: the new
// school's principal decides, so the kiosk fills in the form and sends it ahead.
import { expect } from 'vitest';
import type { KioskPage } from '../pages/KioskPage';
import { TEXT, passDocumentPhotos, type ScreenAudit } from './wizard-steps';

export const TRANSFER = {
  parent: {
    name: 'Đặng Thu Hương',
    id: '001187078901',
    address: 'Số 20 phố Xuân Diệu',
    phone: '0968 123 456',
  },
  pupil: {
    name: 'Đặng Minh Châu',
    born: { day: '14', month: '9', year: '2017', iso: '2017-09-14' },
    from: 'Trường Tiểu học Kim Đồng',
    to: 'Trường Tiểu học Quảng An',
    reason: 'Gia đình chuyển nơi ở',
  },
} as const;

export const GRADE_LABEL = 'Đang học lớp';

const vi = TEXT.vi;
const en = TEXT.en;

/** From "Bắt đầu kê khai" to the check-answers screen. */
export async function answerSchoolTransfer(kiosk: KioskPage, audit?: ScreenAudit): Promise<void> {
  await kiosk.tap(vi.start);
  await kiosk.expectHeading('Cha, mẹ hoặc người giám hộ làm đơn');
  await kiosk.choose('Mẹ');
  await kiosk.tap(vi.next);
  await kiosk.answer('Họ, chữ đệm và tên của ông/bà', TRANSFER.parent.name);
  await kiosk.tap(vi.next);
  await kiosk.answer('Số định danh cá nhân của ông/bà', TRANSFER.parent.id);

  // Mid-way to English: the screen changes language, the answers stay.
  await kiosk.tap('English');
  await kiosk.expectHeading('Parent or guardian applying');
  expect(await kiosk.answerIn('Your personal ID number')).toBe(TRANSFER.parent.id);
  await audit?.screen('ID number, switched to English', 'switched-english');
  await kiosk.tap(en.back);
  expect(await kiosk.answerIn('Your full name')).toBe(TRANSFER.parent.name);
  await kiosk.tap(en.back);
  expect(await kiosk.page.getByRole('radio', { name: 'Mother', exact: true }).isChecked()).toBe(true);
  await kiosk.tap('Tiếng Việt');
  await kiosk.expectHeading('Cha, mẹ hoặc người giám hộ làm đơn');
  expect(await kiosk.page.getByRole('radio', { name: 'Mẹ', exact: true }).isChecked()).toBe(true);
  await kiosk.tap(vi.next);
  expect(await kiosk.answerIn('Họ, chữ đệm và tên của ông/bà')).toBe(TRANSFER.parent.name);
  await kiosk.tap(vi.next);
  expect(await kiosk.answerIn('Số định danh cá nhân của ông/bà')).toBe(TRANSFER.parent.id);
  await kiosk.tap(vi.next);

  await kiosk.searchFor('tay ho');
  await kiosk.choose('Phường Tây Hồ');
  await audit?.screen('commune', 'commune');
  await kiosk.tap(vi.next);
  await kiosk.answer('Nơi cư trú: số nhà, ngõ, đường, tổ dân phố hoặc thôn', TRANSFER.parent.address);
  await kiosk.tap(vi.next);
  await kiosk.answer('Số điện thoại', TRANSFER.parent.phone);
  await kiosk.tap(vi.next);

  await kiosk.expectHeading('Học sinh');
  await kiosk.answer('Họ, chữ đệm và tên học sinh', TRANSFER.pupil.name);
  await kiosk.tap(vi.next);
  await kiosk.answerDate(vi.date, TRANSFER.pupil.born);
  await kiosk.tap(vi.next);
  await kiosk.choose('Nữ');
  await kiosk.tap(vi.next);
  await audit?.screen('pupil ID (optional)', 'pupil-id');
  await kiosk.tap(vi.next); // the pupil's ID number is optional; the school has it
  await kiosk.choose('Lớp 3');
  await audit?.screen('grade', 'grade');
  await kiosk.tap(vi.next);
  await kiosk.answer('Trường đang học', TRANSFER.pupil.from);
  await kiosk.tap(vi.next);
  await kiosk.answer('Xin chuyển đến trường', TRANSFER.pupil.to);
  await kiosk.tap(vi.next);
  await kiosk.answer('Lý do xin chuyển trường', TRANSFER.pupil.reason);
  await kiosk.tap(vi.next);
  await passDocumentPhotos(kiosk, 'vi', audit);
}

/** What the city must receive, with the grade as finally given. */
export function expectedSchoolTransferAnswers(grade: string): Record<string, string> {
  return {
    'cha_me.quan_he': 'me',
    'cha_me.ho_ten': TRANSFER.parent.name,
    'cha_me.so_dinh_danh': TRANSFER.parent.id,
    'cha_me.xa_phuong': '00103',
    'cha_me.dia_chi': TRANSFER.parent.address,
    'cha_me.sdt': '0968123456',
    'hoc_sinh.ho_ten': TRANSFER.pupil.name,
    'hoc_sinh.ngay_sinh': TRANSFER.pupil.born.iso,
    'hoc_sinh.gioi_tinh': 'female',
    'hoc_sinh.lop': grade,
    'hoc_sinh.truong_dang_hoc': TRANSFER.pupil.from,
    'hoc_sinh.truong_chuyen_den': TRANSFER.pupil.to,
    'hoc_sinh.ly_do': TRANSFER.pupil.reason,
  };
}
