import { FINAL_DOSSIER_STATUSES } from '../../shared/api/dossier-status';
import { DEFAULT_BACKOFF, nextRetryDelay, type BackoffPolicy } from '../../shared/sync/backoff';
import { classifyOutcome } from '../../shared/sync/classify-outcome';
import type { Outbox } from '../outbox/outbox';
import type { CityApiClient } from './city-api-client';

/**
 * Delivers queued submissions to the city, oldest first, one loop at a time
 * across every tab and window (Web Locks), retrying transient failures with
 * full-jitter backoff and turning permanent ones into a visible 'rejected' state.
 * Then it pulls the status of delivered submissions until they reach a final state.
 */
export interface SyncEngineDeps {
  outbox: Outbox;
  api: CityApiClient;
  now: () => number;
  random: () => number;
  /** Runs `task` only if no other loop holds the lock; resolves false if skipped. */
  withLock: (task: () => Promise<void>) => Promise<boolean>;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  backoff?: BackoffPolicy;
  statusPollMs?: number;
  log?: (event: string, data?: Record<string, string | number | boolean>) => void;
}

export class SyncEngine {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly deps: SyncEngineDeps) {}

  /** Recovers interrupted sends and starts working; call once per page. */
  async start(): Promise<void> {
    const recovered = await this.deps.outbox.recoverInterrupted();
    if (recovered > 0) this.deps.log?.('sync.recovered', { count: recovered });
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  /** Ask for a pass now (new submission, network back); coalesces with one already running. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** The browser says the network is back: retry everything now rather than after its backoff. */
  async connectivityRestored(): Promise<void> {
    await this.deps.outbox.makeAllDue();
    this.kick();
  }

  /** Resolves when the current pass (if any) has finished. For tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async pass(): Promise<void> {
    try {
      await this.deps.withLock(async () => {
        await this.deliverDue();
        await this.pullStatuses();
      });
    } catch (error) {
      this.deps.log?.('sync.pass_failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
    await this.scheduleWake();
  }

  private async deliverDue(): Promise<void> {
    const { outbox, api, now } = this.deps;
    for (
      let record = await outbox.nextDue(now());
      record && !this.stopped;
      record = await outbox.nextDue(now())
    ) {
      await outbox.markSending(record.id);
      const result = await api.postSubmission(record.request);
      if (result.ok) {
        await outbox.markDelivered(record.id, result.accepted.receivedAt, result.accepted.status);
        this.deps.log?.('sync.delivered', { attempts: record.attempts + 1 });
        continue;
      }
      const decision = classifyOutcome(result.outcome);
      const reason = result.outcome.kind === 'http' ? `http_${result.outcome.status}` : result.outcome.kind;
      if (decision === 'rejected') {
        await outbox.markRejected(record.id, reason);
        this.deps.log?.('sync.rejected', { reason });
        continue;
      }
      // retry and re-authenticate (credentials arrive with enrolment) both wait and try again.
      const delay = nextRetryDelay(
        record.attempts,
        this.deps.backoff ?? DEFAULT_BACKOFF,
        this.deps.random,
        result.retryAfterMs,
      );
      await outbox.markRetry(record.id, now() + delay, reason);
      this.deps.log?.('sync.retry_scheduled', { reason, delayMs: delay });
      // The API is unhappy right now: leave the rest of the queue for the next wake-up.
      return;
    }
  }

  private async pullStatuses(): Promise<void> {
    const { outbox, api, now } = this.deps;
    const pollMs = this.deps.statusPollMs ?? 60_000;
    const due = await outbox.awaitingStatus((s) => FINAL_DOSSIER_STATUSES.has(s), now() - pollMs);
    for (const record of due) {
      const status = await api.getStatus(record.receiptCode);
      if (!status) return; // unreachable or unreadable: try again on the next pass
      await outbox.recordStatus(record.id, status.status, status.dossierCode);
    }
  }

  private async scheduleWake(): Promise<void> {
    if (this.stopped) return;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    const wakeAt = await this.deps.outbox.nextWakeAt();
    const pollMs = this.deps.statusPollMs ?? 60_000;
    const untilRetry = wakeAt === undefined ? pollMs : Math.max(0, wakeAt - this.deps.now());
    this.timer = this.deps.setTimer(
      () => {
        this.timer = null;
        this.kick();
      },
      Math.min(untilRetry, pollMs),
    );
  }
}
