/**
 * The privacy wipe at the end of a resident session: features register what they hold outside
 * React state (camera tracks, object URLs, speech, a print job, a scratch canvas), and wipe()
 * clears it all. One failing task never stops the others; their names come back for the log.
 */
/** May return a promise (an IPC call); wipe() waits for it. */
export type WipeTask = () => unknown;

export interface WipeReport {
  /** Names of the tasks that ran. */
  readonly ran: readonly string[];
  /** Names of the tasks that threw or rejected (never the error text: it might quote data). */
  readonly failed: readonly string[];
}

export interface WipeRegistry {
  /** Adds a task until the returned function removes it (a component's cleanup). */
  register(name: string, task: WipeTask): () => void;
  /** Runs every task now; synchronous parts finish before it returns, async ones by its promise. */
  wipe(): Promise<WipeReport>;
  /** How many tasks are registered (tests, and the benchmark's leak check). */
  size(): number;
}

export function createWipeRegistry(): WipeRegistry {
  const tasks = new Set<{ name: string; task: WipeTask }>();
  return {
    register(name, task) {
      const entry = { name, task };
      tasks.add(entry);
      return () => void tasks.delete(entry);
    },
    wipe() {
      const entries = [...tasks];
      const runs = entries.map(({ task }) => {
        try {
          return Promise.resolve(task());
        } catch (error) {
          return Promise.reject(error);
        }
      });
      return Promise.allSettled(runs).then((outcomes) => ({
        ran: entries.map((e) => e.name),
        failed: entries.filter((_, i) => outcomes[i]?.status === 'rejected').map((e) => e.name),
      }));
    },
    size: () => tasks.size,
  };
}

/** The window's one registry: features register here, the session controller wipes it. */
export const sessionWipe: WipeRegistry = createWipeRegistry();
