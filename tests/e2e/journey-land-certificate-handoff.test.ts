// Journey: a resident looks for the first land-use-rights certificate (DD-GCN-LD) in Vietnamese
// from the "Xây nhà, đất đai" tile. It is a handoff procedure: the kiosk shows the portal's QR code,
// starts no form, and nothing reaches the city.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { expectHandoff, openLandCertificate } from './journeys/land-certificate-first-issue';
import { ScreenAudit, beginInLanguage } from './journeys/wizard-steps';

describe('first land-use-rights certificate (DD-GCN-LD), handoff, in Vietnamese', () => {
  const getStack = useKioskStack();

  it('shows the portal QR code instead of a form, and sends nothing', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      const audit = new ScreenAudit(kiosk, 'journey-dd-gcn-ld');
      await beginInLanguage(kiosk, audit, 'vi');
      await audit.screen('home');

      await openLandCertificate(kiosk, audit);
      await expectHandoff(kiosk);
      await audit.screen('handoff info', '02-handoff');

      // In English the same screen hands over the same way.
      await kiosk.tap('English');
      await kiosk.expectHeading(/^First-time land registration/);
      expect(
        await page
          .getByRole('img', { name: 'QR code that opens the National Public Service Portal' })
          .count(),
      ).toBe(1);
      expect(await page.getByRole('button', { name: 'Start the form', exact: true }).count()).toBe(0);
      await audit.screen('handoff info in English', '03-handoff-en');

      await kiosk.tap('Home');
      await kiosk.expectHeading('What do you need to do?');
      expect(await stack.citySubmissions()).toEqual([]);
      expect(pageProblems).toEqual([]);
      expect(audit.findings).toEqual([]);
    });
  });
});
