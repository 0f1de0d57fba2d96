import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from './outbox';
import { OutboxDatabase } from './outbox-db';

/** One test per schema version: open the previous version for real, then upgrade. */
describe('outbox database schema', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = `schema-test-${Math.random()}`;
    names.push(name);
    return name;
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('version 2 has the tables and indexes the queue relies on', async () => {
    const db = new OutboxDatabase(fresh());
    await db.open();
    expect(db.verno).toBe(2);
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('submissions')).toEqual([
      '[state+createdAt]',
      '[state+nextAttemptAt]',
      'createdAt',
      'receiptCode',
      'state',
    ]);
    expect(db.table('attachments').schema.primKey.name).toBe('key');
    expect(indexes('attachments')).toEqual(['submissionId']);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attachments',
      'catalog',
      'legacyPlaintext',
      'submissions',
    ]);
    db.close();
  });

  it('1 → 2: plaintext answers leave the queue at once and come back sealed', async () => {
    const name = fresh();
    const v1 = new Dexie(name);
    v1.version(1).stores({ submissions: 'id, &receiptCode, state, [state+nextAttemptAt], createdAt' });
    const base = submissionRequest(1);
    const { sealed, attachments, ...v1Request } = base;
    const answers = { 'tre.ho_ten': 'Nguyễn Minh An' };
    await v1.table('submissions').bulkAdd([
      {
        id: base.submissionId,
        receiptCode: base.receiptCode,
        procedureId: 'HT-KS',
        procedureVersion: 1,
        state: 'queued',
        createdAt: 1,
        attempts: 2,
        nextAttemptAt: 5,
        request: { ...v1Request, answers },
      },
      {
        id: submissionRequest(2).submissionId,
        receiptCode: submissionRequest(2).receiptCode,
        procedureId: 'HT-KS',
        procedureVersion: 1,
        state: 'delivered',
        createdAt: 1,
        attempts: 1,
        nextAttemptAt: 0,
        request: { ...v1Request, answers },
      },
    ]);
    v1.close();

    const db = new OutboxDatabase(name);
    const outbox = new Outbox(db, () => 99);
    const parked = await outbox.get(base.submissionId);
    expect(parked?.request).toBeUndefined();
    expect(parked?.nextAttemptAt).toBe(Number.MAX_SAFE_INTEGER);
    expect(await outbox.nextDue(Date.now())).toBeUndefined();
    expect((await outbox.get(submissionRequest(2).submissionId))?.request).toBeUndefined();
    expect(await db.legacyPlaintext.count()).toBe(1);

    const seen: unknown[] = [];
    const resealed = await outbox.sealLegacy(async (legacy) => {
      seen.push(legacy);
      return base;
    });
    expect(resealed).toBe(1);
    expect(seen).toEqual([{ ...v1Request, answers }]);
    expect(await db.legacyPlaintext.count()).toBe(0);
    const ready = await outbox.get(base.submissionId);
    expect(ready).toMatchObject({ request: base, nextAttemptAt: 0, resealedAt: 99, attempts: 2 });
    expect(JSON.stringify(await db.submissions.toArray())).not.toContain('Nguyễn Minh An');
    db.close();
  });
});
