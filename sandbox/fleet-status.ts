/**
 * Red, amber or green for one kiosk, from its latest heartbeat and its
 * credential, with the reasons, as a city operations desk would triage:
 * red needs someone today (silent, refused, a queue stuck for a day); amber
 * needs a look (late, weak credential storage, backlog, refusals, errors).
 */
import type { Heartbeat } from '../shared/api/heartbeat';

export type FleetLight = 'green' | 'amber' | 'red';

export interface FleetStatusInput {
  /** When the city received the latest heartbeat; null when none ever came. */
  receivedAt: string | null;
  heartbeat: Heartbeat | null;
  /** The kiosk has no live credential (revoked and not re-enrolled). */
  revoked: boolean;
  now: number;
}

/** Used until a kiosk has said how often it beats. */
export const DEFAULT_INTERVAL_SECONDS = 300;
const HOUR = 3600;
/** Below this, one more resident with three photos may not fit. */
const LOW_STORAGE_BYTES = 200 * 1024 * 1024;
/** More failures than this between two heartbeats is worth a look. */
const ERROR_THRESHOLD = 20;

export function fleetStatus(input: FleetStatusInput): { light: FleetLight; reasons: string[] } {
  const red: string[] = [];
  const amber: string[] = [];
  if (input.revoked) red.push('credential_revoked');
  const hb = input.heartbeat;
  if (input.receivedAt === null || hb === null) {
    red.push('never_seen');
    return { light: 'red', reasons: red };
  }
  const ageSeconds = (input.now - Date.parse(input.receivedAt)) / 1000;
  const interval = hb.intervalSeconds || DEFAULT_INTERVAL_SECONDS;
  if (ageSeconds > 3 * interval) red.push('silent');
  else if (ageSeconds > 1.5 * interval) amber.push('late');

  const oldest = hb.queue.oldestWaitingAgeSeconds ?? 0;
  if (oldest > 24 * HOUR) red.push('queue_stuck');
  else if (oldest > HOUR) amber.push('queue_backlog');
  if (hb.queue.rejected > 0) amber.push('rejected_submissions');
  if (hb.credentialStorage === 'weak') amber.push('weak_credential_storage');
  if (hb.connectivity === 'offline') amber.push('offline');
  if (hb.storage.freeBytes !== null && hb.storage.freeBytes < LOW_STORAGE_BYTES) amber.push('low_storage');
  const counts = Object.values(hb.errors.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  if ((hb.errors.counts.unauthorized ?? 0) > 0) amber.push('auth_failures');
  else if (counts > ERROR_THRESHOLD) amber.push('errors');

  if (red.length > 0) return { light: 'red', reasons: [...red, ...amber] };
  return { light: amber.length > 0 ? 'amber' : 'green', reasons: amber };
}
