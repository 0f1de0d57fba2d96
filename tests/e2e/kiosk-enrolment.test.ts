// Kiosk operations: a freshly provisioned kiosk enrols with its one-time token,
// every submission carries its device credential, it reports a heartbeat, and
// when the city revokes the credential the queue waits (401 logged, nothing
// lost) until IT provisions a new token, then delivers.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE } from '../../electron/services/log-sink';
import type { FleetKiosk } from '../../sandbox/fleet-view';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { waitFor } from './harness/wait-for';
import { expectedAnswers, fillBirthRegistration } from './journeys/birth-registration';

const QUEUED = 'Đã lưu trên máy, đang chờ gửi';
const DELIVERED = 'Trạng thái: Mới đăng ký';

describe('kiosk enrolment and credentials', () => {
  const getStack = useKioskStack();

  it('enrols at first start, sends the credential, and after a revocation delivers once IT provisions a new token', async () => {
    const stack = getStack();
    const kioskLog = () => readFileSync(path.join(stack.workDir, LOG_FILE), 'utf8');
    const events = () =>
      kioskLog()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { event: string }).event);
    const liveCredential = async () =>
      (await stack.cityKiosks()).kiosks
        .find((k) => k.kioskId === stack.kioskId)
        ?.credentials.find((c) => c.revokedAt === null);
    expect((await stack.cityKiosks()).kiosks).toEqual([]); // a fresh kiosk: the city does not know it yet

    await withKiosk(stack, async ({ kiosk, pageProblems }) => {
      const { born } = await fillBirthRegistration(kiosk);
      await kiosk.tap('Gửi hồ sơ');
      const first = await kiosk.receiptCode();
      await kiosk.expectStatus(DELIVERED);

      // Enrolled once, and the submission came with that credential.
      const enrolled = await liveCredential();
      expect(enrolled?.requests).toBeGreaterThan(0);
      const [stored] = await stack.citySubmissions();
      expect(stored).toMatchObject({ receiptCode: first, credentialId: enrolled?.credentialId });
      expect(stored?.answers).toEqual(expectedAnswers(born.iso));

      // The heartbeat reached the city: in the browser shell there is no OS keyring, which it reports.
      const fleet = await waitFor('the first heartbeat', async () => {
        const response = await fetch(`${stack.cityApiUrl}/__sandbox/fleet`);
        const { kiosks } = (await response.json()) as { kiosks: FleetKiosk[] };
        return kiosks.find((k) => k.kioskId === stack.kioskId && k.lastSeenAt !== null);
      });
      expect(fleet.heartbeat).toMatchObject({
        appVersion: 'e2e',
        shell: 'browser',
        credentialStorage: 'weak',
      });
      expect(fleet.reasons).toContain('weak_credential_storage');

      // The city revokes the kiosk's credential. The next resident still gets a receipt; nothing is lost.
      await fetch(`${stack.cityApiUrl}/__sandbox/kiosks/${stack.kioskId}/revoke`, { method: 'POST' });
      await kiosk.tap('Xong');
      await fillBirthRegistration(kiosk);
      await kiosk.tap('Gửi hồ sơ');
      const second = await kiosk.receiptCode();
      await kiosk.expectStatus(QUEUED);
      await waitFor('the kiosk to log that the city refuses it', async () =>
        events().includes('credential.refused') ? true : undefined,
      );
      expect((await stack.cityKiosks()).counters['unauthorized']).toBeGreaterThan(0);
      expect((await stack.citySubmissions()).map((s) => s.receiptCode)).toEqual([first]);
      await kiosk.screenshot('enrolment-01-refused-queued');

      // IT provisions a new one-time token in the kiosk's file; no restart.
      const issued = await fetch(`${stack.cityApiUrl}/__sandbox/enrolment-tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'IT re-provisioning' }),
      });
      const { token } = (await issued.json()) as { token: string };
      const config = JSON.parse(readFileSync(stack.configPath, 'utf8')) as Record<string, unknown>;
      writeFileSync(stack.configPath, JSON.stringify({ ...config, enrolmentToken: token }));

      await kiosk.expectStatus(DELIVERED, 60_000);
      const renewed = await liveCredential();
      expect(renewed?.credentialId).not.toBe(enrolled?.credentialId);
      const all = await stack.citySubmissions();
      expect(all.map((s) => s.receiptCode)).toEqual([first, second]);
      expect(all[1]?.credentialId).toBe(renewed?.credentialId);
      expect(events().filter((e) => e === 'credential.enrolled')).toHaveLength(2);

      // Secrets never reach the log.
      expect(kioskLog()).not.toContain(stack.enrolmentToken);
      expect(kioskLog()).not.toContain(token);
      expect(kioskLog()).not.toContain('mck_');
      expect(pageProblems).toEqual([]);
    });
  });
});
