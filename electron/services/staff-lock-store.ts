import { readFile, rename, writeFile } from 'node:fs/promises';
import { StaffLockStateSchema, type StaffLockState } from '../../shared/staff/lockout-schedule';

/**
 * Where the staff PIN's failure count and lockout live between starts: a tiny JSON file in
 * userData, replaced atomically (write, then rename) so a power cut leaves the old or the new one.
 */
export interface StaffLockStore {
  /** null when there is no usable file (first start, or it was damaged). */
  read(): Promise<StaffLockState | null>;
  write(state: StaffLockState): Promise<void>;
}

export function fileLockStore(file: string): StaffLockStore {
  return {
    read: async () => {
      try {
        const parsed = StaffLockStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write: async (state) => {
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify(state), { encoding: 'utf8', flush: true });
      await rename(temporary, file);
    },
  };
}

export function memoryLockStore(initial: StaffLockState | null = null): StaffLockStore & {
  state: StaffLockState | null;
} {
  const store = {
    state: initial,
    read: async () => store.state,
    write: async (state: StaffLockState) => {
      store.state = state;
    },
  };
  return store;
}
