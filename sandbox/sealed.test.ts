import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, SubmissionAcceptedSchema } from '../shared/api/city-api';
import type { SealedContent } from '../shared/api/sealed-payload';
import { DEV_PUBLIC_KEY_FILE } from './city-key';
import type { SandboxServer } from './server';
import {
  admin,
  listStored,
  postSubmission,
  removeDir,
  sealForTest,
  startSandbox,
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

const errorCode = async (res: Response) => ApiErrorSchema.parse(await res.json()).code;
const answers = { 'tre.ho_ten': 'Nguyễn Văn An', 'me.so_dinh_danh': '001190012345' };
const photo = { id: 'anh-giay-chung-sinh', bytes: new Uint8Array([1, 2, 3]), contentType: 'image/jpeg' };

/** Flips one bit of a base64 field's bytes. */
function flipBit(base64: string, index = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytes.toString('base64');
}

const expectNothingStored = async () => expect((await listStored(server.url)).counters.stored).toBe(0);

describe('the city key', () => {
  it('is the committed dev key by default, with its keyId, on the server and at /__sandbox/public-key', async () => {
    const pem = readFileSync(DEV_PUBLIC_KEY_FILE, 'utf8');
    const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64');
    const keyId = createHash('sha256').update(der).digest('hex').slice(0, 16);
    expect(server.keyId).toBe(keyId);
    expect(server.publicKeyPem.trim()).toBe(pem.trim());
    const res = await admin(server.url, 'GET', '/public-key');
    expect(await res.json()).toEqual({ publicKeyPem: server.publicKeyPem, keyId });
  });

  it('can be another private key (privateKeyPem); kiosks sealed to the dev key then get unknown_key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = await startSandbox({
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    try {
      expect(other.keyId).not.toBe(server.keyId);
      const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      expect(other.publicKeyPem).toBe(publicKeyPem);
      const { body } = await sealForTest({ answers, publicKeyPem });
      expect(body.sealed.keyId).toBe(other.keyId);
      expect((await postSubmission(other.url, body)).status).toBe(201);
      const dev = await postSubmission(other.url, (await sealForTest({ answers })).body);
      expect(dev.status).toBe(422);
      expect(await errorCode(dev)).toBe('unknown_key');
    } finally {
      await other.close();
      removeDir(other.dataDir);
    }
  });
});

describe('sealed submissions', () => {
  it('unseals a kiosk-sealed submission: admin shows the decrypted answers, payloadSha256 and keyId', async () => {
    const sealed = await sealForTest({ answers, attachments: [photo] });
    const res = await postSubmission(server.url, sealed.body);
    expect(res.status).toBe(201);
    expect(SubmissionAcceptedSchema.parse(await res.json()).missingAttachments).toEqual([photo.id]);
    const [row] = (await listStored(server.url)).submissions;
    expect(row).toMatchObject({
      answers,
      payloadSha256: sealed.payloadSha256,
      keyId: server.keyId,
      attachments: [
        {
          id: photo.id,
          contentType: 'image/jpeg',
          label: photo.id,
          size: 3 + 16,
          sha256: sealed.body.attachments[0]?.sha256,
          offset: 0,
          complete: false,
          undecryptable: false,
          plaintextSha256: null,
          plaintextSize: null,
        },
      ],
    });
    // Nothing personal is left in clear in the request the city keeps.
    expect(JSON.stringify(sealed.body)).not.toContain('Nguyễn');
  });

  it('a wrong keyId → 422 unknown_key, nothing stored', async () => {
    const { body } = await sealForTest({ answers });
    const res = await postSubmission(server.url, {
      ...body,
      sealed: { ...body.sealed, keyId: '0123456789abcdef' },
    });
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('unknown_key');
    await expectNothingStored();
  });

  it('tampered ciphertext, iv or wrapped key, another key posing as ours, or content that is not SealedContent → 422 undecryptable, nothing stored', async () => {
    const { body } = await sealForTest({ answers });
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const impostor = await sealForTest({
      answers,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
    const notContent = await sealForTest({
      answers,
      content: { answers, attachments: [], extra: true } as unknown as SealedContent,
    });
    const variants = [
      { ...body, sealed: { ...body.sealed, ciphertext: flipBit(body.sealed.ciphertext, 5) } },
      // The GCM tag is the last 16 bytes.
      {
        ...body,
        sealed: {
          ...body.sealed,
          ciphertext: flipBit(
            body.sealed.ciphertext,
            Buffer.from(body.sealed.ciphertext, 'base64').length - 1,
          ),
        },
      },
      { ...body, sealed: { ...body.sealed, iv: flipBit(body.sealed.iv) } },
      { ...body, sealed: { ...body.sealed, wrappedKey: flipBit(body.sealed.wrappedKey, 100) } },
      { ...impostor.body, sealed: { ...impostor.body.sealed, keyId: server.keyId } },
      notContent.body,
    ];
    for (const variant of variants) {
      const res = await postSubmission(server.url, variant);
      expect(res.status).toBe(422);
      expect(await errorCode(res)).toBe('undecryptable');
    }
    await expectNothingStored();
    // The key was never stored, so the honest envelope is still welcome.
    expect((await postSubmission(server.url, body)).status).toBe(201);
  });

  it('sealed attachment ids that differ from the declared ones → 422, nothing stored', async () => {
    const cases: SealedForTest[] = [
      // Declared, but not in the sealed content.
      await sealForTest({ answers, attachments: [photo], content: { answers, attachments: [] } }),
      // Sealed, but not declared.
      await sealForTest({
        answers,
        content: { answers, attachments: [{ id: 'x', contentType: 'image/png', label: 'x' }] },
      }),
      // Same count, other id.
      await sealForTest({
        answers,
        attachments: [photo],
        content: { answers, attachments: [{ id: 'other', contentType: 'image/jpeg', label: 'y' }] },
      }),
    ];
    for (const { body } of cases) {
      const res = await postSubmission(server.url, body);
      expect(res.status).toBe(422);
      expect(await errorCode(res)).toBe('invalid_request');
    }
    await expectNothingStored();
  });

  it('duplicate attachment ids or a reused GCM nonce → 400 invalid_request', async () => {
    const { body } = await sealForTest({
      answers,
      attachments: [photo, { ...photo, id: 'anh-2' }],
    });
    const [first, second] = body.attachments;
    if (!first || !second) throw new Error('two attachments expected');
    for (const variant of [
      { ...body, attachments: [first, { ...second, id: first.id }] },
      { ...body, attachments: [first, { ...second, iv: first.iv }] },
      { ...body, attachments: [{ ...first, iv: body.sealed.iv }, second] },
    ]) {
      const res = await postSubmission(server.url, variant);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('invalid_request');
    }
    await expectNothingStored();
  });
});
