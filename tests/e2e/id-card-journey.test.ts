// Journey: a mother registers her baby's birth and, instead of typing her name and ID number,
// holds her chip ID card up to the kiosk camera (Chromium's fake camera playing a generated card).
// She confirms each field; the wizard fills her answers, shows the card's address as a hint only,
// and the city receives exactly what she confirmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CCCD_PAYLOAD, idCardFrame } from '../fixtures/camera/make-fixtures';
import {
  cameraUse,
  fakeCameraArgs,
  recordCameraStreams,
  writeFakeVideo,
} from '../fixtures/camera/chromium-fake-camera';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { openKiosk } from './harness/open-kiosk';
import { waitFor } from './harness/wait-for';
import {
  answerBirthRegistration,
  expectedAnswers,
  openBirthRegistration,
} from './journeys/birth-registration';
import type { KioskPage } from './pages/KioskPage';

const CARD = {
  name: 'Nguyễn Thị Mai Anh',
  id: '001190012345',
  address: 'Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội',
};

/** Reads the card on the requester's first question, confirms every field, and checks the prefill. */
async function readIdCard(kiosk: KioskPage): Promise<void> {
  const { page } = kiosk;
  await kiosk.tap('Đọc thẻ căn cước');
  await page.getByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' }).waitFor({ timeout: 30_000 });
  const row = (name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
  for (const name of [
    'Họ, chữ đệm và tên',
    'Số định danh cá nhân',
    'Ngày sinh',
    'Giới tính',
    'Nơi thường trú',
  ]) {
    await row(name).getByRole('button', { name: 'Đúng' }).click();
  }
  await kiosk.tap('Tiếp tục');
  // Back on the first question, answered from the card; the camera is off.
  expect(await kiosk.answerIn('Họ, chữ đệm và tên của ông/bà')).toBe(CARD.name);
  expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
  await kiosk.screenshot('id-card-01-prefilled');
  expect(await kiosk.audit()).toEqual([]);
  await kiosk.tap('Tiếp tục');
  expect(await kiosk.answerIn('Số định danh cá nhân (số CCCD) của ông/bà')).toBe(CARD.id);
  await kiosk.tap('Tiếp tục');
}

describe('the chip ID card fills the requester', () => {
  let stack: KioskStack;
  let video: ReturnType<typeof writeFakeVideo>;
  beforeAll(async () => {
    stack = await startKioskStack();
    video = writeFakeVideo('id-card', idCardFrame(SAMPLE_CCCD_PAYLOAD));
  });
  afterAll(async () => {
    await stack?.close();
    video?.remove();
  });

  it('reads the card, fills name and ID number, hints the address, and the city gets them', async () => {
    const open = await openKiosk(stack, stack.newProfileDir(), {
      chromiumArgs: fakeCameraArgs(video.file),
      beforeNavigate: (context) => recordCameraStreams(context),
    });
    try {
      const { page, kiosk, pageProblems } = open;
      await openBirthRegistration(kiosk);
      let hinted = false;
      const { born } = await answerBirthRegistration(kiosk, {
        requester: { fill: readIdCard, relation: 'Mẹ' },
        // This kiosk has a camera, so the birth certificate is photographed too.
        photograph: async (k) => {
          const certificate = page.getByRole('region', { name: /Giấy chứng sinh/ });
          await certificate.getByRole('button', { name: 'Chụp ảnh' }).click();
          await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0);
          await page.getByRole('button', { name: 'Chụp', exact: true }).click();
          await page.getByRole('button', { name: 'Dùng ảnh này' }).click({ timeout: 30_000 });
          await k.expectHeading('Chụp ảnh giấy tờ');
          await k.tap('Tiếp tục');
        },
        onAddress: async () => {
          hinted = (await page.getByText(`Địa chỉ trên thẻ căn cước: ${CARD.address}`).count()) === 1;
        },
      });
      expect(hinted).toBe(true);

      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      const delivered = await waitFor('the submission at the city', async () =>
        (await stack.citySubmissions()).find((s) => s.receiptCode === code),
      );
      expect(delivered.answers).toEqual({
        ...expectedAnswers(born.iso),
        'nguoi_yeu_cau.ho_ten': CARD.name,
        'nguoi_yeu_cau.so_dinh_danh': CARD.id,
        'nguoi_yeu_cau.quan_he': 'me',
      });
      expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
      expect(pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
