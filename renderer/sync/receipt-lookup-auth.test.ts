import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL } from '../../shared/ipc/contract';
import { createReceiptLookup } from '../features/status-lookup/create-receipt-lookup';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';

/** The status lookup on the resident's screen asks the city with the kiosk's credential too. */
const CODE = 'AB34-CD67-9';

function city() {
  const authorizations: (string | null)[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    authorizations.push(new Headers(init?.headers).get('authorization'));
    const path = new URL(String(input)).pathname;
    const body = path.endsWith('/status')
      ? { receiptCode: CODE, status: 2, updatedAt: '2026-11-20T02:00:00.000Z', dossierCode: null }
      : { status: 'ok', time: '2026-11-20T02:00:00.000Z' };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, authorizations };
}

describe('createReceiptLookup with a credential', () => {
  const db = new OutboxDatabase(`lookup-auth-${Math.random()}`);
  const outbox = new Outbox(db, Date.now);
  afterEach(() => {
    Reflect.deleteProperty(window, BRIDGE_GLOBAL);
  });

  it('sends the credential it is given', async () => {
    const { fetch, authorizations } = city();
    const lookup = createReceiptLookup({
      outbox,
      cityApiUrl: 'https://city.example',
      fetch,
      credential: async () => 'mck_lookup-credential-0123456789abcdef',
    });
    expect(await lookup(CODE)).toMatchObject({ kind: 'city', status: 2 });
    expect(authorizations).toEqual(['Bearer mck_lookup-credential-0123456789abcdef']);
  });

  it('by default asks the page’s bridge, as the sync engine does', async () => {
    Object.defineProperty(window, BRIDGE_GLOBAL, {
      configurable: true,
      value: {
        getCredential: async () => ({
          credential: 'mck_from-the-bridge-0123456789abcdef',
          storage: 'weak',
          state: 'enrolled',
        }),
        renewCredential: async () => ({ credential: null, storage: 'weak', state: 'refused' }),
      },
    });
    const { fetch, authorizations } = city();
    const lookup = createReceiptLookup({ outbox, cityApiUrl: 'https://city.example', fetch });
    expect(await lookup(CODE)).toMatchObject({ kind: 'city' });
    expect(authorizations).toEqual(['Bearer mck_from-the-bridge-0123456789abcdef']);
  });
});
