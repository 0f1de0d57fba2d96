// Health and recovery: the kiosk's renderer dies (CDP Page.crash) with a submission queued while
// the city was unreachable. The real window-recovery module (electron/services/window-recovery.ts)
// reloads the attract screen, the queue survives, a renderer that keeps dying gets the static
// out-of-service page, and the submission is delivered exactly once in the end.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogEntrySchema, type LogEntry } from '../../shared/ipc/log-entry';
import { createWindowRecovery, OUT_OF_SERVICE_PAGE } from '../../electron/services/window-recovery';
import { openKiosk } from './harness/open-kiosk';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import { pageWebContents } from './harness/page-web-contents';
import { copyRenderer, type RendererCopy } from './harness/renderer-copy';
import { waitFor } from './harness/wait-for';
import { expectedAnswers, fillBirthRegistration } from './journeys/birth-registration';
import { KioskPage } from './pages/KioskPage';

describe('renderer crash recovery', () => {
  let renderer: RendererCopy;
  let stack: KioskStack;
  beforeAll(async () => {
    // Its own copy of the build: the recovered tabs load it again, and must find the same files.
    renderer = copyRenderer();
    stack = await startKioskStack({ rootDir: renderer.dir });
  });
  afterAll(async () => {
    await stack.close();
    renderer.remove();
  });

  it('reloads the attract screen without losing the queue, and gives up to a static page on a crash loop', async () => {
    const profile = stack.newProfileDir();
    const open = await openKiosk(stack, profile);
    const logs: LogEntry[] = [];
    const kioskWindow = pageWebContents(open.context, open.page);
    // The recovered tabs are new pages: watch them for errors and CSP violations too.
    const problems: string[] = [];
    open.context.on('page', (page) => {
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
          problems.push(`csp: ${message.text()}`);
      });
    });
    const recovery = createWindowRecovery({
      webContents: kioskWindow.webContents,
      entryUrl: stack.url,
      outOfServiceUrl: `${stack.host.origin}/${OUT_OF_SERVICE_PAGE}`,
      log: (entry) => logs.push(LogEntrySchema.parse(entry)),
      // Small numbers, so the loop guard and its later retry happen within the test.
      maxReloads: 1,
      retryAfterMs: 3_000,
    });
    const events = () => logs.map((entry) => entry.event);
    const afterRecovery = async (event: string, timeoutMs?: number) => {
      await waitFor(event, async () => (events().includes(event) ? true : undefined), timeoutMs);
      return new KioskPage(await kioskWindow.settled());
    };
    // The city is unreachable, but not the kiosk's own files: in Electron they are local (app://).
    const blockCity = (route: { abort(): Promise<void> }) => route.abort();
    try {
      const { born } = await fillBirthRegistration(open.kiosk);
      await open.context.route(`${stack.cityApiUrl}/**`, blockCity);
      await open.kiosk.tap('Gửi hồ sơ');
      await open.kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await open.kiosk.receiptCode();
      await open.kiosk.expectStatus('Đã lưu trên máy, đang chờ gửi');

      const crashedAt = Date.now();
      await kioskWindow.crash();
      const reloaded = await afterRecovery('window.reload');
      await reloaded.expectAttractScreen();
      const recoveredMs = Date.now() - crashedAt;
      await reloaded.screenshot('crash-01-attract-after-crash');
      expect(logs.slice(0, 2)).toEqual([
        { level: 'error', event: 'window.render_process_gone', data: { reason: 'crashed', exitCode: -1 } },
        { level: 'warn', event: 'window.reload', data: { cause: 'render_process_gone', attempt: 1 } },
      ]);
      // Still queued: in the profile's journal, and not at the city.
      expect(readdirSync(path.join(profile, 'outbox-journal'))).toHaveLength(1);
      expect(await stack.citySubmissions()).toHaveLength(0);

      // A second crash within the loop window: the static page, not another reload.
      await kioskWindow.crash();
      const outOfService = await afterRecovery('window.out_of_service');
      await outOfService.expectHeading('Máy tạm ngừng phục vụ');
      expect(recovery.state()).toBe('out_of_service');
      await outOfService.screenshot('crash-02-out-of-service');

      // The city comes back; the kiosk retries its attract screen after the cool-off and delivers.
      await open.context.unroute(`${stack.cityApiUrl}/**`, blockCity);
      const retried = await afterRecovery('window.retry_after_out_of_service', 15_000);
      await retried.expectAttractScreen();
      await waitFor('delivery after recovery', async () =>
        (await stack.citySubmissions()).length > 0 ? true : undefined,
      );
      // Give a duplicate attempt the time to land before counting.
      await new Promise((r) => setTimeout(r, 2_000));
      const stored = await stack.citySubmissions();
      expect(stored.map((s) => s.receiptCode)).toEqual([code]);
      expect(stored[0]?.answers).toEqual(expectedAnswers(born.iso));
      await waitFor('the journal to empty', async () =>
        readdirSync(path.join(profile, 'outbox-journal')).length === 0 ? true : undefined,
      );
      expect([...open.pageProblems, ...problems]).toEqual([]);
      console.info(`renderer crash → attract screen in ${recoveredMs} ms`);
    } finally {
      recovery.dispose();
      await open.close();
    }
  });
});
