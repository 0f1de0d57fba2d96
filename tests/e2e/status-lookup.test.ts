// Journey: a resident submits, prints (no printer here), then looks the application up by its
// receipt code from the home screen: a typo is caught, the city's status shows, and an unreachable
// city gets a plain explanation.
import { describe, expect, it } from 'vitest';
import { generateReceiptCode, RECEIPT_ALPHABET } from '../../shared/receipt/receipt-code';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { answerBirthRegistration, openBirthRegistration } from './journeys/birth-registration';
import type { KioskPage } from './pages/KioskPage';

/** Taps the code on the on-screen pad, one character at a time. */
async function enterReceiptCode(kiosk: KioskPage, code: string): Promise<void> {
  for (const character of code.replace(/-/g, '')) await kiosk.tap(character);
}

/** The same code with one character changed: the check character must catch it. */
function withTypo(code: string): string {
  const first = code.charAt(0);
  return (
    RECEIPT_ALPHABET.charAt((RECEIPT_ALPHABET.indexOf(first) + 1) % RECEIPT_ALPHABET.length) + code.slice(1)
  );
}

describe('status lookup', () => {
  const getStack = useKioskStack();

  it('submits, prints, and looks the application up by its receipt code', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      await openBirthRegistration(kiosk);
      await answerBirthRegistration(kiosk);
      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      await kiosk.expectStatus('Trạng thái: Mới đăng ký');
      await expect.poll(() => page.getByText(/Thời gian giải quyết dự kiến/).count()).toBe(1);
      // The dev host has no printer: the resident is told, and nothing breaks.
      await kiosk.tap('In biên nhận');
      await page.getByText('Máy này không có máy in.', { exact: false }).waitFor();
      await kiosk.screenshot('lookup-01-receipt');
      expect(await kiosk.audit()).toEqual([]);
      // On paper: the receipt without the top bar and the buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'In biên nhận' }).isVisible()).toBe(false);
      expect(await page.getByText(code, { exact: true }).isVisible()).toBe(true);
      await kiosk.screenshot('lookup-01-receipt-print');
      await page.emulateMedia({ media: 'screen' });
      await kiosk.tap('Xong');

      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.tap(/^Tra cứu hồ sơ/);
      await kiosk.expectHeading('Tra cứu hồ sơ');
      await enterReceiptCode(kiosk, withTypo(code));
      await kiosk.tap('Tra cứu');
      await kiosk.expectAlert('Mã này có ký tự chưa đúng.');
      await kiosk.screenshot('lookup-02-typo');
      expect(await kiosk.audit()).toEqual([]);

      await kiosk.tap('Xóa hết');
      await enterReceiptCode(kiosk, code);
      await kiosk.tap('Tra cứu');
      await kiosk.expectStatus('Trạng thái: Mới đăng ký');

      // The ward office accepts it and starts work: the lookup shows the portal's status and dossier code.
      const changed = await fetch(`${stack.cityApiUrl}/__sandbox/submissions/${code}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 4, dossierCode: 'H26.01-000001' }),
      });
      expect(changed.status).toBe(200);
      await kiosk.tap('Tra cứu mã khác');
      await enterReceiptCode(kiosk, code);
      await kiosk.tap('Tra cứu');
      await kiosk.expectStatus('Trạng thái: Đang xử lý');
      await page.getByText('Mã hồ sơ: H26.01-000001').waitFor();
      await kiosk.screenshot('lookup-03-city-status');
      expect(await kiosk.audit()).toEqual([]);

      // A code this kiosk never saw, while the city is unreachable: a clear message, then "not found".
      const unknown = generateReceiptCode(() => new Uint8Array(16).fill(7));
      await stack.setFaults({ resetRate: 1 });
      try {
        await kiosk.tap('Tra cứu mã khác');
        await enterReceiptCode(kiosk, unknown);
        await kiosk.tap('Tra cứu');
        await kiosk.expectStatus('Máy đang mất kết nối nên chưa tra cứu được.');
      } finally {
        await stack.setFaults({});
      }
      await kiosk.tap('Thử lại');
      await kiosk.expectStatus('Hệ thống của thành phố chưa có hồ sơ với mã này.');

      await kiosk.tap('Trang chủ');
      await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      expect(pageProblems).toEqual([]);
    });
  });
});
