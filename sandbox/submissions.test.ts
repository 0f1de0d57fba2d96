import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, SubmissionAcceptedSchema, statusPath } from '../shared/api/city-api';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import type { SandboxServer } from './server';
import { DB_FILE_NAME } from './store';
import {
  admin,
  authHeaders,
  DEFAULT_ANSWERS,
  listStored,
  postSubmission,
  removeDir,
  startSandbox,
  tempDataDir,
  validSubmission,
} from './test-support';

let server: SandboxServer & { dataDir: string };
let clock = 0;
beforeEach(async () => {
  clock = Date.parse('2026-11-20T02:00:00.000Z');
  // Every call advances the clock, so a replay that re-stamped receivedAt would be caught.
  server = await startSandbox({ now: () => new Date((clock += 1000)) });
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const errorCode = async (res: Response) => ApiErrorSchema.parse(await res.json()).code;

describe('POST /v1/submissions', () => {
  it('stores a new submission: 201 with status 1 and the server receivedAt', async () => {
    const body = await validSubmission();
    const res = await postSubmission(server.url, body);
    expect(res.status).toBe(201);
    const accepted = SubmissionAcceptedSchema.parse(await res.json());
    expect(accepted).toMatchObject({
      submissionId: body.submissionId,
      receiptCode: body.receiptCode,
      status: 1,
    });
    expect(Date.parse(accepted.receivedAt)).toBeGreaterThan(Date.parse('2026-11-20T02:00:00.000Z'));
    const { submissions, counters } = await listStored(server.url);
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ idempotencyKey: body.submissionId, answers: DEFAULT_ANSWERS });
    expect(counters).toMatchObject({ received: 1, stored: 1 });
  });

  it('replays the same key and body with 200 and the identical stored result', async () => {
    const body = await validSubmission();
    const first = await (await postSubmission(server.url, body)).json();
    // Same application, keys in another order: still the same body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await postSubmission(server.url, reordered, body.submissionId);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(first);
    const { counters } = await listStored(server.url);
    expect(counters).toMatchObject({ received: 2, stored: 1, replays: 1 });
  });

  it('rejects the same key with a different body (422 idempotency_key_reused), even a re-seal of the same answers', async () => {
    const body = await validSubmission();
    await postSubmission(server.url, body);
    const { submissionId, receiptCode } = body;
    const other = await validSubmission({ submissionId, receiptCode }, { 'tre.ho_ten': 'Trần Thị Bình' });
    const res = await postSubmission(server.url, other);
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('idempotency_key_reused');
    // A fresh seal has a fresh key and iv: the kiosk must replay the envelope it stored, not re-seal.
    const resealed = await postSubmission(server.url, await validSubmission({ submissionId, receiptCode }));
    expect(resealed.status).toBe(422);
    expect((await listStored(server.url)).counters).toMatchObject({ stored: 1, conflicts: 2 });
  });

  it('400s a missing key, a key that is not the submissionId, and an invalid body', async () => {
    const body = await validSubmission();
    const missing = await postSubmission(server.url, body, null);
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('missing_idempotency_key');

    const other = await postSubmission(server.url, body, crypto.randomUUID());
    expect(other.status).toBe(400);
    expect(await errorCode(other)).toBe('invalid_request');

    const notUuid = await postSubmission(server.url, body, 'not-a-uuid');
    expect(notUuid.status).toBe(400);
    expect(await errorCode(notUuid)).toBe('invalid_request');

    const invalid = await postSubmission(server.url, { ...body, wardCode: 'Hoàn Kiếm' });
    expect(invalid.status).toBe(400);
    const error = ApiErrorSchema.parse(await invalid.json());
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('wardCode');
    expect((await listStored(server.url)).counters.stored).toBe(0);
  });

  it('422s an unknown procedure, a version newer than the catalog, and a retired version', async () => {
    const unknown = await postSubmission(server.url, await validSubmission({ procedureId: 'HT-NOPE' }));
    expect(unknown.status).toBe(422);
    expect(await errorCode(unknown)).toBe('unknown_procedure');

    const [procedure] = BUNDLED_CATALOG.procedures;
    if (!procedure) throw new Error('the bundled catalog has no procedure');
    const newer = await postSubmission(
      server.url,
      await validSubmission({ procedureVersion: procedure.version + 1 }),
    );
    expect(newer.status).toBe(422);
    expect(await errorCode(newer)).toBe('unsupported_procedure_version');

    // An older version filled on a kiosk that was offline during a catalog update is accepted...
    const next = { ...BUNDLED_CATALOG, procedures: [{ ...procedure, version: procedure.version + 1 }] };
    await admin(server.url, 'PUT', '/catalog', next);
    expect((await postSubmission(server.url, await validSubmission())).status).toBe(201);
    // ...unless the admin retired it.
    await admin(server.url, 'PUT', '/retired-versions', { [procedure.id]: [procedure.version] });
    const retired = await postSubmission(server.url, await validSubmission());
    expect(retired.status).toBe(422);
    expect(await errorCode(retired)).toBe('unsupported_procedure_version');
  });

  it('refuses a receipt code already used by another key', async () => {
    const body = await validSubmission();
    await postSubmission(server.url, body);
    const res = await postSubmission(server.url, await validSubmission({ receiptCode: body.receiptCode }));
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('invalid_request');
  });
});

