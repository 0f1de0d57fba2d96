import type { HeartbeatErrorKind } from '../../shared/api/heartbeat';

/**
 * Counts trouble for the heartbeat, from the same structured log events the
 * kiosk already writes (event name and a short reason code, never personal
 * data). Counts cover the time since the last heartbeat the city accepted.
 */
type LogData = Record<string, string | number | boolean> | undefined;

/** A retry or failure reason (`network`, `timeout`, `http_503_unavailable`, …) as a kind. */
export function kindOfReason(reason: unknown): HeartbeatErrorKind | null {
  if (reason === 'network' || reason === 'timeout') return reason;
  const status = typeof reason === 'string' ? /^http_(\d{3})/.exec(reason)?.[1] : undefined;
  if (status === undefined) return null;
  if (status === '401') return null; // counted once, by sync.auth_required
  if (status === '429') return 'rate_limited';
  return 'server_error';
}

export function kindOfEvent(event: string, data: LogData): HeartbeatErrorKind | null {
  switch (event) {
    case 'sync.retry_scheduled':
    case 'heartbeat.failed':
      return kindOfReason(data?.['reason']);
    case 'sync.auth_required':
      return 'unauthorized';
    case 'sync.rejected':
    case 'sync.survey_rejected':
      return 'rejected';
    case 'outbox.journal_failed':
      return 'journal_failed';
    case 'catalog.rejected':
      return 'catalog_rejected';
    case 'sync.pass_failed':
      return 'sync_failed';
    default:
      return null;
  }
}

export interface TallySnapshot {
  since: number;
  takenAt: number;
  counts: Partial<Record<HeartbeatErrorKind, number>>;
}

export class ErrorTally {
  private counts: Partial<Record<HeartbeatErrorKind, number>> = {};
  private since: number;

  constructor(private readonly now: () => number) {
    this.since = now();
  }

  record(event: string, data?: LogData): void {
    const kind = kindOfEvent(event, data);
    if (kind) this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  snapshot(): TallySnapshot {
    return { since: this.since, takenAt: this.now(), counts: { ...this.counts } };
  }

  /** The city has the snapshot: count from its moment on (what happened since is kept). */
  acknowledge(snapshot: TallySnapshot): void {
    const left: Partial<Record<HeartbeatErrorKind, number>> = {};
    for (const [kind, n] of Object.entries(this.counts) as [HeartbeatErrorKind, number][]) {
      const rest = n - (snapshot.counts[kind] ?? 0);
      if (rest > 0) left[kind] = rest;
    }
    this.counts = left;
    this.since = snapshot.takenAt;
  }
}
