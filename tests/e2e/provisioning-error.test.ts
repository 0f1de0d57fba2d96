// IT staff's view: a provisioning file with mistakes gives a full-screen,
// translated explanation naming each bad field — never a crash or a blank window.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';

describe('provisioning errors', () => {
  const getStack = useKioskStack();

  it('names every bad field on screen, and a fixed file works after a reload', async () => {
    const stack = getStack();
    const good = readFileSync(stack.configPath, 'utf8');
    const config = JSON.parse(good) as Record<string, unknown>;
    writeFileSync(
      stack.configPath,
      JSON.stringify({ ...config, wardCode: '4', kioskId: undefined, printer: 'EPSON' }),
    );
    try {
      await withKiosk(stack, async ({ kiosk, page }) => {
        await kiosk.expectHeading('Máy chưa được cấu hình đúng');
        const text = (await page.getByRole('main').textContent()) ?? '';
        expect(text).toContain(stack.configPath);
        expect(text).toMatch(/wardCode: giá trị không hợp lệ/);
        expect(text).toMatch(/kioskId: thiếu trường này/);
        expect(text).toMatch(/printer: trường không được hỗ trợ/);
        await kiosk.screenshot('config-error');
        expect(await kiosk.accessibilityViolations()).toEqual([]);

        writeFileSync(stack.configPath, good);
        await page.reload();
        await kiosk.expectAttractScreen();
      });
    } finally {
      writeFileSync(stack.configPath, good);
    }
  });

  it('explains a file that is not JSON at all', async () => {
    const stack = getStack();
    const good = readFileSync(stack.configPath, 'utf8');
    writeFileSync(stack.configPath, '{ "schemaVersion": 1, ');
    try {
      await withKiosk(stack, async ({ kiosk, page }) => {
        await kiosk.expectHeading('Máy chưa được cấu hình đúng');
        expect(await page.getByRole('main').textContent()).toMatch(/tệp không đúng định dạng JSON/);
      });
    } finally {
      writeFileSync(stack.configPath, good);
    }
  });
});
