/**
 * Helpers for the sandbox's own tests: a server on a fresh temp dataDir, a
 * submission sealed exactly as the kiosk seals it (WebCrypto, the city public
 * key), and thin fetch wrappers. Real HTTP throughout.
 */
import { randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_PATHS, attachmentPath, type SubmissionRequest } from '../shared/api/city-api';
import { bearer, EnrolResponseSchema } from '../shared/api/kiosk-auth';
import {
  ATTACHMENT_CHUNK_BYTES,
  SEAL_ALGORITHM,
  type AttachmentMeta,
  type SealedContent,
} from '../shared/api/sealed-payload';
import { encodeBase64 } from '../shared/encoding/base64';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import { generateReceiptCode } from '../shared/receipt/receipt-code';
import { DEV_PUBLIC_KEY_FILE } from './city-key';
import { createSandboxServer, type SandboxServer, type SandboxServerOptions } from './server';

export const tempDataDir = (): string => mkdtempSync(path.join(tmpdir(), 'sandbox-test-'));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** The kiosk every test sandbox enrols at start, so the helpers below can send its credential. */
export const TEST_KIOSK_ID = 'HN-TEST-0001';

const credentialsByUrl = new Map<string, string>();

/** `Authorization: Bearer …` for the test kiosk of the sandbox at `url` (none if it did not enrol). */
export function authHeaders(url: string): Record<string, string> {
  const credential = credentialsByUrl.get(url);
  return credential === undefined ? {} : { authorization: bearer(credential) };
}

