// Journey 2: the building's network is down. The receipt appears at once; the
// submission reaches the city exactly once when the network returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { waitFor } from './harness/wait-for';
import {
  answerBirthRegistration,
  expectedAnswers,
  openBirthRegistration,
} from './journeys/birth-registration';

describe('birth registration, offline then back online', () => {
  let stack: KioskStack;
  beforeAll(async () => {
    stack = await startKioskStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('shows the receipt offline and delivers once the network is back', async () => {
    const open = await openKiosk(stack, stack.newProfileDir());
    const { kiosk, context } = open;
    try {
      await openBirthRegistration(kiosk);
      const { born } = await answerBirthRegistration(kiosk);
      await context.setOffline(true);
      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      await kiosk.expectStatus('Đã lưu trên máy, đang chờ gửi');
      await kiosk.screenshot('offline-01-receipt-queued');

      // Give the sync engine time to try (and fail) a few times while offline.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await stack.citySubmissions()).toHaveLength(0);

      await context.setOffline(false);
      await kiosk.expectStatus('Trạng thái: Mới đăng ký');
      await kiosk.screenshot('offline-02-receipt-delivered');
      const stored = await stack.citySubmissions();
      expect(stored.map((s) => s.receiptCode)).toEqual([code]);
      expect(stored[0]?.answers).toEqual(expectedAnswers(born.iso));
      expect(open.pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('survives the city committing a submission but the answer being lost (no duplicate)', async () => {
    const open = await openKiosk(stack, stack.newProfileDir());
    const { kiosk } = open;
    try {
      const before = (await stack.citySubmissions()).length;
      await openBirthRegistration(kiosk);
      await answerBirthRegistration(kiosk);
      await stack.setFaults({ commitThenDropRate: 1 });
      await kiosk.tap('Gửi hồ sơ');
      const code = await kiosk.receiptCode();
      // The city has it, but the kiosk never heard back, so it still says "waiting".
      await waitFor('the city to store the submission', async () =>
        (await stack.citySubmissions()).some((s) => s.receiptCode === code) ? true : undefined,
      );
      await kiosk.expectStatus('Đã lưu trên máy, đang chờ gửi');
      await stack.setFaults({});
      await kiosk.expectStatus('Trạng thái: Mới đăng ký', 60_000);
      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(before + 1);
      expect(stored.filter((s) => s.receiptCode === code)).toHaveLength(1);
    } finally {
      await stack.setFaults({});
      await open.close();
    }
  });
});
