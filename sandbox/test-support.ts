/**
 * Helpers for the sandbox's own tests: a server on a fresh temp dataDir, a valid
 * submission body, and thin fetch wrappers. Real HTTP throughout.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_PATHS, type SubmissionRequest } from '../shared/api/city-api';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import { generateReceiptCode } from '../shared/receipt/receipt-code';
import { createSandboxServer, type SandboxServer, type SandboxServerOptions } from './server';

export const tempDataDir = (): string => mkdtempSync(path.join(tmpdir(), 'sandbox-test-'));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

export async function startSandbox(
  options: Partial<SandboxServerOptions> = {},
): Promise<SandboxServer & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await createSandboxServer({ ...options, dataDir });
  return Object.assign(server, { dataDir });
}

function firstProcedure() {
  const [procedure] = BUNDLED_CATALOG.procedures;
  if (!procedure) throw new Error('the bundled catalog has no procedure');
  return procedure;
}

export function validSubmission(overrides: Partial<SubmissionRequest> = {}): SubmissionRequest {
  const procedure = firstProcedure();
  return {
    submissionId: randomUUID(),
    receiptCode: generateReceiptCode((n) => randomBytes(n)),
    kioskId: 'kiosk-test-01',
    wardCode: '00004',
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    locale: 'vi',
    submittedAt: '2026-11-20T08:30:00+07:00',
    answers: { 'tre.ho_ten': 'Nguyễn Văn An' },
    ...overrides,
  };
}

export function postSubmission(
  url: string,
  body: unknown,
  /** The Idempotency-Key; defaults to body.submissionId, null sends none. */
  key: string | null = (body as { submissionId?: string }).submissionId ?? null,
  init: RequestInit = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['idempotency-key'] = key;
  return fetch(`${url}${API_PATHS.submissions}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    ...init,
  });
}

export async function admin(url: string, method: string, route: string, body?: unknown): Promise<Response> {
  return fetch(`${url}/__sandbox${route}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

export interface AdminSubmissions {
  submissions: Array<{
    submissionId: string;
    idempotencyKey: string;
    receiptCode: string;
    receivedAt: string;
  }>;
  counters: { received: number; stored: number; replays: number; conflicts: number; inProgress: number };
}
export const listStored = async (url: string): Promise<AdminSubmissions> =>
  (await (await admin(url, 'GET', '/submissions')).json()) as AdminSubmissions;
