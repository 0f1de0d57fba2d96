// HKD-DK (household business registration), in Vietnamese: a resident registers a small grocery
// run by herself. Values are what the city should receive.
import { expect } from 'vitest';
import type { KioskPage } from '../pages/KioskPage';
import { TEXT, passDocumentPhotos, type ScreenAudit } from './wizard-steps';

export const SHOP = {
  name: 'Tạp hóa Minh Anh',
  address: 'Số 12 ngõ 4 phố Chùa Bộc',
  phone: '0912 888 777',
  trade: 'Bán lẻ tạp hóa',
  /** A real amount, typed on the money pad (shown 150.000.000 ₫); the city gets the digits. */
  capital: 150_000_000,
  /** 0..10,000 is too wide for the stepper, so it is typed on the number pad too. */
  workers: 2,
  owner: {
    name: 'Vũ Thị Minh Anh',
    born: { day: '8', month: '11', year: '1985', iso: '1985-11-08' },
    id: '001185067890',
    residence: 'Số 12 phố Chùa Bộc, Hà Nội',
  },
} as const;

export const TRADE_LABEL = 'Ngành, nghề kinh doanh';

const t = TEXT.vi;

/** From "Bắt đầu kê khai" to the check-answers screen. */
export async function answerHouseholdBusiness(kiosk: KioskPage, audit?: ScreenAudit) {
  await kiosk.tap(t.start);
  await kiosk.expectHeading('Thông tin hộ kinh doanh');
  await kiosk.answer('Tên hộ kinh doanh', SHOP.name);
  await audit?.screen('business name', 'name');
  await kiosk.tap(t.next);
  await kiosk.searchFor('dong da');
  await kiosk.choose('Phường Đống Đa');
  await audit?.screen('commune', 'commune');
  await kiosk.tap(t.next);
  await kiosk.answer('Địa chỉ trụ sở: số nhà, ngõ, đường, tổ dân phố hoặc thôn', SHOP.address);
  await kiosk.tap(t.next);
  await kiosk.answer('Điện thoại của hộ kinh doanh', SHOP.phone);
  await audit?.screen('phone (number pad)', 'phone');
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // email: none
  await kiosk.answer(TRADE_LABEL, SHOP.trade);
  await kiosk.tap(t.next);
  await kiosk.answer('Vốn kinh doanh (đồng)', String(SHOP.capital));
  await expect.poll(() => kiosk.answerIn('Vốn kinh doanh (đồng)')).toBe('150.000.000');
  await audit?.screen('capital', 'capital');
  await kiosk.tap(t.next);
  await kiosk.answer('Số lao động (người)', String(SHOP.workers));
  await kiosk.tap(t.next);

  await kiosk.expectHeading('Chủ hộ kinh doanh');
  await kiosk.answer('Họ, chữ đệm và tên', SHOP.owner.name);
  await kiosk.tap(t.next);
  await kiosk.answerDate(t.date, SHOP.owner.born);
  await audit?.screen('owner date of birth', 'owner-date');
  await kiosk.tap(t.next);
  await kiosk.choose('Nữ');
  await kiosk.tap(t.next);
  await audit?.screen('ethnicity', 'ethnicity'); // Kinh is preselected
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // nationality: Việt Nam preselected
  await kiosk.answer('Số định danh cá nhân', SHOP.owner.id);
  await kiosk.tap(t.next);
  await kiosk.answer('Nơi cư trú', SHOP.owner.residence);
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // the owner's own phone: the business phone is enough

  await kiosk.expectHeading('Hình thức đăng ký');
  await kiosk.choose('Một cá nhân');
  await audit?.screen('who registers', 'who');
  await kiosk.tap(t.next);
  return passDocumentPhotos(kiosk, 'vi', audit);
}

/** What the city must receive, with the line of business as finally given. */
export function expectedHouseholdBusinessAnswers(trade: string): Record<string, string> {
  return {
    'ho_kinh_doanh.ten_ho_kinh_doanh': SHOP.name,
    'ho_kinh_doanh.xa_phuong': '00235',
    'ho_kinh_doanh.dia_chi': SHOP.address,
    'ho_kinh_doanh.sdt': '0912888777',
    'ho_kinh_doanh.nganh_nghe': trade,
    'ho_kinh_doanh.von_kinh_doanh': String(SHOP.capital),
    'ho_kinh_doanh.so_lao_dong': String(SHOP.workers),
    'chu_ho.ho_ten': SHOP.owner.name,
    'chu_ho.ngay_sinh': SHOP.owner.born.iso,
    'chu_ho.gioi_tinh': 'female',
    'chu_ho.dan_toc': '01',
    'chu_ho.quoc_tich': 'VN',
    'chu_ho.so_dinh_danh': SHOP.owner.id,
    'chu_ho.noi_cu_tru': SHOP.owner.residence,
    'dang_ky.hinh_thuc': 'ca_nhan',
  };
}
