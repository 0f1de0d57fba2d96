/**
 * Staff audit events as the city keeps them, idempotent by eventId: an event
 * already held with the same content is a duplicate (an earlier send got
 * through); with other content it is a conflict, reported and not stored again.
 * A batch is stored in one transaction.
 */
import type { AuditBatchAccepted } from '../shared/api/audit-events';
import type { FleetDb, Statement } from './fleet-db';
import { bodySha256 } from './idempotency';

export interface StoredAuditEvent {
  eventId: string;
  kioskId: string;
  /** The credential the batch came with. */
  credentialId: string;
  receivedAt: string;
  event: Record<string, unknown>;
}

export class AuditStore {
  constructor(private readonly db: FleetDb) {}

  insertBatch(
    events: readonly (Record<string, unknown> & { eventId: string; kioskId: string })[],
    credentialId: string,
    receivedAt: string,
  ): AuditBatchAccepted {
    const result: AuditBatchAccepted = { stored: 0, duplicates: [], conflicts: [] };
    const statements: Statement[] = [];
    for (const event of events) {
      const eventId = event.eventId.toLowerCase();
      const sha = bodySha256(event);
      const held = this.db.select('SELECT body_sha256 FROM audit_events WHERE event_id = ?', [eventId])[0];
      if (held) {
        (held['body_sha256'] === sha ? result.duplicates : result.conflicts).push(event.eventId);
        continue;
      }
      statements.push([
        'INSERT INTO audit_events (event_id, kiosk_id, credential_id, body_sha256, body_json, received_at) VALUES (?, ?, ?, ?, ?, ?)',
        [eventId, event.kioskId, credentialId, sha, JSON.stringify(event), receivedAt],
      ]);
      result.stored++;
    }
    if (statements.length > 0) this.db.write(statements);
    return result;
  }

  /** In arrival order. */
  list(): StoredAuditEvent[] {
    return this.db.select('SELECT * FROM audit_events ORDER BY rowid').map((row) => ({
      eventId: String(row['event_id']),
      kioskId: String(row['kiosk_id']),
      credentialId: String(row['credential_id']),
      receivedAt: String(row['received_at']),
      event: JSON.parse(String(row['body_json'])) as Record<string, unknown>,
    }));
  }
}
