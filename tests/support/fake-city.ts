/**
 * A scripted city API at the fetch boundary, for sync tests: each route takes its
 * next scripted reply; attachments are stored for real so uploads can resume.
 */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

export interface FakeCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  bytes?: number;
}

export function fakeCity() {
  const calls: FakeCall[] = [];
  const posts: Reply[] = [];
  const statuses: Reply[] = [];
  /** One entry per chunk PUT, in order: a fault to answer with, or null to accept the chunk. */
  const chunkFaults: (Reply | null)[] = [];
  const uploads = new Map<string, { data: number[]; size: number }>();
  let healthy = true;

  const reply = (r: Reply) => {
    if (r === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), {
      status: r.status,
      headers: { 'content-type': 'application/json', ...r.headers },
    });
  };

  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const call: FakeCall = {
      url,
      method,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    const path = new URL(url).pathname;
    if (path === '/v1/health')
      return reply(healthy ? { status: 200, body: { status: 'ok' } } : 'network-error');
    if (path === '/v1/submissions' && method === 'POST') return reply(posts.shift() ?? 'network-error');
    if (path.endsWith('/status')) return reply(statuses.shift() ?? 'network-error');
    const attachment = /^\/v1\/submissions\/([^/]+)\/attachments\/([^/]+)$/.exec(path);
    if (attachment) {
      const key = `${attachment[1]}/${attachment[2]}`;
      const upload = uploads.get(key);
      if (!upload) return reply({ status: 404, body: { code: 'unknown_attachment', message: 'unknown' } });
      const status = () => ({
        offset: upload.data.length,
        size: upload.size,
        complete: upload.data.length === upload.size,
      });
      if (method === 'GET') return reply({ status: 200, body: status() });
      const fault = chunkFaults.shift();
      if (fault === 'network-error') throw new TypeError('Failed to fetch');
      if (fault) return reply(fault);
      const [, start] = /^bytes (\d+)-/.exec(call.headers.get('content-range') ?? '') ?? [];
      if (Number(start) !== upload.data.length) {
        return reply({
          status: 409,
          body: { code: 'offset_mismatch', message: 'resume', offset: upload.data.length },
        });
      }
      const bytes = new Uint8Array(await (init?.body as Blob).arrayBuffer());
      call.bytes = bytes.length;
      upload.data.push(...bytes);
      return reply({ status: 200, body: status() });
    }
    return reply({ status: 404, body: { code: 'not_found', message: 'no route' } });
  }) as typeof globalThis.fetch;

  return {
    fetch,
    calls,
    /** Calls other than health probes. */
    work: () => calls.filter((c) => !c.url.endsWith('/v1/health')),
    posts,
    statuses,
    chunkFaults,
    declareAttachment: (submissionId: string, attachmentId: string, size: number) =>
      uploads.set(`${submissionId}/${attachmentId}`, { data: [], size }),
    received: (submissionId: string, attachmentId: string) =>
      Uint8Array.from(uploads.get(`${submissionId}/${attachmentId}`)?.data ?? []),
    setHealthy: (value: boolean) => {
      healthy = value;
    },
  };
}
