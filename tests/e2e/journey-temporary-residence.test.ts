// Journey: a tenant registers temporary residence (CT-TAMTRU) entirely in English, found from the
// "Moving home" life-event tile, with two household members; the city receives it exactly once.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import {
  FLAT_LABEL,
  TENANT,
  answerTemporaryResidence,
  expectedTemporaryResidenceAnswers,
} from './journeys/temporary-residence';
import { RECEIPT, ScreenAudit, TEXT, beginInLanguage } from './journeys/wizard-steps';

const t = TEXT.en;
const NEW_FLAT = 'Căn 1205 tòa B, số 19 Duy Tân';

describe('temporary residence registration (CT-TAMTRU), in English', () => {
  const getStack = useKioskStack();

  it('registers the tenant with two household members, and the city gets it once', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      const audit = new ScreenAudit(kiosk, 'journey-ct-tamtru');
      await beginInLanguage(kiosk, audit, 'en');
      await audit.screen('home', '01-home');
      await kiosk.chooseLifeEvent(/Moving home, residence/);
      await audit.screen('life event: moving home', '02-moving-home');
      await kiosk.chooseProcedure('Temporary residence registration');
      await kiosk.expectHeading('Temporary residence registration');
      await page.getByText('You can file this application right here at the kiosk.').waitFor();
      await audit.screen('info', '03-info');

      const { until, photos } = await answerTemporaryResidence(kiosk, audit);
      await audit.screen('check answers', '04-check');
      if (photos === 'noCamera') {
        await page.getByText('Not photographed: bring the originals to the office').waitFor();
      }
      for (const member of TENANT.members) {
        expect(await page.getByText(member.name, { exact: true }).count()).toBeGreaterThan(0);
      }

      await kiosk.tap(t.change(FLAT_LABEL));
      await kiosk.answer(FLAT_LABEL, NEW_FLAT);
      await kiosk.tap(t.save);
      await kiosk.expectHeading(t.check);
      expect(await page.getByText(NEW_FLAT, { exact: true }).count()).toBe(1);

      await kiosk.tap(t.submit);
      await kiosk.expectHeading(t.receipt);
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      await kiosk.expectStatus(t.status);
      await audit.screen('receipt', '05-receipt');

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('CT-TAMTRU');
      expect(stored[0]?.answers).toEqual(expectedTemporaryResidenceAnswers(until.iso, NEW_FLAT));
      // No camera in the test browser: no photos, the papers go to the office on paper.
      expect(stored[0]?.attachments).toEqual([]);

      await kiosk.tap(t.done);
      await kiosk.expectAttractScreen();
      expect(await page.getByText(TENANT.name).count()).toBe(0);
      expect(pageProblems).toEqual([]);
      expect(audit.findings).toEqual([]);
    });
  });
});
