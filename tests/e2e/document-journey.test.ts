// Journey: a resident registers a birth at a kiosk with a camera (Chromium's fake camera playing a
// generated printed page). The birth certificate is photographed in the wizard's photo step, the
// check-answers page counts the pages, and the city receives the photo sealed and decrypts it.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFrame } from '../fixtures/camera/make-fixtures';
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

/** Photographs the birth certificate once and goes on to check answers. */
async function photographBirthCertificate(kiosk: KioskPage): Promise<void> {
  const { page } = kiosk;
  const next = page.getByRole('button', { name: 'Tiếp tục' });
  // Required: nothing goes on until it is photographed.
  expect(await next.isDisabled()).toBe(true);
  const certificate = page.getByRole('region', { name: /Giấy chứng sinh/ });
  await certificate.getByRole('button', { name: 'Chụp ảnh' }).click();
  const shoot = page.getByRole('button', { name: 'Chụp', exact: true });
  await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
  await shoot.click();
  await page.getByRole('button', { name: 'Dùng ảnh này' }).click({ timeout: 30_000 });
  await kiosk.expectHeading('Chụp ảnh giấy tờ');
  await certificate.getByText('Đã chụp 1 trang').waitFor();
  await next.click();
}

describe('document photos in the birth registration', () => {
  let stack: KioskStack;
  let video: ReturnType<typeof writeFakeVideo>;
  beforeAll(async () => {
    stack = await startKioskStack();
    video = writeFakeVideo('document', documentFrame(1920, 1080));
  });
  afterAll(async () => {
    await stack?.close();
    video?.remove();
  });

  it('photographs the birth certificate; the city gets the photo sealed, and decrypts it', async () => {
    const open = await openKiosk(stack, stack.newProfileDir(), {
      chromiumArgs: fakeCameraArgs(video.file),
      beforeNavigate: (context) => recordCameraStreams(context),
    });
    try {
      const { page, kiosk, pageProblems } = open;
      const before = (await stack.citySubmissions()).length;
      await openBirthRegistration(kiosk);
      const { born } = await answerBirthRegistration(kiosk, { photograph: photographBirthCertificate });
      // Check answers counts the pages, with a way back to the photos.
      await page.getByText('Đã chụp 1 trang').waitFor();
      await kiosk.tap('Sửa ảnh giấy tờ');
      await kiosk.expectHeading('Chụp ảnh giấy tờ');
      await page
        .getByRole('region', { name: /Giấy chứng sinh/ })
        .getByText('Đã chụp 1 trang')
        .waitFor();
      await kiosk.tap('Tiếp tục');
      await kiosk.expectHeading('Kiểm tra lại thông tin');
      await kiosk.screenshot('documents-01-check');
      expect(await kiosk.audit()).toEqual([]);
      expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });

      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      const delivered = await waitFor('the submission and its photo at the city', async () => {
        const found = (await stack.citySubmissions()).find((s) => s.receiptCode === code);
        return found && found.attachments.length > 0 && found.attachments.every((a) => a.complete)
          ? found
          : undefined;
      });
      expect(await stack.citySubmissions()).toHaveLength(before + 1);
      expect(delivered.answers).toEqual(expectedAnswers(born.iso));
      expect(delivered.attachments).toHaveLength(1);
      const [photo] = delivered.attachments;
      expect(photo).toMatchObject({ id: expect.stringMatching(/^doc-[0-9]+-1$/), complete: true });
      // Decrypted by the sandbox: it knows the plaintext's hash, which a sealed blob would not give.
      expect(photo?.plaintextSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(photo?.plaintextSha256).not.toBe(createHash('sha256').update('').digest('hex'));

      // The session is over: the photo is gone from the kiosk's screens.
      await kiosk.tap('Xong');
      await kiosk.expectAttractScreen();
      expect(await page.getByRole('img').count()).toBe(0);
      expect(pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
