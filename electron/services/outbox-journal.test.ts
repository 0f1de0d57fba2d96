import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalEntry } from '../../tests/support/journal-entry';
import { createOutboxJournal } from './outbox-journal';

// A real directory: what matters here is how files are named, replaced and read back.
describe('createOutboxJournal', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'journal-test-')), 'outbox-journal');
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('writes, lists, reads back and removes entries, creating its folder on first write', async () => {
    const journal = createOutboxJournal({ dir });
    expect(await journal.ids()).toEqual([]);
    const first = journalEntry(1);
    const second = journalEntry(2);
    await journal.write(second);
    await journal.write(first);
    expect(await journal.ids()).toEqual([first.request.submissionId, second.request.submissionId]);
    expect(await journal.read(first.request.submissionId)).toEqual(first);
    await journal.remove([first.request.submissionId, 'ffffffff-0000-4000-8000-000000000000']);
    expect(await journal.ids()).toEqual([second.request.submissionId]);
    expect(await journal.read(first.request.submissionId)).toBeNull();
    // No temporary files are left behind by a completed write.
    expect(readdirSync(dir)).toEqual([`${second.request.submissionId}.json`]);
  });

  it('never overwrites the entry of a submission already queued', async () => {
    const journal = createOutboxJournal({ dir });
    const entry = journalEntry(3);
    await journal.write(entry);
    await expect(journal.write({ ...entry, createdAt: entry.createdAt + 1 })).rejects.toThrow(/EEXIST/);
    expect(await journal.read(entry.request.submissionId)).toEqual(entry);
    expect(readdirSync(dir)).toEqual([`${entry.request.submissionId}.json`]);
  });

  it('sets an unreadable entry aside as .corrupt, logs it, and reports it missing', async () => {
    const log = vi.fn();
    const journal = createOutboxJournal({ dir, log });
    const entry = journalEntry(4);
    const id = entry.request.submissionId;
    await journal.write(entry);
    writeFileSync(path.join(dir, `${id}.json`), '{"request": {"half": ');
    expect(await journal.read(id)).toBeNull();
    expect(existsSync(path.join(dir, `${id}.json.corrupt`))).toBe(true);
    expect(await journal.ids()).toEqual([]);
    expect(log).toHaveBeenCalledWith({ level: 'error', event: 'journal.corrupt', data: { id } });
  });

  it('refuses an entry filed under another submission id', async () => {
    const journal = createOutboxJournal({ dir });
    const entry = journalEntry(5);
    const other = journalEntry(6).request.submissionId;
    await journal.write(entry);
    writeFileSync(path.join(dir, `${other}.json`), JSON.stringify(entry));
    expect(await journal.read(other)).toBeNull();
  });

  it('refuses ids that are not UUIDs, so no path can leave its folder', async () => {
    const journal = createOutboxJournal({ dir });
    await expect(journal.read('../../etc/passwd')).rejects.toThrow(/invalid id/);
    await expect(journal.remove(['..'])).rejects.toThrow(/invalid id/);
    const entry = journalEntry(7);
    await expect(
      journal.write({ ...entry, request: { ...entry.request, submissionId: '../x' } }),
    ).rejects.toThrow(/invalid id/);
  });

  it('clears temporary files of writes a crash interrupted, but not of writes in progress', async () => {
    let clock = Date.now();
    const journal = createOutboxJournal({ dir, now: () => clock });
    await journal.write(journalEntry(8));
    const stale = path.join(dir, 'x.json.1-1.tmp');
    const fresh = path.join(dir, 'x.json.1-2.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const old = new Date(clock - 120_000);
    utimesSync(stale, old, old);
    clock += 1;
    expect(await journal.ids()).toHaveLength(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('fails a write loudly when the disk refuses it, leaving earlier entries intact', async () => {
    const journal = createOutboxJournal({ dir });
    const entry = journalEntry(9);
    await journal.write(entry);
    // A file where the folder should be stands in for a full or read-only disk.
    const blocked = createOutboxJournal({ dir: path.join(dir, `${entry.request.submissionId}.json`) });
    await expect(blocked.write(journalEntry(10))).rejects.toThrow();
    expect(await journal.read(entry.request.submissionId)).toEqual(entry);
  });
});
