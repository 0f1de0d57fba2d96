// Journey: a mother prepares a primary-school transfer (GD-CT-TH) in Vietnamese, switching to
// English and back part-way; the info screen says the new school decides in person, and the city
// receives the application exactly once.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import {
  GRADE_LABEL,
  TRANSFER,
  answerSchoolTransfer,
  expectedSchoolTransferAnswers,
} from './journeys/primary-school-transfer';
import { RECEIPT, ScreenAudit, TEXT, beginInLanguage, searchAndOpen } from './journeys/wizard-steps';

const t = TEXT.vi;

describe('primary-school transfer (GD-CT-TH), in Vietnamese with a switch to English', () => {
  const getStack = useKioskStack();

  it('keeps the answers across the language switch, and the city gets it once', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      const audit = new ScreenAudit(kiosk, 'journey-gd-ct-th');
      await beginInLanguage(kiosk, audit, 'vi');
      await searchAndOpen(kiosk, audit, 'chuyen truong tieu hoc', 'Chuyển trường đối với học sinh tiểu học');
      await kiosk.expectHeading('Chuyển trường đối với học sinh tiểu học');
      const mode = page.getByRole('region', { name: 'Máy giúp kê khai, ông/bà cần hoàn tất trực tiếp' });
      await mode.getByText(/Hiệu trưởng trường nơi chuyển đến phải ghi ý kiến vào đơn/).waitFor();
      await audit.screen('info', '02-info');

      await answerSchoolTransfer(kiosk, audit);
      await audit.screen('check answers', '03-check');
      expect(await page.getByText(TRANSFER.pupil.name, { exact: true }).count()).toBe(1);

      await kiosk.tap(t.change(GRADE_LABEL));
      await kiosk.choose('Lớp 4');
      await kiosk.tap(t.save);
      await kiosk.expectHeading(t.check);
      expect(await page.getByText('Lớp 4', { exact: true }).count()).toBe(1);

      await kiosk.tap(t.submit);
      await kiosk.expectHeading(t.receipt);
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      await kiosk.expectStatus(t.status);
      await audit.screen('receipt', '04-receipt');

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('GD-CT-TH');
      expect(stored[0]?.answers).toEqual(expectedSchoolTransferAnswers('4'));
      // Nothing of this procedure is photographed at the kiosk.
      expect(stored[0]?.attachments).toEqual([]);

      await kiosk.tap(t.done);
      await kiosk.expectAttractScreen();
      expect(await page.getByText(TRANSFER.parent.name).count()).toBe(0);
      expect(pageProblems).toEqual([]);
      expect(audit.findings).toEqual([]);
    });
  });
});
