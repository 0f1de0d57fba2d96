import type { ResultEntry } from './results';

export interface WorkloadContext {
  /** Detail lines (tables, per-trial figures); printed by `npm run bench -- --verbose`. */
  log: (line: string) => void;
}

/**
 * One benchmark. Put each in its own module under bench/workloads/ with
 * `export default { name, run } satisfies Workload`; bench/run.ts finds it there.
 */
export interface Workload {
  /** The name issues use, e.g. 'fleet-reconnect', 'enqueue', 'drain'. */
  name: string;
  run(context: WorkloadContext): Promise<ResultEntry>;
}
