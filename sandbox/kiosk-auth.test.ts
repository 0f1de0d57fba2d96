import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_PATHS, ApiErrorSchema, statusPath, SURVEYS_PATH } from '../shared/api/city-api';
import { bearer, EnrolResponseSchema } from '../shared/api/kiosk-auth';
import { DEV_ENROLMENT_TOKEN } from './kiosk-registry';
import {
  admin,
  authHeaders,
  enrolKiosk,
  listStored,
  postSubmission,
  startSandbox,
  TEST_KIOSK_ID,
  useSandbox,
  validSubmission,
} from './test-support';

const sandbox = useSandbox();

const code = async (res: Response) => ApiErrorSchema.parse(await res.json()).code;
const enrol = (enrolmentToken: string, kioskId = 'HN-AUTH-0001') =>
  fetch(`${sandbox().url}${API_PATHS.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, wardCode: '00004', appVersion: '1.0.0', enrolmentToken }),
  });
const newToken = async () =>
  ((await (await admin(sandbox().url, 'POST', '/enrolment-tokens', {})).json()) as { token: string }).token;
const statusWith = (headers: Record<string, string>) =>
  fetch(`${sandbox().url}${statusPath('AAAA-AAAA-A')}`, { headers });

describe('credential check on /v1 routes', () => {
  it('answers 401 unauthorized without a credential, with a malformed one, and with an unknown one', async () => {
    const body = await validSubmission();
    for (const authorization of [
      undefined,
      'Bearer',
      'Basic abc',
      'Bearer short',
      bearer(`mck_${'x'.repeat(43)}`),
    ]) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'idempotency-key': body.submissionId,
      };
      if (authorization !== undefined) headers['authorization'] = authorization;
      const res = await fetch(`${sandbox().url}${API_PATHS.submissions}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await code(res)).toBe('unauthorized');
    }
    // Nothing was stored, and the refused POSTs never reached the submission handler.
    expect(await listStored(sandbox().url)).toMatchObject({ submissions: [], counters: { received: 0 } });
  });

  it('guards every kiosk route, not only submissions', async () => {
    const routes: [string, string][] = [
      ['GET', statusPath('AAAA-AAAA-A')],
      ['GET', `/v1/submissions/${crypto.randomUUID()}/attachments/photo-1`],
      ['PUT', `/v1/submissions/${crypto.randomUUID()}/attachments/photo-1`],
      ['POST', SURVEYS_PATH],
      ['POST', API_PATHS.heartbeats],
      ['POST', API_PATHS.auditEvents],
    ];
    for (const [method, path] of routes) {
      const res = await fetch(`${sandbox().url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? null : '{}',
      });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('keeps health and the catalog public, and unknown routes 404', async () => {
    expect((await fetch(`${sandbox().url}${API_PATHS.health}`)).status).toBe(200);
    expect((await fetch(`${sandbox().url}${API_PATHS.catalog}`)).status).toBe(200);
    expect((await fetch(`${sandbox().url}/v1/nope`)).status).toBe(404);
  });

  it('accepts the enrolled credential and records which one delivered a submission', async () => {
    expect((await statusWith(authHeaders(sandbox().url))).status).toBe(404); // authenticated: an unknown code
    const body = await validSubmission();
    expect((await postSubmission(sandbox().url, body)).status).toBe(201);
    const kiosks = (await (await admin(sandbox().url, 'GET', '/kiosks')).json()) as {
      kiosks: { kioskId: string; credentials: { credentialId: string; requests: number }[] }[];
    };
    const mine = kiosks.kiosks.find((k) => k.kioskId === TEST_KIOSK_ID);
    expect(mine?.credentials).toHaveLength(1);
    expect(mine?.credentials[0]?.requests).toBe(2);
    const [stored] = (await listStored(sandbox().url)).submissions;
    expect(stored?.credentialId).toBe(mine?.credentials[0]?.credentialId);
  });

  it('refuses a revoked credential', async () => {
    expect((await admin(sandbox().url, 'POST', `/kiosks/${TEST_KIOSK_ID}/revoke`)).status).toBe(200);
    const res = await statusWith(authHeaders(sandbox().url));
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('unauthorized');
    const counters = (
      (await (await admin(sandbox().url, 'GET', '/kiosks')).json()) as { counters: Record<string, number> }
    ).counters;
    expect(counters).toMatchObject({ unauthorized: 1, revoked: 1 });
  });

  it('stores only hashes of credentials and tokens', async () => {
    const file = readFileSync(`${sandbox().dataDir}/fleet.sqlite`);
    expect(file.includes(Buffer.from(sandbox().credential ?? 'missing'))).toBe(false);
    expect(file.includes(Buffer.from(DEV_ENROLMENT_TOKEN))).toBe(false);
  });
});

describe('POST /v1/kiosks/enrol', () => {
  it('accepts by default the token build/kiosk.config.dev.json carries', () => {
    const dev = JSON.parse(readFileSync('build/kiosk.config.dev.json', 'utf8')) as { enrolmentToken: string };
    expect(dev.enrolmentToken).toBe(DEV_ENROLMENT_TOKEN);
  });

  it('issues a credential for a valid token; the dev token is accepted by default', async () => {
    const res = await enrol(DEV_ENROLMENT_TOKEN, 'HN-DEV-0001');
    expect(res.status).toBe(201);
    const enrolled = EnrolResponseSchema.parse(await res.json());
    expect(enrolled.kioskId).toBe('HN-DEV-0001');
    expect((await statusWith({ authorization: bearer(enrolled.credential) })).status).toBe(404);
  });

  it('is single-use: once the credential was used, the token is spent', async () => {
    const token = await newToken();
    const first = EnrolResponseSchema.parse(await (await enrol(token)).json());
    expect((await statusWith({ authorization: bearer(first.credential) })).status).toBe(404);
    const again = await enrol(token);
    expect(again.status).toBe(401);
    expect(await code(again)).toBe('enrolment_refused');
  });

  it('lets the same kiosk enrol again before it used the credential (a lost answer), replacing it', async () => {
    const token = await newToken();
    const lost = EnrolResponseSchema.parse(await (await enrol(token)).json());
    const retry = await enrol(token);
    expect(retry.status).toBe(201);
    const kept = EnrolResponseSchema.parse(await retry.json());
    expect(kept.credential).not.toBe(lost.credential);
    expect((await statusWith({ authorization: bearer(lost.credential) })).status).toBe(401);
    expect((await statusWith({ authorization: bearer(kept.credential) })).status).toBe(404);
  });

  it('binds a token to the first kiosk that uses it', async () => {
    const token = await newToken();
    expect((await enrol(token, 'HN-AUTH-0001')).status).toBe(201);
    const other = await enrol(token, 'HN-AUTH-0002');
    expect(other.status).toBe(401);
    expect(await code(other)).toBe('enrolment_refused');
  });

  it('refuses unknown tokens and malformed bodies without echoing the token', async () => {
    const unknown = await enrol('tok_never_issued_by_this_city_000');
    expect(unknown.status).toBe(401);
    const malformed = await enrol('short');
    expect(malformed.status).toBe(400);
    const text = await malformed.text();
    expect(text).toContain('enrolmentToken');
    expect(text).not.toContain('short');
  });

  it('a new token for a kiosk revokes its earlier credential', async () => {
    const oldCredential = sandbox().credential ?? '';
    const fresh = await enrolKiosk(sandbox().url, await newToken());
    expect((await statusWith({ authorization: bearer(oldCredential) })).status).toBe(401);
    expect((await statusWith({ authorization: bearer(fresh) })).status).toBe(404);
  });

  it('survives a restart: credentials and spent tokens are on disk', async () => {
    const { credential, dataDir } = sandbox();
    await sandbox().close(); // closing twice (again after the test) is harmless
    const restarted = await startSandbox({ dataDir, enrolTestKiosk: false });
    try {
      const res = await fetch(`${restarted.url}${statusPath('AAAA-AAAA-A')}`, {
        headers: { authorization: bearer(credential ?? '') },
      });
      expect(res.status).toBe(404);
    } finally {
      await restarted.close();
    }
  });
});
