// The chaos run behind the quick variant in `npm test` and the long one in
// `npm run chaos`: the real outbox and sync engine in Chromium (outbox harness
// page) against the sandbox city API with faults on, while the browser is
// SIGKILLed at random moments during enqueue and sync. Then it checks: every
// receipt the page returned reached the city exactly once, decrypted intact.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOG_FILE, ROTATED_LOG_FILE } from '../../../electron/services/log-sink';
import type { HarnessApi, HarnessReceipt } from '../../harness/harness-api';
import { openKiosk, type OpenKiosk } from './open-kiosk';
import { HARNESS_DIST, startKioskStack, type CitySubmission } from './kiosk-stack';
import { waitFor } from './wait-for';
import { mulberry32 } from '../../../shared/random/mulberry32';

export interface ChaosOptions {
  submissions: number;
  kills: number;
  photos: number;
  photoBytes: number;
  faults: Record<string, unknown>;
  seed: number;
  /** Gives up waiting for the queue to drain after this long. */
  drainTimeoutMs: number;
  log?: (line: string) => void;
}

export interface ChaosReport {
  /** True when some receipts never reached the city within the drain timeout (then `lost` counts them). */
  drainTimedOut?: boolean;
  submitted: number;
  delivered: number;
  duplicates: number;
  lost: number;
  /** Committed while the browser was being killed, so no receipt reached the test; delivered anyway. */
  unacknowledgedDelivered: number;
  payloadMismatches: number;
  photoMismatches: number;
  kills: number;
  faults: Record<string, unknown>;
  serverCounters: Record<string, number>;
  /** What the outbox put back from the journal at relaunches (IndexedDB had lost it), from the kiosk log. */
  journal: {
    restored: number;
    forgotten: number;
    unreadable: number;
    backfilled: number;
    reconciliations: number;
  };
  durationMs: number;
}

const enqueueOne = (page: Page, photos: number, photoBytes: number) =>
  page.evaluate(
    async ({ photos, photoBytes }) => {
      const harness = await (window as unknown as { __harness: Promise<HarnessApi> }).__harness;
      const [receipt] = await harness.enqueue(1, { photos, photoBytes });
      if (!receipt) throw new Error('the harness returned no receipt');
      return receipt;
    },
    { photos, photoBytes },
  );

const harnessCounts = (page: Page) =>
  page.evaluate(async () => {
    const harness = await (window as unknown as { __harness: Promise<HarnessApi> }).__harness;
    return harness.counts();
  });

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const random = mulberry32(options.seed);
  const stack = await startKioskStack({ rootDir: HARNESS_DIST, entry: 'outbox-harness.html' });
  const profile = stack.newProfileDir();
  const receipts: HarnessReceipt[] = [];
  let kills = 0;
  let open: OpenKiosk | undefined;
  const launch = async () => {
    open = await openKiosk(stack, profile);
    await open.page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready', null, {
      timeout: 30_000,
    });
    return open;
  };
  try {
    await stack.setFaults({ ...options.faults, seed: options.seed });
    let current = await launch();
    // Spread the kills evenly over the run, each at a random moment within its slot.
    const killEvery = options.kills > 0 ? options.submissions / options.kills : Infinity;
    while (receipts.length < options.submissions) {
      const killNow = kills < options.kills && receipts.length >= Math.floor((kills + 1) * killEvery) - 1;
      if (!killNow) {
        receipts.push(await enqueueOne(current.page, options.photos, options.photoBytes));
        continue;
      }
      // Kill while a submission is being sealed and written, and while sync is busy with earlier ones.
      const delay = Math.floor(random() * 120);
      const attempt = enqueueOne(current.page, options.photos, options.photoBytes).then(
        (receipt) => receipts.push(receipt),
        () => undefined, // the browser died first: this resident never saw a receipt
      );
      await new Promise((r) => setTimeout(r, delay));
      await current.kill();
      await attempt;
      kills += 1;
      options.log?.(`kill ${kills} after ${delay} ms; ${receipts.length} receipts so far`);
      current = await launch();
    }
    await stack.setFaults({});
    await current.page.evaluate(async () => {
      const harness = await (window as unknown as { __harness: Promise<HarnessApi> }).__harness;
      await harness.connectivityRestored();
    });
    const seen = new Set(receipts.map((r) => r.receiptCode));
    // A drain that never completes is a finding, not a crash: report what reached the city.
    const drainTimedOut = await waitFor(
      'the queue to drain',
      async () => {
        const counts = await harnessCounts(current.page);
        if (counts.queued + counts.sending > 0) return undefined;
        const stored = await stack.citySubmissions();
        const complete = stored.filter((s) => s.attachments.every((a) => a.complete));
        return [...seen].every((code) => complete.some((s) => s.receiptCode === code)) ? true : undefined;
      },
      options.drainTimeoutMs,
    ).then(
      () => false,
      () => true,
    );
    const stored = await stack.citySubmissions();
    const serverCounters = await stack.cityCounters();
    return {
      ...summarize(options, receipts, stored, kills, serverCounters, Date.now() - started),
      journal: journalReconciliations(stack.workDir),
      drainTimedOut,
    };
  } finally {
    await open?.close().catch(() => undefined);
    await stack.close();
  }
}

function journalReconciliations(logsDir: string): ChaosReport['journal'] {
  const totals = { restored: 0, forgotten: 0, unreadable: 0, backfilled: 0, reconciliations: 0 };
  for (const name of [ROTATED_LOG_FILE, LOG_FILE]) {
    const file = path.join(logsDir, name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.includes('outbox.journal_reconciled')) continue;
      const data = (JSON.parse(line) as { data?: Partial<Record<string, number>> }).data ?? {};
      totals.restored += data['restored'] ?? 0;
      totals.forgotten += data['forgotten'] ?? 0;
      totals.unreadable += data['unreadable'] ?? 0;
      totals.backfilled += data['backfilled'] ?? 0;
      totals.reconciliations += 1;
    }
  }
  return totals;
}

function summarize(
  options: ChaosOptions,
  receipts: HarnessReceipt[],
  stored: CitySubmission[],
  kills: number,
  serverCounters: Record<string, number>,
  durationMs: number,
): Omit<ChaosReport, 'journal'> {
  const byCode = new Map<string, CitySubmission[]>();
  for (const row of stored) byCode.set(row.receiptCode, [...(byCode.get(row.receiptCode) ?? []), row]);
  const keys = new Set(stored.map((s) => s.idempotencyKey));
  let payloadMismatches = 0;
  let photoMismatches = 0;
  let lost = 0;
  for (const receipt of receipts) {
    const rows = byCode.get(receipt.receiptCode) ?? [];
    const row = rows[0];
    if (!row || !row.attachments.every((a) => a.complete)) {
      lost += 1;
      continue;
    }
    if (row.payloadSha256 !== receipt.payloadSha256) payloadMismatches += 1;
    const photos = row.attachments.map((a) => a.plaintextSha256);
    if (JSON.stringify(photos) !== JSON.stringify(receipt.photoSha256)) photoMismatches += 1;
  }
  const seen = new Set(receipts.map((r) => r.receiptCode));
  return {
    submitted: receipts.length,
    delivered: receipts.length - lost,
    duplicates: stored.length - keys.size + [...byCode.values()].filter((rows) => rows.length > 1).length,
    lost,
    unacknowledgedDelivered: stored.filter((s) => !seen.has(s.receiptCode)).length,
    payloadMismatches,
    photoMismatches,
    kills,
    faults: options.faults,
    serverCounters,
    durationMs,
  };
}
