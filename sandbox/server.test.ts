import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiErrorSchema,
  HealthResponseSchema,
  SubmissionStatusSchema,
  statusPath,
} from '../shared/api/city-api';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import type { SandboxServer } from './server';
import { admin, authHeaders, postSubmission, removeDir, startSandbox, validSubmission } from './test-support';

let server: SandboxServer & { dataDir: string };
beforeEach(async () => {
  server = await startSandbox({ now: () => new Date('2026-11-20T02:00:00.000Z') });
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});
const auth = () => ({ headers: authHeaders(server.url) });

describe('health and catalog', () => {
  it('GET /v1/health answers ok with the server time', async () => {
    const res = await fetch(`${server.url}/v1/health`);
    expect(res.status).toBe(200);
    expect(HealthResponseSchema.parse(await res.json())).toEqual({
      status: 'ok',
      time: '2026-11-20T02:00:00.000Z',
    });
  });

  it('serves the bundled catalog with a strong ETag and answers 304 to If-None-Match', async () => {
    const res = await fetch(`${server.url}/v1/catalog`);
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"sha256-[A-Za-z0-9_-]+"$/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(BUNDLED_CATALOG)));

    const again = await fetch(`${server.url}/v1/catalog`, {
      headers: { 'if-none-match': `"other", ${etag}` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('an admin PUT changes the catalog and its ETag; ?raw=1 serves bytes verbatim; invalid → 400', async () => {
    const before = (await fetch(`${server.url}/v1/catalog`)).headers.get('etag') ?? '';
    const next = { ...BUNDLED_CATALOG, version: '2026.12.1' };
    expect((await admin(server.url, 'PUT', '/catalog', next)).status).toBe(200);
    const res = await fetch(`${server.url}/v1/catalog`, { headers: { 'if-none-match': before } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(before);
    expect(((await res.json()) as { version: string }).version).toBe('2026.12.1');

    const invalid = await admin(server.url, 'PUT', '/catalog', { ...BUNDLED_CATALOG, procedures: [] });
    expect(invalid.status).toBe(400);
    expect(ApiErrorSchema.parse(await invalid.json()).code).toBe('invalid_request');

    const hostile = '{"version":"x","procedures":[{"id":"<script>"}]'; // truncated and hostile
    const put = await fetch(`${server.url}/__sandbox/catalog?raw=1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: hostile,
    });
    expect(put.status).toBe(200);
    const raw = await fetch(`${server.url}/v1/catalog`);
    expect(await raw.text()).toBe(hostile);
    expect(raw.headers.get('content-type')).toMatch(/^application\/json/);
    // Serving garbage does not make the city forget its procedures.
    expect((await postSubmission(server.url, await validSubmission())).status).toBe(201);
  });
});

describe('errors', () => {
  it('unknown routes answer 404 not_found as an ApiError', async () => {
    const res = await fetch(`${server.url}/v1/nope`);
    expect(res.status).toBe(404);
    expect(ApiErrorSchema.parse(await res.json()).code).toBe('not_found');
  });

  it('malformed JSON answers 400 invalid_request', async () => {
    const body = await validSubmission();
    const res = await fetch(`${server.url}/v1/submissions`, {
      method: 'POST',
      headers: {
        ...authHeaders(server.url),
        'content-type': 'application/json',
        'idempotency-key': body.submissionId,
      },
      body: '{"submissionId":',
    });
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(await res.json()).code).toBe('invalid_request');
  });
});

describe('dossier status', () => {
  it('reports status 1 after submit, follows admin advances, and 404s unknown codes', async () => {
    const body = await validSubmission();
    expect((await postSubmission(server.url, body)).status).toBe(201);
    const first = SubmissionStatusSchema.parse(
      await (await fetch(`${server.url}${statusPath(body.receiptCode)}`, auth())).json(),
    );
    expect(first).toEqual({
      receiptCode: body.receiptCode,
      status: 1,
      updatedAt: '2026-11-20T02:00:00.000Z',
      dossierCode: null,
    });

    const advance = await admin(server.url, 'POST', `/submissions/${body.receiptCode}/status`, {
      status: 2,
      dossierCode: 'HNI-2026-000123',
    });
    expect(advance.status).toBe(200);
    const second = SubmissionStatusSchema.parse(
      await (await fetch(`${server.url}${statusPath(body.receiptCode)}`, auth())).json(),
    );
    expect(second).toMatchObject({ status: 2, dossierCode: 'HNI-2026-000123' });

    expect(
      (await admin(server.url, 'POST', `/submissions/${body.receiptCode}/status`, { status: 11 })).status,
    ).toBe(400);
    expect((await admin(server.url, 'POST', '/submissions/AAAA-AAAA-A/status', { status: 2 })).status).toBe(
      404,
    );
    const unknown = await fetch(`${server.url}${statusPath('AAAA-AAAA-A')}`, auth());
    expect(unknown.status).toBe(404);
    expect(ApiErrorSchema.parse(await unknown.json()).code).toBe('not_found');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${server.url}/v1/submissions`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });

  it('allows app://kiosk and local dev origins, with the kiosk headers', async () => {
    for (const origin of ['app://kiosk', 'http://127.0.0.1:5173', 'http://localhost:4000']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    }
    const get = await fetch(`${server.url}/v1/catalog`, { headers: { origin: 'app://kiosk' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('app://kiosk');
    expect(get.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(get.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('gives other origins no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'app://kiosk.evil']) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-headers')).toBeNull();
    }
  });

  it('honours an explicit allowedOrigins list', async () => {
    const custom = await startSandbox({ allowedOrigins: ['https://kiosk.hanoi.gov.vn'] });
    try {
      const ok = await fetch(`${custom.url}/v1/health`, {
        headers: { origin: 'https://kiosk.hanoi.gov.vn' },
      });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://kiosk.hanoi.gov.vn');
      const no = await fetch(`${custom.url}/v1/health`, { headers: { origin: 'app://kiosk' } });
      expect(no.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await custom.close();
      removeDir(custom.dataDir);
    }
  });
});
