// Journey 3: power cut after the receipt, before sync. The browser is SIGKILLed,
// relaunched on the same profile, and the submission is delivered exactly once —
// also when Chromium has meanwhile thrown the origin's IndexedDB away, as it does
// with a backing store it finds corrupt (seen in the long chaos run).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { waitFor } from './harness/wait-for';
import { fillBirthRegistration, expectedAnswers } from './journeys/birth-registration';

describe('birth registration, browser killed before sync', () => {
  const getStack = useKioskStack();

  it('delivers the receipted submission exactly once after a relaunch', async () => {
    const stack = getStack();
    const profile = stack.newProfileDir();
    const first = await openKiosk(stack, profile);
    let code: string;
    let bornIso: string;
    try {
      bornIso = (await fillBirthRegistration(first.kiosk)).born.iso;
      await first.context.setOffline(true);
      await first.kiosk.tap('Gửi hồ sơ');
      await first.kiosk.expectHeading('Đã nhận hồ sơ');
      code = await first.kiosk.receiptCode();
      await first.kiosk.screenshot('kill-01-receipt-before-kill');
    } finally {
      await first.kill();
    }
    expect(await stack.citySubmissions()).toHaveLength(0);

    await withKiosk(
      stack,
      async ({ kiosk }) => {
        await waitFor('delivery after relaunch', async () =>
          (await stack.citySubmissions()).length > 0 ? true : undefined,
        );
        // Let any duplicate attempt land before counting.
        await new Promise((r) => setTimeout(r, 2_000));
        const stored = await stack.citySubmissions();
        expect(stored).toHaveLength(1);
        expect(stored[0]?.receiptCode).toBe(code);
        expect(stored[0]?.answers).toEqual(expectedAnswers(bornIso));
        await kiosk.screenshot('kill-02-after-relaunch');
        // The next resident starts clean: the relaunched kiosk shows the attract screen, not the old receipt.
        await kiosk.expectAttractScreen();
      },
      profile,
    );
  });

  it('restores the receipted submission from the journal after Chromium wiped IndexedDB', async () => {
    const stack = getStack();
    const profile = stack.newProfileDir();
    const journalDir = path.join(profile, 'outbox-journal');
    const first = await openKiosk(stack, profile);
    let code: string;
    try {
      await fillBirthRegistration(first.kiosk);
      await first.context.setOffline(true);
      await first.kiosk.tap('Gửi hồ sơ');
      await first.kiosk.expectHeading('Đã nhận hồ sơ');
      code = await first.kiosk.receiptCode();
      // The journal copy is written beside the receipt, not before it (see Outbox.enqueue).
      await waitFor('the journal copy', async () =>
        existsSync(journalDir) && readdirSync(journalDir).length === 1 ? true : undefined,
      );
    } finally {
      await first.kill();
    }
    const indexedDb = path.join(profile, 'Default', 'IndexedDB');
    expect(existsSync(indexedDb)).toBe(true);
    rmSync(indexedDb, { recursive: true, force: true });

    await withKiosk(
      stack,
      async ({ kiosk }) => {
        await waitFor('delivery after relaunch', async () =>
          (await stack.citySubmissions()).some((s) => s.receiptCode === code) ? true : undefined,
        );
        await new Promise((r) => setTimeout(r, 2_000));
        const stored = (await stack.citySubmissions()).filter((s) => s.receiptCode === code);
        expect(stored).toHaveLength(1);
        // Delivered, so the journal lets go of it.
        await waitFor('the journal to empty', async () =>
          readdirSync(journalDir).length === 0 ? true : undefined,
        );
        await kiosk.expectAttractScreen();
      },
      profile,
    );
  });
});
