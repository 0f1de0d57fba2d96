import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from './outbox';
import { OutboxDatabase } from './outbox-db';
import { SurveyQueue } from './survey-queue';
import { AuditQueue } from './audit-queue';

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

  it('version 4 has the tables and indexes the queues rely on', async () => {
    const db = new OutboxDatabase(fresh());
    await db.open();
    expect(db.verno).toBe(4);
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
    expect(indexes('surveys')).toEqual(['[state+nextAttemptAt]', 'state']);
    expect(db.table('surveys').schema.primKey.name).toBe('id');
    expect(indexes('auditEvents')).toEqual(['[state+nextAttemptAt]', 'state']);
    expect(db.table('auditEvents').schema.primKey.name).toBe('id');
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attachments',
      'auditEvents',
      'catalog',
      'legacyPlaintext',
      'submissions',
      'surveys',
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
  it('2 → 3: queued submissions, attachments and the catalog stay as they were; surveys can be queued', async () => {
    const name = fresh();
    const v2 = new Dexie(name);
    // Version 2 exactly as shipped.
    v2.version(2).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], [state+createdAt], createdAt',
      attachments: 'key, submissionId',
      catalog: 'id',
      legacyPlaintext: 'id',
    });
    const queued = submissionRequest(1, {
      attachments: [{ id: 'p1', size: 3, sha256: 'a'.repeat(64), iv: 'AAAAAAAAAAAAAAAB' }],
    });
    const delivered = submissionRequest(2);
    const rows = [
      {
        id: queued.submissionId,
        receiptCode: queued.receiptCode,
        procedureId: 'HT-KS',
        procedureVersion: 1,
        state: 'queued',
        createdAt: 10,
        attempts: 3,
        nextAttemptAt: 50,
        lastError: 'network',
        request: queued,
        attachmentCount: 1,
        payloadBytes: 20,
      },
      {
        id: delivered.submissionId,
        receiptCode: delivered.receiptCode,
        procedureId: 'HT-KS',
        procedureVersion: 1,
        state: 'delivered',
        createdAt: 5,
        attempts: 1,
        nextAttemptAt: 0,
        attachmentCount: 0,
        payloadBytes: 0,
        deliveredAt: 6,
        purgedAt: 6,
        dossierStatus: 2,
      },
    ];
    const attachment = {
      key: `${queued.submissionId}/p1`,
      submissionId: queued.submissionId,
      attachmentId: 'p1',
      blob: new Blob([new Uint8Array([1, 2, 3])]),
      size: 3,
      uploadedOffset: 1,
      complete: false,
    };
    const catalog = { id: 'current', etag: '"e1"', version: '7', catalog: { version: '7' }, fetchedAt: 4 };
    await v2.table('submissions').bulkAdd(rows);
    await v2.table('attachments').add(attachment);
    await v2.table('catalog').add(catalog);
    v2.close();

    const db = new OutboxDatabase(name);
    await db.open();
    expect(db.verno).toBe(4); // through 3 to the newest version
    expect(await db.submissions.orderBy('createdAt').toArray()).toEqual([rows[1], rows[0]]);
    const [kept] = await db.attachments.toArray();
    expect({ ...kept, blob: undefined }).toEqual({ ...attachment, blob: undefined });
    expect(new Uint8Array(await (kept?.blob as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await db.catalog.get('current')).toEqual(catalog);
    // Still in the queue, with its retry time, attempts and upload offset.
    const outbox = new Outbox(db, () => 99);
    expect((await outbox.nextDue(50))?.id).toBe(queued.submissionId);
    expect(await outbox.nextDue(49)).toBeUndefined();
    expect(await outbox.counts()).toEqual({ queued: 1, sending: 0, delivered: 1, rejected: 0 });
    expect(await db.surveys.count()).toBe(0);
    const surveys = new SurveyQueue(db, () => 99, { releaseAt: (now) => now });
    await surveys.enqueue({
      surveyId: '5a000000-0000-4000-8000-000000000001',
      kioskId: 'HN-TEST',
      wardCode: '00004',
      procedureId: 'HT-KS',
      locale: 'vi',
      answeredHour: '2026-11-23T03:00:00.000Z',
      answers: [{ questionId: 'overall', level: 5 }],
    });
    expect(await surveys.due(99, 10)).toHaveLength(1);
    db.close();
  });

  it('3 → 4: every queue stays as it was; staff audit events can be queued', async () => {
    const name = fresh();
    const v3 = new Dexie(name);
    // Version 3 exactly as shipped.
    v3.version(3).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], [state+createdAt], createdAt',
      attachments: 'key, submissionId',
      catalog: 'id',
      legacyPlaintext: 'id',
      surveys: 'id, state, [state+nextAttemptAt]',
    });
    const queued = submissionRequest(3);
    const submission = {
      id: queued.submissionId,
      receiptCode: queued.receiptCode,
      procedureId: 'HT-KS',
      procedureVersion: 1,
      state: 'queued',
      createdAt: 10,
      attempts: 2,
      nextAttemptAt: 40,
      lastError: 'network',
      request: queued,
      attachmentCount: 0,
      payloadBytes: 20,
    };
    const survey = {
      id: '5a000000-0000-4000-8000-000000000002',
      state: 'queued',
      attempts: 1,
      nextAttemptAt: 30,
      request: {
        surveyId: '5a000000-0000-4000-8000-000000000002',
        kioskId: 'HN-TEST',
        wardCode: '00004',
        procedureId: 'HT-KS',
        locale: 'vi',
        answeredHour: '2026-11-23T03:00:00.000Z',
        answers: [{ questionId: 'overall', level: 4 }],
      },
    };
    await v3.table('submissions').add(submission);
    await v3.table('surveys').add(survey);
    v3.close();

    const db = new OutboxDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.submissions.toArray()).toEqual([submission]);
    expect(await db.surveys.toArray()).toEqual([survey]);
    expect((await new Outbox(db, () => 99).nextDue(40))?.id).toBe(queued.submissionId);
    expect(await new SurveyQueue(db, () => 99).due(30, 10)).toHaveLength(1);
    const audit = new AuditQueue(db, () => 50, { kioskId: 'HN-TEST', newId: () => crypto.randomUUID() });
    await audit.record('staff.unlock');
    expect(await audit.due(50, 10)).toHaveLength(1);
    db.close();
  });
});
