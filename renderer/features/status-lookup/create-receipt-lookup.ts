import { getKioskBridge } from '../../bridge/kiosk-bridge';
import type { Outbox } from '../../outbox/outbox';
import { CityApiClient } from '../../sync/city-api-client';
import { credentialSourceFor } from '../../sync/credential-source';
import { lookupReceipt, type LookupResult } from './lookup-receipt';

export type ReceiptLookup = (receiptCode: string) => Promise<LookupResult>;

/** Wires lookupReceipt to the kiosk's outbox and a city API client of its own (reads only). */
export function createReceiptLookup(options: {
  outbox: Outbox;
  cityApiUrl: string;
  fetch: typeof fetch;
  now?: () => number;
  /**
   * The kiosk credential for the status request. Default: the one the sync engine uses (the
   * credential source of the page's bridge, asked only when a lookup reaches the city).
   */
  credential?: () => Promise<string | null>;
}): ReceiptLookup {
  // A resident is waiting at the screen: give up sooner than the sync engine would.
  const api = new CityApiClient({
    baseUrl: options.cityApiUrl,
    fetch: options.fetch,
    now: options.now ?? Date.now,
    timeoutMs: 10_000,
    credential: options.credential ?? (() => credentialSourceFor(getKioskBridge()).current()),
  });
  return (receiptCode) =>
    lookupReceipt(receiptCode, {
      byReceiptCode: (code) => options.outbox.byReceiptCode(code),
      getStatus: (code) => api.getStatus(code),
      probe: () => api.probe(),
    });
}
