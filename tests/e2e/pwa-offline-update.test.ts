// The hosted PWA mode: the same renderer served over http://127.0.0.1 (a secure context, like the
// city's https) with `serviceWorker: true`. The Workbox service worker keeps the kiosk working
// offline, and a new version takes over only on the attract screen, never in a resident's session.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { withKiosk } from './harness/kiosk-suite';
import { copyRenderer, publishNextBuild, type RendererCopy } from './harness/renderer-copy';
import { waitFor } from './harness/wait-for';
import { FAMILY, openBirthRegistration } from './journeys/birth-registration';
import type { KioskPage } from './pages/KioskPage';

const NAME = 'Họ, chữ đệm và tên của ông/bà';
const ID_NUMBER = 'Số định danh cá nhân (số CCCD) của ông/bà';
const NEXT_BUILD = 'e2e-next';

/** Something the page keeps only until it is reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __sameDocument: true }));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
/** The marker publishNextBuild puts into index.html; null in the build the test starts with. */
const build = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset['kioskBuild'] ?? null).catch(() => undefined);

async function backToAttract(kiosk: KioskPage): Promise<void> {
  await kiosk.tap('Trang chủ');
  await kiosk.tap('Quay lại'); // home → language
  await kiosk.tap('Quay lại'); // language → attract
}

describe('hosted PWA mode (service worker)', () => {
  let renderer: RendererCopy;
  let stack: KioskStack;
  beforeAll(async () => {
    // A copy of the build, so the test can publish the next version without touching dist/.
    renderer = copyRenderer();
    stack = await startKioskStack({ rootDir: renderer.dir, config: { serviceWorker: true } });
  });
  afterAll(async () => {
    await stack?.close();
    renderer?.remove();
  });
  const kioskLog = () => readFileSync(path.join(stack.workDir, 'kiosk.log'), 'utf8');

  it('works offline, and applies a new version on the attract screen only', async () => {
    await withKiosk(stack, async ({ page, context, kiosk, pageProblems }) => {
      const started = Date.now();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      const controlledMs = Date.now() - started;

      // Offline: the shell comes from the precache, the catalog from the bundle.
      await context.setOffline(true);
      await page.reload();
      await kiosk.expectAttractScreen();
      const uncached = await page.evaluate(() =>
        fetch(`./not-in-the-precache-${Date.now()}.js`).then(
          () => 'reached',
          () => 'failed',
        ),
      );
      expect(uncached).toBe('failed'); // the network really is off
      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.searchFor('dang ky khai sinh');
      await page.getByRole('button', { name: 'Đăng ký khai sinh', exact: true }).waitFor();
      await kiosk.screenshot('pwa-01-offline-home');
      await kiosk.tap('Quay lại');
      await kiosk.tap('Quay lại');
      await kiosk.expectAttractScreen();
      await context.setOffline(false);

      // The city publishes the next build while a resident fills in a form.
      publishNextBuild(renderer.dir, NEXT_BUILD);
      await markDocument(page);
      await openBirthRegistration(kiosk);
      await kiosk.tap('Bắt đầu kê khai');
      await kiosk.answer(NAME, FAMILY.requesterName);
      await kiosk.tap('Tiếp tục');
      await kiosk.answer(ID_NUMBER, FAMILY.requesterId);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await waitFor('the new version to wait', async () =>
        kioskLog().includes('"pwa.update_waiting"') ? true : undefined,
      );
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null),
      ).toBe(true);
      // Not applied mid-session: same page, same version, the answers still there.
      expect(await sameDocument(page)).toBe(true);
      expect(await build(page)).toBeNull();
      expect(await kiosk.answerIn(ID_NUMBER)).toBe(FAMILY.requesterId);
      await kiosk.tap('Quay lại');
      expect(await kiosk.answerIn(NAME)).toBe(FAMILY.requesterName);
      expect(kioskLog()).not.toContain('"pwa.update_activating"');
      await kiosk.screenshot('pwa-02-update-held-in-session');

      // The resident leaves: on the attract screen the new version takes over.
      const leftAt = Date.now();
      await backToAttract(kiosk);
      await waitFor('the next build to take over', async () =>
        (await build(page)) === NEXT_BUILD ? true : undefined,
      );
      const appliedMs = Date.now() - leftAt;
      await kiosk.expectAttractScreen();
      expect(await sameDocument(page)).toBe(false);
      expect(kioskLog()).toContain('"pwa.update_applied"');
      await kiosk.screenshot('pwa-03-next-build');
      expect(pageProblems).toEqual([]);
      console.info(
        `service worker in control after ${controlledMs} ms; update applied ${appliedMs} ms after the session`,
      );
    });
  });
});
