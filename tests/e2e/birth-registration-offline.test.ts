// Journey 2: the building's network is down. The receipt appears at once; the
// submission reaches the city exactly once when the network returns.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { waitFor } from './harness/wait-for';
import { fillBirthRegistration, expectedAnswers } from './journeys/birth-registration';

describe('birth registration, offline then back online', () => {
  const getStack = useKioskStack();

  it('shows the receipt offline and delivers once the network is back', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, context, pageProblems }) => {
      const { born } = await fillBirthRegistration(kiosk);
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
      expect(pageProblems).toEqual([]);
    });
  });

  it('survives the city committing a submission but the answer being lost (no duplicate)', async () => {
    const stack = getStack();
    try {
      await withKiosk(stack, async ({ kiosk }) => {
        const before = (await stack.citySubmissions()).length;
        await fillBirthRegistration(kiosk);
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
      });
    } finally {
      await stack.setFaults({});
    }
  });
});
