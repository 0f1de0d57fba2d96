// Journey: a resident registers a household business (HKD-DK) in Vietnamese, found by a search
// typed without accents; the city receives it exactly once.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import {
  SHOP,
  TRADE_LABEL,
  answerHouseholdBusiness,
  expectedHouseholdBusinessAnswers,
} from './journeys/household-business-registration';
import { RECEIPT, ScreenAudit, TEXT, beginInLanguage, searchAndOpen } from './journeys/wizard-steps';

const t = TEXT.vi;
const NEW_TRADE = 'Bán lẻ tạp hóa, đồ uống';

describe('household business registration (HKD-DK), in Vietnamese', () => {
  const getStack = useKioskStack();

  it('registers a one-person business, and the city gets it once', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      const audit = new ScreenAudit(kiosk, 'journey-hkd-dk');
      await beginInLanguage(kiosk, audit, 'vi');
      await searchAndOpen(kiosk, audit, 'ho kinh doanh', 'Đăng ký thành lập hộ kinh doanh');
      await kiosk.expectHeading('Đăng ký thành lập hộ kinh doanh');
      await page.getByText('Ông/bà có thể nộp hồ sơ ngay tại máy này.').waitFor();
      await audit.screen('info', '02-info');

      const photos = await answerHouseholdBusiness(kiosk, audit);
      await audit.screen('check answers', '03-check');
      if (photos === 'noCamera') {
        await page.getByText('Chưa chụp: mang bản chính đến cơ quan giải quyết').waitFor();
      }
      expect(await page.getByText(SHOP.name, { exact: true }).count()).toBe(1);

      await kiosk.tap(t.change(TRADE_LABEL));
      await kiosk.answer(TRADE_LABEL, NEW_TRADE);
      await kiosk.tap(t.save);
      await kiosk.expectHeading(t.check);
      expect(await page.getByText(NEW_TRADE, { exact: true }).count()).toBe(1);

      await kiosk.tap(t.submit);
      await kiosk.expectHeading(t.receipt);
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      await kiosk.expectStatus(t.status);
      await audit.screen('receipt', '04-receipt');

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('HKD-DK');
      expect(stored[0]?.answers).toEqual(expectedHouseholdBusinessAnswers(NEW_TRADE));
      // No camera in the test browser: no photos, the papers go to the office on paper.
      expect(stored[0]?.attachments).toEqual([]);

      await kiosk.tap(t.done);
      await kiosk.expectAttractScreen();
      expect(await page.getByText(SHOP.owner.name).count()).toBe(0);
      expect(pageProblems).toEqual([]);
      expect(audit.findings).toEqual([]);
    });
  });
});
