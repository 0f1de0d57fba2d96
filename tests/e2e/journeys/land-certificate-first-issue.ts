// DD-GCN-LD (first land-use-rights certificate), in Vietnamese: a handoff procedure. The kiosk
// cannot take it (original land papers, a survey, an on-site check), so its info screen shows a QR
// code to continue on the National Public Service Portal and offers no form.
import { expect } from 'vitest';
import type { KioskPage } from '../pages/KioskPage';
import { TEXT, type ScreenAudit } from './wizard-steps';

export const LAND_CERTIFICATE =
  'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (hộ gia đình, cá nhân)';

const t = TEXT.vi;

/** From the home screen, through the "Xây nhà, đất đai" tile, to the procedure's info screen. */
export async function openLandCertificate(kiosk: KioskPage, audit?: ScreenAudit): Promise<void> {
  await kiosk.chooseLifeEvent(/^Xây nhà, đất đai/);
  await audit?.screen('life event: building and land', '01-building-land');
  await kiosk.chooseProcedure(LAND_CERTIFICATE);
  await kiosk.expectHeading(LAND_CERTIFICATE);
}

/** The info screen hands the resident over to their phone: QR code, reason, and no form to start. */
export async function expectHandoff(kiosk: KioskPage): Promise<void> {
  const { page } = kiosk;
  const handoff = page.getByRole('region', { name: 'Thủ tục này làm tiếp trên điện thoại' });
  await handoff.waitFor();
  await handoff.getByText(/không làm được tại máy/).waitFor();
  expect(await handoff.getByRole('img', { name: 'Mã QR mở Cổng Dịch vụ công quốc gia' }).count()).toBe(1);
  await handoff.getByText(/Quét mã QR bằng điện thoại để mở Cổng Dịch vụ công quốc gia/).waitFor();
  expect(await page.getByRole('button', { name: t.start, exact: true }).count()).toBe(0);
  expect(await page.getByRole('button', { name: t.next, exact: true }).count()).toBe(0);
}
