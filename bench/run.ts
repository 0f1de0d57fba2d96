/**
 * `npm run bench [-- <workload> …] [--verbose]`: runs the named workloads (default:
 * all of them), prints one line each, and merges their entries into
 * bench/results.json. A workload is any module in bench/workloads/ whose default
 * export is a {@link Workload}; adding a file registers it.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeResults, type ResultEntry } from './results';
import type { Workload } from './workload';

const WORKLOADS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'workloads');

export async function loadWorkloads(): Promise<Workload[]> {
  const files = (await readdir(WORKLOADS_DIR))
    .filter((f) => /\.ts$/.test(f) && !/\.(test|spec)\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const workloads: Workload[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(WORKLOADS_DIR, file)).href)) as {
      default?: Partial<Workload>;
    };
    const candidate = module.default;
    if (!candidate || typeof candidate.name !== 'string' || typeof candidate.run !== 'function') {
      throw new Error(`bench/workloads/${file}: default export must be { name, run }`);
    }
    workloads.push(candidate as Workload);
  }
  const names = workloads.map((w) => w.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`two workloads are named ${duplicate}`);
  return workloads;
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));

export function describeEntry(name: string, e: ResultEntry): string {
  return (
    `${name}: ratio ${fmt(e.ratio)} (95% CI ${fmt(e.ci95[0])}–${fmt(e.ci95[1])}, ${e.trials} trials)` +
    ` — ours ${fmt(e.ours)} ${e.unit} vs ${fmt(e.baseline)} ${e.unit} (${e.baselineIs.split(':')[0]})` +
    ` — goal ${e.goal.split(' (')[0]}: ${e.met ? 'met' : 'NOT met'}`
  );
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const requested = argv.filter((a) => !a.startsWith('-'));
  const all = await loadWorkloads();
  const unknown = requested.filter((name) => !all.some((w) => w.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown workload(s): ${unknown.join(', ')}; registered: ${all.map((w) => w.name).join(', ')}`,
    );
    return 2;
  }
  const selected = requested.length > 0 ? all.filter((w) => requested.includes(w.name)) : all;
  const entries: Record<string, ResultEntry> = {};
  let failed = false;
  for (const workload of selected) {
    const log = verbose ? (line: string) => console.log(`  ${line}`) : () => {};
    try {
      const entry = await workload.run({ log });
      entries[workload.name] = entry;
      console.log(describeEntry(workload.name, entry));
    } catch (error) {
      failed = true;
      console.error(
        `${workload.name}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  if (Object.keys(entries).length > 0) await mergeResults(entries);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