describe('persistence', () => {
  it('a restarted sandbox on the same dataDir keeps submissions, keys and statuses', async () => {
    const body = await validSubmission();
    const first = await (await postSubmission(server.url, body)).json();
    await admin(server.url, 'POST', `/submissions/${body.receiptCode}/status`, { status: 4 });
    await server.close();

    server = await startSandbox({ dataDir: server.dataDir });
    const replay = await postSubmission(server.url, body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(first);
    const conflict = await postSubmission(server.url, { ...body, kioskId: 'kiosk-other' });
    expect(conflict.status).toBe(422);
    const status = await (
      await fetch(`${server.url}${statusPath(body.receiptCode)}`, { headers: authHeaders(server.url) })
    ).json();
    expect(status).toMatchObject({ status: 4 });
    expect((await listStored(server.url)).counters.stored).toBe(1);
  });

  it('opens a schema-1 database (clear answers) from an older sandbox: old rows stay visible, new ones are sealed', async () => {
    const SQL = await initSqlJs({
      locateFile: () => createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'),
    });
    const db = new SQL.Database();
    db.exec(`
      CREATE TABLE submissions (idempotency_key TEXT PRIMARY KEY, submission_id TEXT NOT NULL,
        receipt_code TEXT NOT NULL UNIQUE, procedure_id TEXT NOT NULL, procedure_version INTEGER NOT NULL,
        body_sha256 TEXT NOT NULL, body_json TEXT NOT NULL, status INTEGER NOT NULL, dossier_code TEXT,
        received_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      INSERT INTO submissions VALUES ('6f1c2d7e-0000-4000-8000-000000000001', '6f1c2d7e-0000-4000-8000-000000000001',
        'AAAA-BBBB-C', 'HT-01', 1, 'abc', '{"answers":{"tre.ho_ten":"Cũ"}}', 1, NULL,
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      PRAGMA user_version = 1;
    `);
    const dataDir = tempDataDir();
    writeFileSync(path.join(dataDir, DB_FILE_NAME), db.export());
    db.close();
    const old = await startSandbox({ dataDir });
    try {
      expect((await postSubmission(old.url, await validSubmission())).status).toBe(201);
      const { submissions } = await listStored(old.url);
      expect(submissions.map((s) => s.answers)).toEqual([{ 'tre.ho_ten': 'Cũ' }, DEFAULT_ANSWERS]);
      expect(submissions[0]).toMatchObject({ keyId: null, payloadSha256: null, attachments: [] });
      const status = await fetch(`${old.url}${statusPath('AAAA-BBBB-C')}`, { headers: authHeaders(old.url) });
      expect(await status.json()).toMatchObject({ status: 1 });
    } finally {
      await old.close();
      removeDir(dataDir);
    }
  });
});
