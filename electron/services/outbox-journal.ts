import { link, mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { JournalEntrySchema, type JournalEntry } from '../../shared/outbox/journal-entry';
import type { LogEntry } from '../../shared/ipc/log-entry';

/**
 * The outbox's write-ahead journal in the main process: one file per queued
 * submission, `<submissionId>.json`, holding only sealed bytes. A write resolves
 * after the file and its directory entry are fsync'd, so a receipt the resident
 * saw survives a power cut and Chromium wiping the origin's IndexedDB (the
 * renderer restores missing submissions from here at start). Delivered
 * submissions are removed, so the journal stays as small as the queue.
 */
export type OutboxJournal = {
  /** Refuses (throws) when the submission already has an entry: ids are never reused. */
  write(entry: JournalEntry): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  ids(): Promise<string[]>;
  /** The entry, or null when it is missing or unreadable (then it is set aside as `.corrupt`). */
  read(id: string): Promise<JournalEntry | null>;
};

export type OutboxJournalOptions = {
  dir: string;
  log?: (entry: LogEntry) => void;
  now?: () => number;
};

const ENTRY_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;
// A temporary file older than this belongs to a write that a crash interrupted.
const STALE_TEMP_MS = 60_000;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export function createOutboxJournal(options: OutboxJournalOptions): OutboxJournal {
  const { dir } = options;
  const now = options.now ?? Date.now;
  const fileOf = (id: string) => {
    // Ids are validated as UUIDs by the IPC contract; this guard keeps the module safe on its own.
    if (!ENTRY_FILE.test(`${id}.json`)) throw new Error('journal: invalid id');
    return path.join(dir, `${id}.json`);
  };
  let writes = 0;

  async function syncDirectory(): Promise<void> {
    // A rename or unlink is durable only once the directory is fsync'd. Windows cannot open a
    // directory for that (EISDIR/EPERM); NTFS journals its metadata itself.
    const handle = await open(dir, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      await handle.sync().catch(() => undefined);
    } finally {
      await handle.close();
    }
  }

  return {
    async write(entry) {
      const file = fileOf(entry.request.submissionId);
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}-${++writes}.tmp`;
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(JSON.stringify(entry), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      // link() publishes the whole file at once and fails if the name exists, so an entry
      // is never half-written and never overwritten (a reused id must not clobber a queued one).
      try {
        await link(temp, file);
      } finally {
        await unlink(temp).catch(() => undefined);
      }
      await syncDirectory();
    },

    async remove(ids) {
      for (const id of ids) {
        await unlink(fileOf(id)).catch((error: unknown) => {
          if (!isMissing(error)) throw error;
        });
      }
      if (ids.length > 0) await syncDirectory();
    },

    async ids() {
      const names = await readdir(dir).catch((error: unknown) => {
        if (isMissing(error)) return [] as string[];
        throw error;
      });
      for (const name of names.filter((n) => n.endsWith('.tmp'))) {
        const file = path.join(dir, name);
        const age = await stat(file).then(
          (s) => now() - s.mtimeMs,
          () => 0,
        );
        if (age > STALE_TEMP_MS) await unlink(file).catch(() => undefined);
      }
      return names.flatMap((name) => ENTRY_FILE.exec(name)?.slice(1, 2) ?? []).sort();
    },

    async read(id) {
      const file = fileOf(id);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const entry = JournalEntrySchema.safeParse(parsed);
      if (entry.success && entry.data.request.submissionId === id) return entry.data;
      // Kept for staff and forensics rather than deleted: it may be the only copy.
      await rename(file, `${file}.corrupt`).catch(() => undefined);
      options.log?.({ level: 'error', event: 'journal.corrupt', data: { id } });
      return null;
    },
  };
}
