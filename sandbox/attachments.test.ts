import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiErrorSchema,
  AttachmentStatusSchema,
  SubmissionAcceptedSchema,
  attachmentPath,
} from '../shared/api/city-api';
import { ATTACHMENT_CHUNK_BYTES } from '../shared/api/sealed-payload';
import type { SandboxServer } from './server';
import {
  admin,
  getAttachment,
  authHeaders,
  listStored,
  postSubmission,
  putChunk,
  removeDir,
  sealForTest,
  startSandbox,
  uploadBlob,
  type SealedForTest,
} from './test-support';

let server: SandboxServer & { dataDir: string };
beforeEach(async () => {
  server = await startSandbox();
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const PHOTO_ID = 'anh-giay-chung-sinh';
/** 2.3 chunks once encrypted: three PUTs of 64 KiB, 64 KiB and the rest. */
const photoBytes = randomBytes(150_000);

async function sealedWithPhoto(): Promise<SealedForTest & { blob: Buffer }> {
  const sealed = await sealForTest({
    answers: { 'tre.ho_ten': 'Nguyễn Văn An' },
    attachments: [{ id: PHOTO_ID, bytes: photoBytes, contentType: 'image/jpeg', label: 'Giấy chứng sinh' }],
  });
  const blob = sealed.encrypted.get(PHOTO_ID);
  if (!blob) throw new Error('no blob');
  return { ...sealed, blob };
}

async function submitted(): Promise<SealedForTest & { blob: Buffer; id: string }> {
  const sealed = await sealedWithPhoto();
  const res = await postSubmission(server.url, sealed.body);
  expect(res.status).toBe(201);
  expect(SubmissionAcceptedSchema.parse(await res.json()).missingAttachments).toEqual([PHOTO_ID]);
  return { ...sealed, id: sealed.body.submissionId };
}

const statusAt = async (id: string) =>
  AttachmentStatusSchema.parse(await (await getAttachment(server.url, id, PHOTO_ID)).json());
const chunk = (blob: Buffer, start: number) => blob.subarray(start, start + ATTACHMENT_CHUNK_BYTES);
const photoRow = async () => (await listStored(server.url)).submissions[0]?.attachments[0];
const setFaults = async (faults: object) =>
  expect((await admin(server.url, 'POST', '/faults', faults)).status).toBe(200);

describe('attachment uploads', () => {
  it('resume across server restarts, then decrypt to the original bytes; a replayed POST reports nothing missing', async () => {
    const { blob, id, body, plaintextSha256 } = await submitted();
    expect(blob.length).toBe(150_016);
    expect(await statusAt(id)).toEqual({ offset: 0, size: blob.length, complete: false });

    for (let part = 0; part < 3; part++) {
      // Each chunk goes to a fresh server process state on the same dataDir, resuming from its GET.
      const { offset } = await statusAt(id);
      expect(offset).toBe(part * ATTACHMENT_CHUNK_BYTES);
      const res = await putChunk(server.url, id, PHOTO_ID, chunk(blob, offset), offset, blob.length);
      expect(res.status).toBe(200);
      const after = AttachmentStatusSchema.parse(await res.json());
      expect(after).toEqual({
        offset: Math.min(offset + ATTACHMENT_CHUNK_BYTES, blob.length),
        size: blob.length,
        complete: part === 2,
      });
      await server.close();
      server = await startSandbox({ dataDir: server.dataDir });
    }

    expect(await photoRow()).toMatchObject({
      offset: blob.length,
      complete: true,
      undecryptable: false,
      plaintextSha256: createHash('sha256').update(photoBytes).digest('hex'),
      plaintextSize: photoBytes.length,
      contentType: 'image/jpeg',
      label: 'Giấy chứng sinh',
    });
    expect(plaintextSha256.get(PHOTO_ID)).toBe(createHash('sha256').update(photoBytes).digest('hex'));

    const replay = await postSubmission(server.url, body);
    expect(replay.status).toBe(200);
    expect(SubmissionAcceptedSchema.parse(await replay.json()).missingAttachments).toEqual([]);

    // Re-PUT of a complete attachment is idempotent.
    const again = await putChunk(server.url, id, PHOTO_ID, chunk(blob, 0), 0, blob.length);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ offset: blob.length, size: blob.length, complete: true });
  });

  it('a chunk at the wrong offset → 409 offset_mismatch with the offset to resume from', async () => {
    const { blob, id } = await submitted();
    expect((await putChunk(server.url, id, PHOTO_ID, chunk(blob, 0), 0, blob.length)).status).toBe(200);
    for (const start of [0, 2 * ATTACHMENT_CHUNK_BYTES]) {
      const res = await putChunk(server.url, id, PHOTO_ID, chunk(blob, start), start, blob.length);
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'offset_mismatch', offset: ATTACHMENT_CHUNK_BYTES });
    }
    expect((await statusAt(id)).offset).toBe(ATTACHMENT_CHUNK_BYTES);
    expect((await listStored(server.url)).counters).toMatchObject({ attachmentPuts: 3, offsetMismatches: 2 });
  });

  it('bytes that do not match the declared sha256 → 422 attachment_hash_mismatch and the upload starts over at 0', async () => {
    const { blob, id } = await submitted();
    const corrupt = Buffer.from(blob);
    corrupt[70_000] = (corrupt[70_000] ?? 0) ^ 0xff;
    const res = await uploadBlob(server.url, id, PHOTO_ID, corrupt);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'attachment_hash_mismatch', offset: 0 });
    expect(await statusAt(id)).toEqual({ offset: 0, size: blob.length, complete: false });
    expect((await listStored(server.url)).counters.hashMismatches).toBe(1);

    expect((await uploadBlob(server.url, id, PHOTO_ID, blob)).status).toBe(200);
    expect(await photoRow()).toMatchObject({ complete: true, plaintextSize: photoBytes.length });
  });

  it('commit-then-drop: the chunk is kept though the client sees a failure; GET shows where to resume', async () => {
    const { blob, id } = await submitted();
    await setFaults({ commitThenDropRate: 1 });
    await expect(putChunk(server.url, id, PHOTO_ID, chunk(blob, 0), 0, blob.length)).rejects.toThrow();
    await admin(server.url, 'DELETE', '/faults');
    expect((await statusAt(id)).offset).toBe(ATTACHMENT_CHUNK_BYTES);
    expect((await uploadBlob(server.url, id, PHOTO_ID, blob, ATTACHMENT_CHUNK_BYTES)).status).toBe(200);
    expect(await photoRow()).toMatchObject({
      complete: true,
      plaintextSha256: createHash('sha256').update(photoBytes).digest('hex'),
    });
  });

  it('503 and reset faults apply to chunk PUTs and GETs before anything is appended', async () => {
    const { blob, id } = await submitted();
    await setFaults({ errorRate: 1 });
    const res = await putChunk(server.url, id, PHOTO_ID, chunk(blob, 0), 0, blob.length);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await getAttachment(server.url, id, PHOTO_ID)).status).toBe(503);
    await setFaults({ resetRate: 1 });
    await expect(putChunk(server.url, id, PHOTO_ID, chunk(blob, 0), 0, blob.length)).rejects.toThrow();
    await admin(server.url, 'DELETE', '/faults');
    expect((await statusAt(id)).offset).toBe(0);
  });

  it('hash matches but the bytes do not decrypt: recorded as undecryptable, upload complete', async () => {
    const sealed = await sealedWithPhoto();
    const garbage = randomBytes(sealed.blob.length);
    const [meta] = sealed.body.attachments;
    if (!meta) throw new Error('no meta');
    const body = {
      ...sealed.body,
      attachments: [{ ...meta, sha256: createHash('sha256').update(garbage).digest('hex') }],
    };
    expect((await postSubmission(server.url, body)).status).toBe(201);
    const res = await uploadBlob(server.url, body.submissionId, PHOTO_ID, garbage);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ complete: true });
    expect(await photoRow()).toMatchObject({
      complete: true,
      undecryptable: true,
      plaintextSha256: null,
      plaintextSize: null,
    });
  });

  it('404 unknown_attachment, 400 for a bad Content-Range or body, 413 for an oversized chunk', async () => {
    const { blob, id } = await submitted();
    const code = async (res: Response) => ApiErrorSchema.parse(await res.json()).code;
    const unknownSubmission = await getAttachment(server.url, crypto.randomUUID(), PHOTO_ID);
    expect(unknownSubmission.status).toBe(404);
    expect(await code(unknownSubmission)).toBe('unknown_attachment');
    const unknownId = await putChunk(server.url, id, 'nope', chunk(blob, 0), 0, blob.length);
    expect(unknownId.status).toBe(404);
    expect(await code(unknownId)).toBe('unknown_attachment');
    // The submission id is matched case-insensitively, like the Idempotency-Key.
    expect((await getAttachment(server.url, id.toUpperCase(), PHOTO_ID)).status).toBe(200);

    const put = (headers: Record<string, string>, bytes: Uint8Array = chunk(blob, 0)) =>
      fetch(`${server.url}${attachmentPath(id, PHOTO_ID)}`, {
        method: 'PUT',
        headers: { ...authHeaders(server.url), ...headers },
        body: new Uint8Array(bytes),
      });
    const octets = { 'content-type': 'application/octet-stream' };
    for (const res of [
      await put(octets),
      await put({ ...octets, 'content-range': 'bytes 0-65535/*' }),
      await put({ ...octets, 'content-range': `bytes 0-65535/${blob.length + 1}` }),
      await put({ ...octets, 'content-range': `bytes 0-99/${blob.length}` }),
      await put({ 'content-type': 'text/plain', 'content-range': `bytes 0-65535/${blob.length}` }),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(416);
      expect(await code(res)).toBe('invalid_request');
    }
    const big = blob.subarray(0, 2 * ATTACHMENT_CHUNK_BYTES + 1);
    const tooBig = await putChunk(server.url, id, PHOTO_ID, big, 0, blob.length);
    expect(tooBig.status).toBe(413);
    // A chunk of up to twice the contract size is tolerated.
    const double = blob.subarray(0, 2 * ATTACHMENT_CHUNK_BYTES);
    expect((await putChunk(server.url, id, PHOTO_ID, double, 0, blob.length)).status).toBe(200);
    expect((await statusAt(id)).offset).toBe(2 * ATTACHMENT_CHUNK_BYTES);
  });

  it('CORS preflight allows PUT with Content-Range', async () => {
    const res = await fetch(`${server.url}${attachmentPath(crypto.randomUUID(), PHOTO_ID)}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://kiosk',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type, content-range',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-range');
  });
});
