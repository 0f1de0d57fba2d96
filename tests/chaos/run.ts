// `npm run chaos`: the long chaos run — at least 1,000 submissions under faults
// with 200 browser kills — written to bench/chaos.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChaos } from '../e2e/harness/chaos-run';

const root = path.resolve(import.meta.dirname, '../..');
const submissions = Number(process.env.CHAOS_SUBMISSIONS ?? 1000);
const kills = Number(process.env.CHAOS_KILLS ?? 200);

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
  seed: Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31),
  drainTimeoutMs: 20 * 60_000,
  log: (line) => console.log(line),
});
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(path.join(root, 'bench/chaos.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report));
const ok =
  report.lost === 0 &&
  report.duplicates === 0 &&
  report.payloadMismatches === 0 &&
  report.photoMismatches === 0;
console.log(ok ? 'chaos: every receipt delivered exactly once' : 'chaos: FAILED');
process.exit(ok ? 0 : 1);
