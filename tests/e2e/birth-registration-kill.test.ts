// Journey 3: power cut after the receipt, before sync. The browser is SIGKILLed,
// relaunched on the same profile, and the submission is delivered exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { waitFor } from './harness/wait-for';
import {
  answerBirthRegistration,
  expectedAnswers,
  openBirthRegistration,
} from './journeys/birth-registration';

describe('birth registration, browser killed before sync', () => {
  let stack: KioskStack;
  beforeAll(async () => {
    stack = await startKioskStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('delivers the receipted submission exactly once after a relaunch', async () => {
    const profile = stack.newProfileDir();
    const first = await openKiosk(stack, profile);
    let code: string;
    let bornIso: string;
    try {
      await openBirthRegistration(first.kiosk);
      bornIso = (await answerBirthRegistration(first.kiosk)).born.iso;
      await first.context.setOffline(true);
      await first.kiosk.tap('Gửi hồ sơ');
      await first.kiosk.expectHeading('Đã nhận hồ sơ');
      code = await first.kiosk.receiptCode();
      await first.kiosk.screenshot('kill-01-receipt-before-kill');
    } finally {
      await first.kill();
    }
    expect(await stack.citySubmissions()).toHaveLength(0);

    const second = await openKiosk(stack, profile);
    try {
      const stored = await waitFor('delivery after relaunch', async () => {
        const all = await stack.citySubmissions();
        return all.length > 0 ? all : undefined;
      });
      // Let any duplicate attempt land before counting.
      await new Promise((r) => setTimeout(r, 2_000));
      const final = await stack.citySubmissions();
      expect(final).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(final[0]?.answers).toEqual(expectedAnswers(bornIso));
      await second.kiosk.screenshot('kill-02-after-relaunch');
      // The next resident starts clean: the relaunched kiosk shows the attract screen, not the old receipt.
      await second.page.getByRole('button', { name: /Chạm vào màn hình để bắt đầu/ }).waitFor();
    } finally {
      await second.close();
    }
  });
});