/** Enrols a kiosk over HTTP with a token the sandbox accepts; returns the credential. */
export async function enrolKiosk(
  url: string,
  enrolmentToken: string,
  kioskId = TEST_KIOSK_ID,
): Promise<string> {
  const res = await fetch(`${url}${API_PATHS.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, wardCode: '00004', appVersion: 'test', enrolmentToken }),
  });
  if (res.status !== 201) throw new Error(`enrolment failed: HTTP ${res.status} ${await res.text()}`);
  return EnrolResponseSchema.parse(await res.json()).credential;
}

export async function startSandbox(
  options: Partial<SandboxServerOptions> & { enrolTestKiosk?: boolean } = {},
): Promise<TestSandbox> {
  const { enrolTestKiosk = true, ...rest } = options;
  const dataDir = rest.dataDir ?? tempDataDir();
  const server = await createSandboxServer({ ...rest, dataDir });
  let credential: string | null = null;
  if (enrolTestKiosk) {
    const token = `tok_test_${randomBytes(18).toString('base64url')}`;
    server.registry.addToken(token, 'test');
    credential = await enrolKiosk(server.url, token);
    credentialsByUrl.set(server.url, credential);
  }
  return Object.assign(server, { dataDir, credential });
}

export type TestSandbox = SandboxServer & { dataDir: string; credential: string | null };

/** A fresh sandbox (with its enrolled test kiosk) for each test of the file, closed and removed after it. */
export function useSandbox(options: () => Partial<SandboxServerOptions> = () => ({})): () => TestSandbox {
  let server: TestSandbox | undefined;
  beforeEach(async () => {
    server = await startSandbox(options());
  });
  afterEach(async () => {
    await server?.close();
    if (server) removeDir(server.dataDir);
  });
  return () => {
    if (!server) throw new Error('sandbox not started');
    return server;
  };
}

function firstProcedure() {
  const [procedure] = BUNDLED_CATALOG.procedures;
  if (!procedure) throw new Error('the bundled catalog has no procedure');
  return procedure;
}

export const DEFAULT_ANSWERS: Readonly<Record<string, string>> = { 'tre.ho_ten': 'Nguyễn Văn An' };

const { subtle } = webcrypto;
const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as Uint8Array).toString('hex');

function pemToDer(pem: string): Uint8Array {
  return Buffer.from(pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, ''), 'base64');
}

const publicKeys = new Map<string, Promise<{ key: webcrypto.CryptoKey; keyId: string }>>();
/** Imported as the kiosk does: SPKI, RSA-OAEP with SHA-256, usable only to wrap keys. */
function importCityKey(pem: string) {
  let entry = publicKeys.get(pem);
  if (!entry) {
    const der = pemToDer(pem);
    entry = (async () => ({
      key: await subtle.importKey('spki', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['wrapKey']),
      keyId: hex(await subtle.digest('SHA-256', der)).slice(0, 16),
    }))();
    publicKeys.set(pem, entry);
  }
  return entry;
}

export interface TestAttachment {
  id: string;
  /** The plain file bytes (e.g. the photo). */
  bytes: Uint8Array;
  contentType: string;
  label?: string;
}

export interface SealForTestOptions {
  answers: Record<string, string>;
  attachments?: TestAttachment[];
  /** Clear metadata (submissionId, receiptCode, …) instead of fresh defaults. */
  overrides?: Partial<SubmissionRequest>;
  /** Default: sandbox/dev-keys/city-dev-public.pem. */
  publicKeyPem?: string;
  /** What goes inside the ciphertext instead of the honest {answers, attachments} (to test mismatches). */
  content?: SealedContent;
}

export interface SealedForTest {
  body: SubmissionRequest;
  /** The encrypted blobs (ciphertext + tag) to upload, by attachment id. */
  encrypted: Map<string, Buffer>;
  /** SHA-256 hex of each attachment's plain bytes, by id. */
  plaintextSha256: Map<string, string>;
  /** SHA-256 hex of the sealed JSON's bytes (what the city reports as payloadSha256). */
  payloadSha256: string;
}

/**
 * Seals a submission exactly as the kiosk does (shared/api/sealed-payload.ts):
 * a fresh AES-256-GCM key, the SealedContent JSON encrypted under a random iv,
 * each attachment under its own iv with the same key, and the key wrapped with
 * RSA-OAEP-256 to the city public key.
 */
export async function sealForTest(options: SealForTestOptions): Promise<SealedForTest> {
  const { key: cityKey, keyId } = await importCityKey(
    options.publicKeyPem ?? readFileSync(DEV_PUBLIC_KEY_FILE, 'utf8'),
  );
  const aesKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const attachments = options.attachments ?? [];
  const content: SealedContent = options.content ?? {
    answers: options.answers,
    attachments: attachments.map((a) => ({ id: a.id, contentType: a.contentType, label: a.label ?? a.id })),
  };
  const plaintext = new TextEncoder().encode(JSON.stringify(content));
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const ciphertext = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, aesKey, plaintext));
  const wrappedKey = new Uint8Array(await subtle.wrapKey('raw', aesKey, cityKey, { name: 'RSA-OAEP' }));

  const encrypted = new Map<string, Buffer>();
  const plaintextSha256 = new Map<string, string>();
  const metas: AttachmentMeta[] = [];
  for (const attachment of attachments) {
    const attachmentIv = webcrypto.getRandomValues(new Uint8Array(12));
    const blob = Buffer.from(
      await subtle.encrypt({ name: 'AES-GCM', iv: attachmentIv }, aesKey, attachment.bytes),
    );
    encrypted.set(attachment.id, blob);
    plaintextSha256.set(attachment.id, hex(await subtle.digest('SHA-256', attachment.bytes)));
    metas.push({
      id: attachment.id,
      size: blob.length,
      sha256: hex(await subtle.digest('SHA-256', blob)),
      iv: encodeBase64(attachmentIv),
    });
  }

  const procedure = firstProcedure();
  const body: SubmissionRequest = {
    submissionId: randomUUID(),
    receiptCode: generateReceiptCode((n) => randomBytes(n)),
    kioskId: 'kiosk-test-01',
    wardCode: '00004',
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    locale: 'vi',
    submittedAt: '2026-11-20T08:30:00+07:00',
    sealed: {
      v: 1,
      alg: SEAL_ALGORITHM,
      keyId,
      wrappedKey: encodeBase64(wrappedKey),
      iv: encodeBase64(iv),
      ciphertext: encodeBase64(ciphertext),
    },
    attachments: metas,
    ...options.overrides,
  };
  return { body, encrypted, plaintextSha256, payloadSha256: hex(await subtle.digest('SHA-256', plaintext)) };
}

/** A valid sealed submission without attachments. */
export async function validSubmission(
  overrides: Partial<SubmissionRequest> = {},
  answers: Record<string, string> = { ...DEFAULT_ANSWERS },
): Promise<SubmissionRequest> {
  return (await sealForTest({ answers, overrides })).body;
}

export function postSubmission(
  url: string,
  body: unknown,
  /** The Idempotency-Key; defaults to body.submissionId, null sends none. */
  key: string | null = (body as { submissionId?: string }).submissionId ?? null,
  init: RequestInit = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...authHeaders(url) };
  if (key !== null) headers['idempotency-key'] = key;
  return fetch(`${url}${API_PATHS.submissions}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    ...init,
  });
}

