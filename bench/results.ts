/**
 * bench/results.json: one entry per workload, merged read-modify-write so that
 * running one workload keeps the others' last results.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export interface ResultEntry {
  /** Our path's figure (median over trials). */
  ours: number;
  /** The floor or peer it is compared with, measured in the same run. */
  baseline: number;
  /** Median of the paired ratios ours_i / baseline_i. */
  ratio: number;
  unit: string;
  trials: number;
  baselineIs: string;
  ci95: [number, number];
  /** Human-readable target on the ratio, e.g. "ratio ≤ 3 (upper CI bound)". */
  goal: string;
  /** True only when the CI's upper bound is inside the goal. */
  met: boolean;
  /** Workload-specific extra figures. */
  [extra: string]: unknown;
}

export type Results = Record<string, ResultEntry>;

export const RESULTS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

export async function readResults(path = RESULTS_PATH): Promise<Results> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Results;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/**
 * Replaces the given workloads' entries, keeps the rest, writes atomically (temp
 * file + rename), formatted with the repository's Prettier config so that
 * `npm run format:check` stays green after a bench run.
 */
export async function mergeResults(entries: Results, path = RESULTS_PATH): Promise<Results> {
  const merged = { ...(await readResults(path)), ...entries };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  const temp = `${path}.${process.pid}.tmp`;
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(temp, await format(JSON.stringify(sorted), { ...options, parser: 'json' }));
  await rename(temp, path);
  return sorted;
}
