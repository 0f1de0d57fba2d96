// `npm run chaos`: the long chaos run — at least 1,000 submissions under faults
// with 200 browser kills — written to bench/chaos.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChaos, type ChaosReport } from '../e2e/harness/chaos-run';

type PreviousFile = Partial<ChaosReport> & { started?: string; seed?: number; history?: unknown[] };
const oneLine = (run: PreviousFile) => ({
  started: run.started,
  seed: run.seed,
  submitted: run.submitted,
  kills: run.kills,
  delivered: run.delivered,
  lost: run.lost,
  duplicates: run.duplicates,
  unacknowledgedDelivered: run.unacknowledgedDelivered,
  journalRestored: run.journal?.restored,
  drainTimedOut: run.drainTimedOut,
});

const root = path.resolve(import.meta.dirname, '../..');
const submissions = Number(process.env.CHAOS_SUBMISSIONS ?? 1000);
const kills = Number(process.env.CHAOS_KILLS ?? 200);

const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31);
const started = new Date().toISOString();
const report = await runChaos({
  submissions,
  kills,
  photos: Number(process.env.CHAOS_PHOTOS ?? 1),
  photoBytes: Number(process.env.CHAOS_PHOTO_BYTES ?? 200_000),
  faults: {
    errorRate: 0.3,
    resetRate: 0.1,
    commitThenDropRate: 0.1,
    timeoutRate: 0.02,
    holdMs: 5_000,
    latencyMs: [0, 200],
  },
  seed,
  drainTimeoutMs: 20 * 60_000,
  log: (line) => console.log(line),
});
mkdirSync(path.join(root, 'bench'), { recursive: true });
const reportFile = path.join(root, 'bench/chaos.json');
// The latest full report, plus one line per earlier run, so a regression shows against its history.
const previous = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as PreviousFile) : {};
const history = [...(previous.history ?? []), ...(previous.submitted ? [oneLine(previous)] : [])];
writeFileSync(reportFile, JSON.stringify({ ...report, started, seed, history }, null, 2) + '\n');
console.log(JSON.stringify(report));
const ok =
  report.lost === 0 &&
  report.duplicates === 0 &&
  report.payloadMismatches === 0 &&
  report.photoMismatches === 0;
console.log(ok ? 'chaos: every receipt delivered exactly once' : 'chaos: FAILED');
process.exit(ok ? 0 : 1);
