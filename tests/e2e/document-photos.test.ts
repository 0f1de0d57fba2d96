// Journey: a resident photographs a document in two pages with the kiosk camera (Chromium's fake
// camera playing a generated printed page); each page is compressed to a JPEG of at most 300 KB
// that stays readable, and the pages seal the way the outbox stores them. Runs on the camera
// harness page (tests/harness/camera-harness.ts) under the real CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFrame } from '../fixtures/camera/make-fixtures';
import {
  cameraUse,
  fakeCameraArgs,
  recordCameraStreams,
  writeFakeVideo,
} from '../fixtures/camera/chromium-fake-camera';
import type { CameraHarnessState } from '../harness/camera-harness';
import { HARNESS_DIST, startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { openKiosk } from './harness/open-kiosk';

const MAX_BYTES = 300_000;

describe('document photos', () => {
  let stack: KioskStack;
  let video: ReturnType<typeof writeFakeVideo>;
  beforeAll(async () => {
    stack = await startKioskStack({ rootDir: HARNESS_DIST, entry: 'camera-harness.html' });
    video = writeFakeVideo('document', documentFrame(1920, 1080));
  });
  afterAll(async () => {
    await stack?.close();
    video?.remove();
  });

  it('captures two pages as readable JPEGs of at most 300 KB each', async () => {
    const open = await openKiosk(stack, stack.newProfileDir(), {
      chromiumArgs: fakeCameraArgs(video.file),
      beforeNavigate: (context) => recordCameraStreams(context),
    });
    try {
      const { page, kiosk, pageProblems } = open;
      await page.goto(`${stack.url}?view=documents`);
      await kiosk.expectHeading('Chụp ảnh giấy tờ');
      const next = page.getByRole('button', { name: 'Tiếp tục' });
      expect(await next.isDisabled()).toBe(true);
      await page.getByText(/^Cần chụp ảnh trước khi tiếp tục: Bản chính Giấy chứng sinh/).waitFor();
      expect(await cameraUse(page)).toEqual({ opened: 0, liveTracks: 0 });

      const certificate = page.getByRole('region', { name: /Giấy chứng sinh/ });
      for (const [index, take] of ['Chụp ảnh', 'Chụp thêm trang'].entries()) {
        await certificate.getByRole('button', { name: take }).click();
        const shoot = page.getByRole('button', { name: 'Chụp', exact: true });
        await expect.poll(() => shoot.isEnabled(), { timeout: 30_000 }).toBe(true);
        // Wait for a real frame, not just a stream.
        await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0);
        await shoot.click();
        await page.getByRole('img', { name: /^Ảnh vừa chụp:/ }).waitFor({ timeout: 30_000 });
        if (index === 0) {
          await kiosk.screenshot('camera-02-document-review');
          expect(await kiosk.audit()).toEqual([]);
        }
        await page.getByRole('button', { name: 'Dùng ảnh này' }).click();
        await kiosk.expectHeading('Chụp ảnh giấy tờ');
        // Back on the list: the camera is off until the next "Chụp".
        expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
      }
      await certificate.getByText('Đã chụp 2 trang').waitFor();
      expect(await certificate.getByRole('img').count()).toBe(2);
      await kiosk.screenshot('camera-03-document-pages');
      expect(await kiosk.audit()).toEqual([]);

      await next.click();
      await page.locator('#harness-done').waitFor({ timeout: 30_000 });
      const result = await page.evaluate(
        () => (window as unknown as { __cameraHarness: CameraHarnessState }).__cameraHarness,
      );
      console.log(`document photos: ${JSON.stringify(result.attachments)}`);
      const attachments = result.attachments ?? [];
      expect(attachments.map((a) => [a.id, a.label])).toEqual([
        [
          expect.stringMatching(/^doc-[0-9]+-1$/),
          expect.stringMatching(/^Bản chính Giấy chứng sinh.* – trang 1\/2$/),
        ],
        [
          expect.stringMatching(/^doc-[0-9]+-2$/),
          expect.stringMatching(/^Bản chính Giấy chứng sinh.* – trang 2\/2$/),
        ],
      ]);
      for (const attachment of attachments) {
        expect(attachment.contentType).toBe('image/jpeg');
        expect(attachment.head).toBe('ffd8ff');
        expect(attachment.size).toBeLessThanOrEqual(MAX_BYTES);
        // Readable: the camera gives 1920 px, so the long side stays at least 1600 px.
        expect(Math.max(attachment.width, attachment.height)).toBeGreaterThanOrEqual(1600);
      }
      // Sealed as the outbox stores them: AES-GCM adds its 16-byte tag to each photo.
      expect(result.sealedSizes).toEqual(attachments.map((a) => a.size + 16));
      expect(await cameraUse(page)).toMatchObject({ liveTracks: 0 });
      expect(pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
