import { describe, expect, it } from 'vitest';
import { createEnrolmentClient, type EnrolFetch } from './enrolment-client';

const REQUEST = {
  kioskId: 'HN-00001',
  wardCode: '00004',
  appVersion: '0.1.0',
  enrolmentToken: 'tok_first_token_0123456789abcdef',
};
const answer =
  (status: number, body: unknown): EnrolFetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const enrolled = {
  kioskId: 'HN-00001',
  credential: `mck_${'c'.repeat(43)}`,
  credentialId: 'cred_1',
  issuedAt: '2026-11-20T02:00:00.000Z',
};

describe('enrolment client', () => {
  it('posts the request to /v1/kiosks/enrol and returns the credential', async () => {
    const seen: { url: string; body: unknown }[] = [];
    const fetch: EnrolFetch = async (url, init) => {
      seen.push({ url, body: JSON.parse(String(init.body)) });
      return answer(201, enrolled)(url, init);
    };
    expect(await createEnrolmentClient({ fetch })('https://city.example', REQUEST)).toEqual({
      ok: true,
      response: enrolled,
    });
    expect(seen).toEqual([{ url: 'https://city.example/v1/kiosks/enrol', body: REQUEST }]);
  });

  it.each([
    [401, { code: 'enrolment_refused', message: 'used' }, 'refused'],
    [400, { code: 'invalid_request', message: 'x' }, 'refused'],
    [403, {}, 'refused'],
    [503, { code: 'unavailable', message: 'x' }, 'transient'],
    [429, {}, 'transient'],
    [201, { ...enrolled, credential: 'short' }, 'transient'],
    [201, { ...enrolled, kioskId: 'HN-OTHER' }, 'transient'],
  ])('HTTP %i %j → %s', async (status, body, kind) => {
    expect(await createEnrolmentClient({ fetch: answer(status, body) })('https://c', REQUEST)).toMatchObject({
      ok: false,
      kind,
    });
  });

  it('calls a network error or a timeout transient', async () => {
    const offline: EnrolFetch = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await createEnrolmentClient({ fetch: offline })('https://c', REQUEST)).toEqual({
      ok: false,
      kind: 'transient',
      reason: 'network',
    });
    const slow: EnrolFetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    expect(await createEnrolmentClient({ fetch: slow, timeoutMs: 5 })('https://c', REQUEST)).toMatchObject({
      kind: 'transient',
      reason: 'timeout',
    });
  });
});
