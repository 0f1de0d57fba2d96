import { DOSSIER_STATUSES, type DossierStatusCode } from '../../../shared/api/dossier-status';
import { pickLocalized } from '../../../shared/i18n/localized-text';
import type { OutboxRecord } from '../../outbox/outbox-record';

/**
 * What the receipt says about where a submission stands: the kiosk's own state
 * until the city has it, then the national portal's status name, verbatim.
 */
export type ReceiptStatus =
  { kind: 'local'; state: 'queued' | 'sending' | 'rejected' } | { kind: 'city'; code: number; label: string };

export function receiptStatus(record: OutboxRecord, locale: string): ReceiptStatus {
  if (record.state !== 'delivered') return { kind: 'local', state: record.state };
  const code = record.dossierStatus ?? 1;
  const names = DOSSIER_STATUSES[code as DossierStatusCode] ?? DOSSIER_STATUSES[1];
  return { kind: 'city', code, label: pickLocalized(names, locale) };
}
