// Ward staff at a kiosk whose network is down: a resident's application waits in the queue; staff
// open assist mode with the hidden corner and their PIN (a wrong PIN first: refused, with a pause),
// see the queue and the device's health, send the queue once the network is back, and leave; then
// they start a session for a resident, marked as assisted. The city receives the application once
// and every staff action in its audit log.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOG_FILE } from '../../electron/services/log-sink';
import { E2E_STAFF_PIN } from './harness/kiosk-stack';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { waitFor } from './harness/wait-for';
import { fillBirthRegistration } from './journeys/birth-registration';
import type { KioskPage } from './pages/KioskPage';

/** Press and hold the attract screen's top-left corner, as staff do, a little over three seconds. */
async function holdStaffCorner(page: Page): Promise<void> {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.waitForTimeout(3_300);
  await page.mouse.up();
}

async function typePin(kiosk: KioskPage, pin: string): Promise<void> {
  for (const digit of pin) await kiosk.tap(digit);
  await kiosk.tap('Mở');
}

const text = (page: Page, value: string) => page.getByText(value, { exact: true });

interface HeldAuditEvent {
  event: { action: string; kioskId: string; details: Record<string, unknown> };
}

describe('staff assist mode', () => {
  const getStack = useKioskStack();

  it('unlocks with the PIN after a refused one, sends the queue, and audits every step', async () => {
    const stack = getStack();
    const auditEvents = async () => {
      const response = await fetch(`${stack.cityApiUrl}/__sandbox/audit-events`);
      return ((await response.json()) as { events: HeldAuditEvent[] }).events;
    };

    await withKiosk(stack, async ({ kiosk, page, context, pageProblems }) => {
      // A resident's application, queued while the network is down.
      await fillBirthRegistration(kiosk);
      await context.setOffline(true);
      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      await kiosk.tap('Xong');
      await kiosk.expectAttractScreen();

      // The hidden corner opens the PIN pad.
      await holdStaffCorner(page);
      await kiosk.expectHeading('Chế độ cán bộ');
      expect(await kiosk.audit()).toEqual([]);

      // A wrong PIN: refused, and the pad waits before the next try.
      await typePin(kiosk, '135790');
      await kiosk.expectAlert(/Mã PIN không đúng\.\s*Thử lại sau [12] giây\./);
      await expect.poll(() => page.getByRole('button', { name: '1', exact: true }).isDisabled()).toBe(true);
      await kiosk.screenshot('staff-01-wrong-pin');
      await expect
        .poll(() => page.getByRole('button', { name: '1', exact: true }).isEnabled(), { timeout: 5_000 })
        .toBe(true);

      // The right PIN opens the panel: the queue in counts, and the device's health.
      await typePin(kiosk, E2E_STAFF_PIN);
      await kiosk.expectHeading('Bảng điều khiển cán bộ');
      await text(page, 'Hồ sơ chờ gửi: 1').waitFor();
      await text(page, 'Mạng: mất kết nối').waitFor();
      await text(page, 'Máy chủ thành phố: không trả lời').waitFor();
      await text(page, 'Phiên bản ứng dụng: e2e (browser)').waitFor();
      await text(page, 'Máy in: không có máy in nào').waitFor();
      await text(page, `Mã máy: ${stack.kioskId}`).waitFor();
      expect(await page.locator('body').textContent()).not.toContain(code);
      await kiosk.screenshot('staff-02-panel-offline');
      expect(await kiosk.audit()).toEqual([]);

      // Network back: "send now" delivers the application.
      await context.setOffline(false);
      await kiosk.tap('Gửi ngay');
      await kiosk.expectStatus(/Đã gửi\. Còn chờ: 0\./);
      await text(page, 'Hồ sơ chờ gửi: 0').waitFor();
      await text(page, 'Mạng: có kết nối').waitFor();
      await text(page, 'Máy chủ thành phố: trả lời bình thường').waitFor();
      expect((await stack.citySubmissions()).map((s) => s.receiptCode)).toEqual([code]);
      await kiosk.screenshot('staff-03-panel-sent');

      // Leaving returns to the attract screen.
      await kiosk.tap('Thoát chế độ cán bộ');
      await kiosk.expectAttractScreen();

      // The city holds every staff action, once each, with counts only.
      const held = await waitFor('the staff exit in the city audit log', async () => {
        const events = await auditEvents();
        return events.some((e) => e.event.action === 'staff.exit') ? events : undefined;
      });
      expect(held.map((e) => e.event.action).sort()).toEqual([
        'staff.exit',
        'staff.force_sync',
        'staff.unlock',
        'staff.unlock_failed',
      ]);
      expect(held.every((e) => e.event.kioskId === stack.kioskId)).toBe(true);
      expect(held.find((e) => e.event.action === 'staff.unlock_failed')?.event.details).toEqual({
        failedAttempts: 1,
      });
      expect(held.find((e) => e.event.action === 'staff.force_sync')?.event.details).toEqual({
        waiting: 1,
        outcome: 'ok',
      });
      expect(JSON.stringify(held)).not.toMatch(new RegExp(`${E2E_STAFF_PIN}|135790|${code}`));

      // And the kiosk's own log has them too, without the PINs.
      const log = readFileSync(path.join(stack.workDir, LOG_FILE), 'utf8');
      for (const event of ['staff.unlock_failed', 'staff.unlock', 'staff.force_sync', 'staff.exit']) {
        expect(log).toContain(`"event":"${event}"`);
      }
      expect(log).not.toMatch(new RegExp(`${E2E_STAFF_PIN}|135790`));

      // Staff start a session for a resident: marked as assisted until the attract screen is back.
      await holdStaffCorner(page);
      await typePin(kiosk, E2E_STAFF_PIN);
      await kiosk.expectHeading('Bảng điều khiển cán bộ');
      await kiosk.tap('Bắt đầu phiên hỗ trợ người dân');
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).waitFor();
      await text(page, 'Có cán bộ hỗ trợ').waitFor();
      await kiosk.screenshot('staff-04-assisted-session');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.tap('Quay lại');
      await kiosk.expectAttractScreen();
      expect(await text(page, 'Có cán bộ hỗ trợ').count()).toBe(0);
      await waitFor('the assisted session in the city audit log', async () =>
        (await auditEvents()).find((e) => e.event.action === 'staff.assisted_session'),
      );
      expect(pageProblems).toEqual([]);
    });
  });
});
