/**
 * Heartbeats as the city keeps them: every one, per kiosk, capped at the most
 * recent HISTORY_PER_KIOSK (so a sandbox left running for weeks stays small),
 * and the latest per kiosk for the fleet view.
 */
import type { Heartbeat } from '../shared/api/heartbeat';
import type { FleetDb } from './fleet-db';

export const HISTORY_PER_KIOSK = 500;

export interface StoredHeartbeat {
  kioskId: string;
  receivedAt: string;
  heartbeat: Heartbeat;
}

const toStored = (row: Record<string, unknown>): StoredHeartbeat => ({
  kioskId: String(row['kiosk_id']),
  receivedAt: String(row['received_at']),
  heartbeat: JSON.parse(String(row['body_json'])) as Heartbeat,
});

export class HeartbeatStore {
  constructor(private readonly db: FleetDb) {}

  insert(heartbeat: Heartbeat, receivedAt: string): void {
    const kioskId = heartbeat.kioskId;
    this.db.write([
      [
        'INSERT INTO heartbeats (kiosk_id, received_at, body_json) VALUES (?, ?, ?)',
        [kioskId, receivedAt, JSON.stringify(heartbeat)],
      ],
      [
        `DELETE FROM heartbeats WHERE kiosk_id = ? AND id NOT IN
           (SELECT id FROM heartbeats WHERE kiosk_id = ? ORDER BY id DESC LIMIT ${HISTORY_PER_KIOSK})`,
        [kioskId, kioskId],
      ],
    ]);
  }

  /** The most recent heartbeat of every kiosk that ever sent one. */
  latest(): Map<string, StoredHeartbeat> {
    const rows = this.db.select(
      'SELECT * FROM heartbeats WHERE id IN (SELECT MAX(id) FROM heartbeats GROUP BY kiosk_id)',
    );
    return new Map(rows.map((row) => [String(row['kiosk_id']), toStored(row)]));
  }

  /** Newest first. */
  history(kioskId: string, limit = 50): StoredHeartbeat[] {
    return this.db
      .select('SELECT * FROM heartbeats WHERE kiosk_id = ? ORDER BY id DESC LIMIT ?', [kioskId, limit])
      .map(toStored);
  }
}