/** PUT one chunk: `bytes` are the blob's bytes from `start`. */
export function putChunk(
  url: string,
  submissionId: string,
  attachmentId: string,
  bytes: Uint8Array,
  start: number,
  total: number,
): Promise<Response> {
  return fetch(`${url}${attachmentPath(submissionId, attachmentId)}`, {
    method: 'PUT',
    headers: {
      ...authHeaders(url),
      'content-type': 'application/octet-stream',
      'content-range': `bytes ${start}-${start + bytes.length - 1}/${total}`,
    },
    body: new Uint8Array(bytes), // a copy typed for fetch (BodyInit needs an ArrayBuffer-backed view)
  });
}

export const getAttachment = (url: string, submissionId: string, attachmentId: string): Promise<Response> =>
  fetch(`${url}${attachmentPath(submissionId, attachmentId)}`, { headers: authHeaders(url) });

/** Uploads a whole blob in ATTACHMENT_CHUNK_BYTES chunks from `from`; returns the last response. */
export async function uploadBlob(
  url: string,
  submissionId: string,
  attachmentId: string,
  blob: Buffer,
  from = 0,
): Promise<Response> {
  let last: Response | undefined;
  for (let start = from; start < blob.length; start += ATTACHMENT_CHUNK_BYTES) {
    const chunk = blob.subarray(start, Math.min(start + ATTACHMENT_CHUNK_BYTES, blob.length));
    last = await putChunk(url, submissionId, attachmentId, chunk, start, blob.length);
    if (last.status !== 200) return last;
  }
  if (!last) throw new Error('nothing to upload');
  return last;
}

export async function admin(url: string, method: string, route: string, body?: unknown): Promise<Response> {
  return fetch(`${url}/__sandbox${route}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

export interface AdminAttachment {
  id: string;
  contentType: string | null;
  label: string | null;
  size: number;
  sha256: string;
  offset: number;
  complete: boolean;
  undecryptable: boolean;
  plaintextSha256: string | null;
  plaintextSize: number | null;
}

export interface AdminSubmissions {
  submissions: Array<{
    submissionId: string;
    idempotencyKey: string;
    receiptCode: string;
    receivedAt: string;
    keyId: string | null;
    payloadSha256: string | null;
    credentialId: string | null;
    answers: Record<string, string>;
    attachments: AdminAttachment[];
  }>;
  counters: {
    received: number;
    stored: number;
    replays: number;
    conflicts: number;
    inProgress: number;
    attachmentPuts: number;
    offsetMismatches: number;
    hashMismatches: number;
  };
}
export const listStored = async (url: string): Promise<AdminSubmissions> =>
  (await (await admin(url, 'GET', '/submissions')).json()) as AdminSubmissions;
