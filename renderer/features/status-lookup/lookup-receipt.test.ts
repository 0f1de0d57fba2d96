import { describe, expect, it, vi } from 'vitest';
import type { OutboxRecord } from '../../outbox/outbox-record';
import { lookupReceipt, type LookupDeps } from './lookup-receipt';

const CODE = 'KFAC-9ACD-R';
const record = (changes: Partial<OutboxRecord>): OutboxRecord => ({
  id: 'id-1',
  receiptCode: CODE,
  procedureId: 'HT-KS',
  procedureVersion: 1,
  state: 'queued',
  createdAt: 1_000,
  attempts: 0,
  nextAttemptAt: 0,
  attachmentCount: 0,
  payloadBytes: 10,
  ...changes,
});
const deps = (changes: Partial<LookupDeps> = {}): LookupDeps => ({
  byReceiptCode: async () => undefined,
  getStatus: async () => null,
  probe: async () => true,
  ...changes,
});

describe('lookupReceipt', () => {
  it.each(['queued', 'sending'] as const)(
    'answers from the kiosk while a submission is %s',
    async (state) => {
      const getStatus = vi.fn();
      await expect(
        lookupReceipt(CODE, deps({ byReceiptCode: async () => record({ state }), getStatus })),
      ).resolves.toEqual({ kind: 'onKiosk', state, procedureId: 'HT-KS' });
      expect(getStatus).not.toHaveBeenCalled();
    },
  );

  it('reports a submission the city rejected', async () => {
    await expect(
      lookupReceipt(CODE, deps({ byReceiptCode: async () => record({ state: 'rejected' }) })),
    ).resolves.toEqual({ kind: 'rejected', procedureId: 'HT-KS' });
  });

  it("prefers the city's answer for a delivered submission, naming its procedure", async () => {
    const status = { receiptCode: CODE, status: 4, updatedAt: '2026-11-24T02:30:00Z', dossierCode: 'H1' };
    await expect(
      lookupReceipt(
        CODE,
        deps({
          byReceiptCode: async () => record({ state: 'delivered', dossierStatus: 2 }),
          getStatus: async () => status,
        }),
      ),
    ).resolves.toEqual({
      kind: 'city',
      status: 4,
      dossierCode: 'H1',
      updatedAt: status.updatedAt,
      procedureId: 'HT-KS',
    });
  });

  it('falls back to the last status the kiosk knows when the city does not answer', async () => {
    const probe = vi.fn(async () => false);
    await expect(
      lookupReceipt(
        CODE,
        deps({
          byReceiptCode: async () => record({ state: 'delivered', dossierStatus: 6, statusCheckedAt: 5_000 }),
          probe,
        }),
      ),
    ).resolves.toEqual({
      kind: 'lastKnown',
      status: 6,
      dossierCode: null,
      checkedAt: 5_000,
      procedureId: 'HT-KS',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('tells an unknown code from an unreachable city with a health probe', async () => {
    await expect(lookupReceipt(CODE, deps({ probe: async () => true }))).resolves.toEqual({
      kind: 'notFound',
    });
    await expect(lookupReceipt(CODE, deps({ probe: async () => false }))).resolves.toEqual({
      kind: 'offline',
    });
  });

  it('never throws: a broken database still asks the city, a throwing client counts as offline', async () => {
    const status = { receiptCode: CODE, status: 1, updatedAt: '2026-11-24T02:30:00Z', dossierCode: null };
    await expect(
      lookupReceipt(
        CODE,
        deps({ byReceiptCode: () => Promise.reject(new Error('idb')), getStatus: async () => status }),
      ),
    ).resolves.toMatchObject({ kind: 'city', status: 1, procedureId: null });
    await expect(
      lookupReceipt(
        CODE,
        deps({
          getStatus: () => Promise.reject(new Error('x')),
          probe: () => Promise.reject(new Error('y')),
        }),
      ),
    ).resolves.toEqual({ kind: 'offline' });
  });
});
