import type { AuditQueue } from '../../outbox/audit-queue';
import type { Outbox } from '../../outbox/outbox';
import type { SurveyQueue } from '../../outbox/survey-queue';

/**
 * What the kiosk holds for the city, in counts, ages and reason codes only: no receipt code,
 * procedure answer or name is read here, so none can reach the staff screen.
 */
export interface QueueStats {
  queued: number;
  sending: number;
  delivered: number;
  /** Refused by the city: the dead letters staff should report. */
  rejected: number;
  retrying: number;
  lastError: string | null;
  /** How long the oldest waiting submission has waited, in whole minutes; null when none waits. */
  oldestWaitingMinutes: number | null;
  surveys: { queued: number; rejected: number } | null;
  audit: { queued: number; rejected: number } | null;
}

export interface QueueSources {
  outbox: Pick<Outbox, 'counts' | 'oldestQueued' | 'retrying'>;
  surveys?: Pick<SurveyQueue, 'counts'> | undefined;
  audit?: Pick<AuditQueue, 'counts'> | undefined;
}

export async function readQueueStats(sources: QueueSources, now: number): Promise<QueueStats> {
  const [counts, oldest, retrying, surveys, audit] = await Promise.all([
    sources.outbox.counts(),
    sources.outbox.oldestQueued(),
    sources.outbox.retrying(),
    sources.surveys?.counts() ?? null,
    sources.audit?.counts() ?? null,
  ]);
  return {
    ...counts,
    retrying: retrying.count,
    lastError: retrying.lastError,
    oldestWaitingMinutes: oldest ? Math.max(0, Math.floor((now - oldest.createdAt) / 60_000)) : null,
    surveys,
    audit,
  };
}
