// Journey: a couple prepares their marriage registration (HT-KH) entirely in English. The info
// screen says they must still come in person; the city receives the declaration exactly once.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import {
  COUPLE,
  LABELS,
  answerMarriageRegistration,
  expectedMarriageAnswers,
} from './journeys/marriage-registration';
import {
  RECEIPT,
  ScreenAudit,
  TEXT,
  beginInLanguage,
  searchAndOpen,
  setStepper,
} from './journeys/wizard-steps';

const t = TEXT.en;

describe('marriage registration (HT-KH), in English', () => {
  const getStack = useKioskStack();

  it('explains the in-person step, prepares the form, and the city gets it once', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      const audit = new ScreenAudit(kiosk, 'journey-ht-kh');
      await beginInLanguage(kiosk, audit, 'en');
      await searchAndOpen(kiosk, audit, 'dang ky ket hon', 'Marriage registration');

      await kiosk.expectHeading('Marriage registration');
      const mode = page.getByRole('region', {
        name: 'The kiosk helps you fill in the form; you finish in person',
      });
      await mode.getByText(/Both of you must be present/).waitFor();
      await mode.getByText(/come together and bring your ID cards/).waitFor();
      expect(await page.getByRole('img', { name: /QR/ }).count()).toBe(0);
      await audit.screen('info', '02-info');

      const photos = await answerMarriageRegistration(kiosk, audit);
      await audit.screen('check answers', '03-check');
      if (photos === 'noCamera') {
        await page.getByText('Not photographed: bring the originals to the office').waitFor();
      }
      for (const shown of [COUPLE.woman.name, COUPLE.man.name, 'Ba Dinh Ward']) {
        expect(await page.getByText(shown, { exact: true }).count()).toBeGreaterThan(0);
      }

      await kiosk.tap(t.change(LABELS.copies));
      await setStepper(kiosk, 'en', 1);
      await kiosk.tap(t.save);
      await kiosk.expectHeading(t.check);

      await kiosk.tap(t.submit);
      await kiosk.expectHeading(t.receipt);
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      await kiosk.expectStatus(t.status);
      await audit.screen('receipt', '04-receipt');

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('HT-KH');
      expect(stored[0]?.answers).toEqual(expectedMarriageAnswers('1'));
      // No camera in the test browser: no photos, the papers go to the office on paper.
      expect(stored[0]?.attachments).toEqual([]);

      await kiosk.tap(t.done);
      await kiosk.expectAttractScreen();
      expect(await page.getByText(COUPLE.woman.name).count()).toBe(0);
      expect(pageProblems).toEqual([]);
      expect(audit.findings).toEqual([]);
    });
  });
});
