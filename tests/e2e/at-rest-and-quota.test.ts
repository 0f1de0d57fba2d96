// Encryption at rest and the storage guard, proven in real Chromium: queued
// submissions leave no personal data readable on disk, and a full disk is
// explained before a resident starts, without touching what is already queued.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { clearQuotaLimit, quotaIsEnforced, setQuotaLimit } from './harness/limit-quota';
import { openKiosk, type OpenKiosk } from './harness/open-kiosk';
import { scanProfile } from './harness/scan-profile';
import { waitFor } from './harness/wait-for';
import { FAMILY, fillBirthRegistration } from './journeys/birth-registration';

describe('at rest and out of space', () => {
  const getStack = useKioskStack();

  it('keeps no personal data in clear on disk while submissions wait offline', async () => {
    const stack = getStack();
    const profile = stack.newProfileDir();
    await withKiosk(
      stack,
      async ({ kiosk, context }) => {
        await context.setOffline(true);
        for (let i = 0; i < 2; i++) {
          await fillBirthRegistration(kiosk);
          await kiosk.tap('Gửi hồ sơ');
          await kiosk.expectHeading('Đã nhận hồ sơ');
          await kiosk.expectStatus('Đã lưu trên máy, đang chờ gửi');
          await kiosk.tap('Xong');
        }
      },
      profile,
    );
    const needles = [
      FAMILY.requesterName,
      FAMILY.childName,
      FAMILY.motherName,
      FAMILY.requesterId,
      FAMILY.motherId,
      '0912345678',
      FAMILY.requesterStreet,
      FAMILY.birthPlace,
    ];
    const scan = scanProfile(profile, needles);
    console.log(
      `at-rest scan: ${scan.hits.length} plaintext hits for ${needles.length} values in ${scan.filesScanned} files (${scan.bytesScanned} bytes)`,
    );
    expect(scan.hits).toEqual([]);
    expect(await stack.citySubmissions()).toHaveLength(0);
  });

  it('tells the resident before they start when there is no room, and loses nothing queued', async () => {
    const stack = getStack();
    const profile = stack.newProfileDir();
    const before = (await stack.citySubmissions()).length;
    const code = await withKiosk(
      stack,
      async ({ kiosk, context }) => {
        await context.setOffline(true);
        await fillBirthRegistration(kiosk);
        await kiosk.tap('Gửi hồ sơ');
        return kiosk.receiptCode();
      },
      profile,
    );
    // Back online, but the city refuses everything for now, so the submission stays queued.
    await stack.setFaults({ errorRate: 1 });
    try {
      let limited: OpenKiosk | undefined;
      for (let launch = 0; launch < 8 && !limited; launch++) {
        const open = await openKiosk(stack, profile, {
          beforeNavigate: (context, page) => setQuotaLimit(context, page, stack.host.origin, 1024 * 1024),
        });
        await open.kiosk.expectAttractScreen();
        if (await quotaIsEnforced(open.page)) {
          limited = open;
          console.log(`quota limit enforced on launch ${launch + 1}`);
        } else await open.close();
      }
      if (!limited) throw new Error('Chromium ignored Storage.overrideQuotaForOrigin in 8 launches');
      const { kiosk, context, page } = limited;
      try {
        await kiosk.touchToBegin();
        await kiosk.expectHeading('Máy tạm thời không nhận hồ sơ mới');
        await kiosk.screenshot('storage-full');
        expect(await kiosk.audit()).toEqual([]);
        expect((await stack.citySubmissions()).some((s) => s.receiptCode === code)).toBe(false);

        await clearQuotaLimit(context, page, stack.host.origin);
        await stack.setFaults({});
        // The network "comes back": the kiosk retries at once instead of after its backoff.
        await context.setOffline(true);
        await context.setOffline(false);
        // The retry after the refusals is randomised (full jitter, scaled to the outage), and a loaded
        // CI machine stretches it: allow a minute rather than the default 30 s.
        await waitFor(
          'the queued submission to reach the city',
          async () =>
            (await stack.citySubmissions()).some((s) => s.receiptCode === code) ? true : undefined,
          60_000,
        );
        expect(await stack.citySubmissions()).toHaveLength(before + 1);
        await kiosk.tap('Quay lại');
        await kiosk.touchToBegin();
        await kiosk.expectHeading('Chọn ngôn ngữ');
      } finally {
        await limited.close();
      }
    } finally {
      await stack.setFaults({});
    }
  });
});
