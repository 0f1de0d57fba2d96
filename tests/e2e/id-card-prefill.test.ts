// Journey: a resident holds the chip ID card's QR up to the kiosk camera (Chromium's fake camera
// playing a generated card), confirms each field, and the form gets exactly those fields. Runs on
// the camera harness page (tests/harness/camera-harness.ts) under the real CSP until the wizard
// mounts the scanner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CCCD_PAYLOAD, idCardFrame } from '../fixtures/camera/make-fixtures';
import {
  cameraUse,
  fakeCameraArgs,
  recordCameraStreams,
  writeFakeVideo,
} from '../fixtures/camera/chromium-fake-camera';
import { HARNESS_DIST, startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { openKiosk } from './harness/open-kiosk';

describe('prefill from the chip ID card', () => {
  let stack: KioskStack;
  let video: ReturnType<typeof writeFakeVideo>;
  beforeAll(async () => {
    stack = await startKioskStack({ rootDir: HARNESS_DIST, entry: 'camera-harness.html' });
    video = writeFakeVideo('id-card', idCardFrame(SAMPLE_CCCD_PAYLOAD));
  });
  afterAll(async () => {
    await stack?.close();
    video?.remove();
  });

  it('reads the QR, has each field confirmed, hands over the fields and turns the camera off', async () => {
    const open = await openKiosk(stack, stack.newProfileDir(), {
      chromiumArgs: fakeCameraArgs(video.file),
      beforeNavigate: (context) => recordCameraStreams(context),
    });
    try {
      const { page, kiosk, pageProblems } = open;
      await page.goto(`${stack.url}?view=id-card`);
      await kiosk.expectHeading('Đọc thẻ căn cước');
      await page.getByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' }).waitFor({ timeout: 30_000 });
      // The card is read: the preview is gone and no camera track is left running.
      expect(await page.locator('video').count()).toBe(0);
      expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
      expect((await cameraUse(page)).opened).toBeGreaterThan(0);

      const row = (name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
      expect(await row('Họ, chữ đệm và tên').getAttribute('aria-labelledby')).toBeTruthy();
      await expect.poll(() => page.getByText('Nguyễn Thị Mai Anh', { exact: true }).count()).toBe(1);
      await expect.poll(() => page.getByText('001190012345', { exact: true }).count()).toBe(1);
      await expect.poll(() => page.getByText('15/03/1990', { exact: true }).count()).toBe(1);
      await expect
        .poll(() =>
          page.getByText('Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội', { exact: true }).count(),
        )
        .toBe(1);
      const next = page.getByRole('button', { name: 'Tiếp tục' });
      expect(await next.isDisabled()).toBe(true);
      for (const name of ['Họ, chữ đệm và tên', 'Số định danh cá nhân', 'Ngày sinh', 'Giới tính']) {
        await row(name).getByRole('button', { name: 'Đúng' }).click();
      }
      await row('Nơi thường trú').getByRole('button', { name: 'Sai' }).click();
      await kiosk.screenshot('camera-01-id-card-confirm');
      expect(await kiosk.audit()).toEqual([]);
      await next.click();

      await page.locator('#harness-done').waitFor();
      const confirmed = await page.evaluate(
        () => (window as unknown as { __cameraHarness: { confirmed: unknown } }).__cameraHarness.confirmed,
      );
      // The address was marked wrong: it is left for the resident to type.
      expect(confirmed).toEqual({
        fullName: 'Nguyễn Thị Mai Anh',
        idNumber: '001190012345',
        dateOfBirth: '1990-03-15',
        sex: 'female',
      });
      expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
      // jsQR runs under the kiosk's CSP (no eval, no WebAssembly): no violation, no page error.
      expect(pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
