import type { JournalEntry } from '../../shared/outbox/journal-entry';

/** An in-memory outbox journal with the same contract as the main process's, for unit tests. */
export function memoryJournal() {
  const entries = new Map<string, JournalEntry>();
  return {
    entries,
    write: async (entry: JournalEntry) => {
      if (entries.has(entry.request.submissionId)) throw new Error('EEXIST');
      entries.set(entry.request.submissionId, entry);
    },
    remove: async (ids: readonly string[]) => ids.forEach((id) => entries.delete(id)),
    ids: async () => [...entries.keys()].sort(),
    read: async (id: string) => entries.get(id) ?? null,
  };
}
