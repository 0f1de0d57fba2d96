import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import { OutboxDatabase } from '../outbox/outbox-db';
import { CatalogStore } from './catalog-store';
import { CityApiClient } from './city-api-client';

const newer = { ...BUNDLED_CATALOG, version: '2099.1.1' };

function cityServing(answers: { status: number; body?: string; etag?: string }[]) {
  const sent: (string | null)[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get('if-none-match'));
    const answer = answers.shift() ?? { status: 503 };
    return new Response(answer.body ?? null, {
      status: answer.status,
      headers: answer.etag ? { ETag: answer.etag } : {},
    });
  }) as typeof globalThis.fetch;
  return { api: new CityApiClient({ baseUrl: 'https://city.example', fetch, now: () => 0 }), sent };
}

describe('CatalogStore', () => {
  const dbs: OutboxDatabase[] = [];
  const db = () => {
    const created = new OutboxDatabase(`catalog-test-${Math.random()}`);
    dbs.push(created);
    return created;
  };
  afterEach(async () => {
    for (const d of dbs.splice(0)) {
      d.close();
      await d.delete();
    }
  });

  it('asks with the ETag it has, keeps its catalog on 304, and survives a restart', async () => {
    const database = db();
    const { api, sent } = cityServing([
      { status: 200, body: JSON.stringify(newer), etag: '"v2099"' },
      { status: 304 },
    ]);
    let clock = 0;
    const log: string[] = [];
    const store = new CatalogStore(
      database,
      api,
      () => (clock += 60 * 60_000),
      (e) => log.push(e),
    );
    await store.refresh();
    expect(store.catalog.version).toBe('2099.1.1');
    await store.refresh();
    expect(sent).toEqual([null, '"v2099"']);
    expect(store.catalog.version).toBe('2099.1.1');
    expect(log).toEqual(['catalog.updated']);

    const afterRestart = new CatalogStore(
      database,
      cityServing([]).api,
      () => 0,
      () => undefined,
    );
    expect((await afterRestart.load()).version).toBe('2099.1.1');
  });

  it('rejects and logs a corrupt catalog, keeping the last good one', async () => {
    const log: { event: string; data?: Record<string, unknown> }[] = [];
    const { api } = cityServing([
      { status: 200, body: '{"version": 1, "procedures": "drop table"}', etag: '"bad"' },
    ]);
    const store = new CatalogStore(
      db(),
      api,
      () => 60 * 60_000,
      (event, data) => log.push({ event, data }),
    );
    await store.refresh();
    expect(store.catalog).toBe(BUNDLED_CATALOG);
    expect(log[0]?.event).toBe('catalog.rejected');
  });

  it('does not ask more often than its refresh interval', async () => {
    const { api, sent } = cityServing([{ status: 304 }, { status: 304 }]);
    let clock = 0;
    const store = new CatalogStore(
      db(),
      api,
      () => clock,
      () => undefined,
      15 * 60_000,
    );
    clock = 15 * 60_000;
    await store.refresh();
    clock += 60_000;
    await store.refresh();
    expect(sent).toHaveLength(1);
  });

  it('prefers a bundled catalog newer than the stored one (after an app update)', async () => {
    const database = db();
    await database.catalog.put({
      id: 'current',
      etag: null,
      version: '2000.1.1',
      catalog: { ...BUNDLED_CATALOG, version: '2000.1.1' },
      fetchedAt: 0,
    });
    const store = new CatalogStore(
      database,
      cityServing([]).api,
      () => 0,
      () => undefined,
    );
    expect((await store.load()).version).toBe(BUNDLED_CATALOG.version);
  });
});
