import type { SubmissionStatus } from '../../../shared/api/city-api';
import type { OutboxRecord } from '../../outbox/outbox-record';

/**
 * Where an application stands, by receipt code: first this kiosk's own outbox (a submission not
 * yet sent is only here), then the city API. Every failure becomes a result the screen can
 * explain; nothing here throws.
 */
export type LookupResult =
  /** Still on this kiosk: saved and waiting, or being sent right now. */
  | { kind: 'onKiosk'; state: 'queued' | 'sending'; procedureId: string }
  /** The city refused it at delivery (a 4xx): the ward office must help. */
  | { kind: 'rejected'; procedureId: string }
  /** The city's answer: the national portal's status code, the dossier code once there is one. */
  | {
      kind: 'city';
      status: number;
      dossierCode: string | null;
      updatedAt: string;
      procedureId: string | null;
    }
  /** The city cannot be asked now, but this kiosk delivered it and remembers its last status. */
  | { kind: 'lastKnown'; status: number; dossierCode: string | null; checkedAt: number; procedureId: string }
  /** The city answered and does not know the code (or cannot say why). */
  | { kind: 'notFound' }
  /** Neither the kiosk nor the city could answer. */
  | { kind: 'offline' };

export interface LookupDeps {
  /** The outbox's read-only lookup by receipt code. */
  byReceiptCode: (receiptCode: string) => Promise<OutboxRecord | undefined>;
  /** The city's status of a receipt; null when it does not answer usefully. */
  getStatus: (receiptCode: string) => Promise<SubmissionStatus | null>;
  /** True only when the city API answers its health check. */
  probe: () => Promise<boolean>;
}

export async function lookupReceipt(receiptCode: string, deps: LookupDeps): Promise<LookupResult> {
  // A broken local database must not stop the city lookup.
  const local = await deps.byReceiptCode(receiptCode).catch(() => undefined);
  if (local?.state === 'queued' || local?.state === 'sending') {
    return { kind: 'onKiosk', state: local.state, procedureId: local.procedureId };
  }
  if (local?.state === 'rejected') return { kind: 'rejected', procedureId: local.procedureId };

  const remote = await deps.getStatus(receiptCode).catch(() => null);
  if (remote) {
    return {
      kind: 'city',
      status: remote.status,
      dossierCode: remote.dossierCode,
      updatedAt: remote.updatedAt,
      procedureId: local?.procedureId ?? null,
    };
  }
  if (local?.state === 'delivered') {
    return {
      kind: 'lastKnown',
      status: local.dossierStatus ?? 1,
      dossierCode: local.dossierCode ?? null,
      checkedAt: local.statusCheckedAt ?? local.deliveredAt ?? local.createdAt,
      procedureId: local.procedureId,
    };
  }
  // getStatus answers null both for "unknown code" and for "unreachable"; the probe tells them apart.
  const reachable = await deps.probe().catch(() => false);
  return reachable ? { kind: 'notFound' } : { kind: 'offline' };
}
