import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SubmissionAcceptedSchema } from '../../shared/api/city-api';
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import { classifyOutcome } from '../../shared/sync/classify-outcome';
import { submissionRequest } from '../../tests/support/submission-request';
import { OutboxDatabase } from '../outbox/outbox-db';
import { CatalogStore } from './catalog-store';
import { CityApiClient } from './city-api-client';

/**
 * Whatever a (broken or hostile) city API answers, the client never throws, only
 * trusts answers that match the contract, and every failure classifies cleanly.
 */
const statusCodes = fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s));
const bodies = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constant(''),
  fc.uint8Array({ maxLength: 64 }).map((b) => String.fromCharCode(...b)),
  // Plausible answers with one thing wrong, which are the dangerous ones.
  fc
    .record({
      submissionId: fc.oneof(fc.uuid(), fc.constant(submissionRequest(1).submissionId)),
      receiptCode: fc.string(),
      status: fc.integer({ min: -5, max: 15 }),
      receivedAt: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
      missingAttachments: fc.array(fc.string(), { maxLength: 3 }),
    })
    .map((v) => JSON.stringify(v)),
);
const retryAfter = fc.option(
  fc.oneof(
    fc.nat().map(String),
    fc.string(),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  ),
);

function client(status: number, body: string, retry: string | null) {
  const fetch = (async () =>
    new Response(body, {
      status,
      headers: retry === null ? {} : { 'Retry-After': retry },
    })) as typeof globalThis.fetch;
  return new CityApiClient({ baseUrl: 'https://city.example', fetch, now: () => 0 });
}

describe('CityApiClient against arbitrary answers (fuzz)', () => {
  it('postSubmission never throws and only accepts a contract-valid answer for this submission', async () => {
    const request = submissionRequest(1);
    await fc.assert(
      fc.asyncProperty(statusCodes, bodies, retryAfter, async (status, body, retry) => {
        const result = await client(status, body, retry).postSubmission(request);
        if (result.ok) {
          expect([200, 201]).toContain(status);
          expect(SubmissionAcceptedSchema.parse(result.accepted).submissionId).toBe(request.submissionId);
        } else {
          expect(['delivered', 'retry', 'reauthenticate', 'rejected']).toContain(
            classifyOutcome(result.outcome),
          );
          expect(classifyOutcome(result.outcome)).not.toBe('delivered');
          if (result.retryAfterMs !== null) expect(result.retryAfterMs).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('attachment and status calls never throw and return either a valid answer or a failure', async () => {
    await fc.assert(
      fc.asyncProperty(statusCodes, bodies, async (status, body) => {
        const api = client(status, body, null);
        const known = await api.attachmentStatus('s', 'a');
        if (known.ok) expect(known.status.offset).toBeGreaterThanOrEqual(0);
        const sent = await api.putAttachmentChunk('s', 'a', 0, new Blob([new Uint8Array(4)]), 4);
        if (!sent.ok && sent.offset !== undefined) expect(Number.isInteger(sent.offset)).toBe(true);
        const dossier = await api.getStatus('AAAA-AAAA-A');
        if (dossier) expect(dossier.status).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('a network failure or timeout is a failure to retry, never an exception', async () => {
    const failing = new CityApiClient({
      baseUrl: 'https://city.example',
      fetch: (async () => {
        throw new DOMException('timed out', 'TimeoutError');
      }) as typeof globalThis.fetch,
      now: () => 0,
    });
    const result = await failing.postSubmission(submissionRequest(1));
    expect(result).toMatchObject({ ok: false, outcome: { kind: 'timeout' } });
    expect(await failing.probe()).toBe(false);
    expect(await failing.getCatalog(null)).toBeNull();
  });
});

describe('CatalogStore against arbitrary catalogs (fuzz)', () => {
  const db = new OutboxDatabase(`catalog-fuzz-${Math.random()}`);
  afterAll(async () => {
    db.close();
    await db.delete();
  });

  it('keeps the last good catalog whatever the city sends', async () => {
    const corrupt = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      // The real catalog with one part replaced by garbage.
      fc
        .tuple(
          fc.constantFrom('version', 'procedures', 'lifeEvents', 'optionSets', 'locales'),
          fc.jsonValue(),
        )
        .map(([key, value]) => JSON.stringify({ ...BUNDLED_CATALOG, [key]: value })),
    );
    await fc.assert(
      fc.asyncProperty(corrupt, async (body) => {
        let clock = 0;
        const logged: string[] = [];
        const store = new CatalogStore(
          db,
          client(200, body, null),
          () => (clock += 60 * 60_000),
          (event) => logged.push(event),
        );
        await store.refresh();
        const catalog = store.catalog;
        // Either it was valid (and is now the catalog), or the bundled one is still in use.
        expect(catalog.procedures.length).toBeGreaterThan(0);
        if (catalog !== BUNDLED_CATALOG) expect(logged).toContain('catalog.updated');
        else if (!logged.includes('catalog.rejected')) expect(logged).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
