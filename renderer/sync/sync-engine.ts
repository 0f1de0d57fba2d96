import { FINAL_DOSSIER_STATUSES } from '../../shared/api/dossier-status';
import { ATTACHMENT_CHUNK_BYTES } from '../../shared/api/sealed-payload';
import { DEFAULT_BACKOFF, nextRetryDelay, type BackoffPolicy } from '../../shared/sync/backoff';
import { classifyOutcome, type DeliveryOutcome } from '../../shared/sync/classify-outcome';
import type { Outbox } from '../outbox/outbox';
import type { OutboxRecord } from '../outbox/outbox-record';
import type { CityApiClient } from './city-api-client';

/**
 * Delivers queued submissions to the city, oldest first, one loop at a time
 * across every tab and window (Web Locks): POST with the Idempotency-Key, then the
 * encrypted attachments in resumable chunks, then mark delivered and purge.
 * Transient failures retry with full-jitter backoff; permanent ones become a
 * visible 'rejected' state. Connectivity comes from real probes of the city API.
 * Afterwards it pulls statuses of delivered submissions until they are final.
 */
export type Connectivity = 'unknown' | 'online' | 'offline';

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
  /** Background work done while online, e.g. refreshing the catalog. */
  whileOnline?: () => Promise<void>;
  log?: (event: string, data?: Record<string, string | number | boolean>) => void;
}

type Failure = { outcome: DeliveryOutcome; retryAfterMs: number | null };

export class SyncEngine {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private probeFailures = 0;
  private state: Connectivity = 'unknown';
  private readonly listeners = new Set<(state: Connectivity) => void>();

  constructor(private readonly deps: SyncEngineDeps) {}

  get connectivity(): Connectivity {
    return this.state;
  }

  onConnectivity(listener: (state: Connectivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

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

  /** The browser says the network is back: probe now and retry everything rather than after its backoff. */
  async connectivityRestored(): Promise<void> {
    this.setConnectivity('unknown');
    await this.deps.outbox.makeAllDue();
    this.kick();
  }

  /** The browser says the network is gone; a probe will confirm before anything is sent. */
  connectivityLost(): void {
    this.setConnectivity('offline');
  }

  /** Resolves when the current pass (if any) has finished. For tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private setConnectivity(state: Connectivity): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private async pass(): Promise<void> {
    try {
      await this.deps.withLock(async () => {
        if (!(await this.reachable())) return;
        await this.deliverDue();
        if (this.state === 'online') await this.pullStatuses();
        if (this.state === 'online') await this.deps.whileOnline?.();
      });
    } catch (error) {
      this.deps.log?.('sync.pass_failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
    await this.scheduleWake();
  }

  /** Probes the city API unless the last call already proved it reachable. */
  private async reachable(): Promise<boolean> {
    if (this.state === 'online') return true;
    const up = await this.deps.api.probe();
    this.probeFailures = up ? 0 : this.probeFailures + 1;
    this.setConnectivity(up ? 'online' : 'offline');
    return up;
  }

  private async deliverDue(): Promise<void> {
    const { outbox, now } = this.deps;
    for (
      let record = await outbox.nextDue(now());
      record && !this.stopped;
      record = await outbox.nextDue(now())
    ) {
      const failure = await this.deliver(record);
      if (failure === null) continue;
      const decision = classifyOutcome(failure.outcome);
      const reason = describe(failure.outcome);
      if (record.resealedAt !== undefined && isError(failure.outcome, 422, 'idempotency_key_reused')) {
        // Queued before encryption at rest existed and already received by the city in its original form.
        await outbox.markDelivered(record.id, new Date(this.deps.now()).toISOString(), 1);
        this.deps.log?.('sync.legacy_already_delivered');
        continue;
      }
      if (decision === 'rejected') {
        await outbox.markRejected(record.id, reason);
        this.deps.log?.('sync.rejected', { reason });
        continue;
      }
      if (failure.outcome.kind !== 'http') this.setConnectivity('offline');
      // retry and re-authenticate (credentials arrive with enrolment) both wait and try again.
      const delay = nextRetryDelay(
        record.attempts,
        this.deps.backoff ?? DEFAULT_BACKOFF,
        this.deps.random,
        failure.retryAfterMs,
      );
      await outbox.markRetry(record.id, now() + delay, reason);
      this.deps.log?.('sync.retry_scheduled', { reason, delayMs: delay });
      // The API is unhappy right now: leave the rest of the queue for the next wake-up.
      return;
    }
  }

  /** One attempt at one submission; null when it is delivered (and purged). */
  private async deliver(record: OutboxRecord): Promise<Failure | null> {
    const { outbox, api } = this.deps;
    if (!record.request) {
      // Only a delivered (purged) record lacks its request; nothing to send.
      return { outcome: { kind: 'http', status: 410 }, retryAfterMs: null };
    }
    await outbox.markSending(record.id);
    const posted = await api.postSubmission(record.request);
    if (!posted.ok) return posted;
    await outbox.markAccepted(record.id, posted.accepted.receivedAt, posted.accepted.status);
    const uploaded = await this.uploadAttachments(record);
    if (uploaded) return uploaded;
    await outbox.markDelivered(record.id, posted.accepted.receivedAt, posted.accepted.status);
    this.deps.log?.('sync.delivered', { attempts: record.attempts + 1, attachments: record.attachmentCount });
    return null;
  }

  /** Uploads what the city does not have yet, resuming each attachment from its acknowledged offset. */
  private async uploadAttachments(record: OutboxRecord): Promise<Failure | null> {
    const { outbox, api } = this.deps;
    for (const attachment of await outbox.attachmentsOf(record.id)) {
      if (attachment.complete) continue;
      const known = await api.attachmentStatus(record.id, attachment.attachmentId);
      if (!known.ok) return known;
      let offset = known.status.offset;
      let complete = known.status.complete;
      let hashMismatches = 0;
      // Bounded: every chunk at most three times over, so a confused server cannot spin us forever.
      let budget = Math.ceil(attachment.size / ATTACHMENT_CHUNK_BYTES) * 3 + 6;
      while (!complete) {
        if (budget-- <= 0) return { outcome: { kind: 'http', status: 502 }, retryAfterMs: null };
        const chunk = attachment.blob.slice(
          offset,
          Math.min(attachment.size, offset + ATTACHMENT_CHUNK_BYTES),
        );
        const sent = await api.putAttachmentChunk(
          record.id,
          attachment.attachmentId,
          offset,
          chunk,
          attachment.size,
        );
        if (sent.ok) {
          ({ offset, complete } = sent.status);
        } else if (isError(sent.outcome, 409, 'offset_mismatch') && sent.offset !== undefined) {
          offset = sent.offset; // the city has more (or less) than we thought: continue from its offset
        } else if (isError(sent.outcome, 422, 'attachment_hash_mismatch') && hashMismatches++ === 0) {
          offset = 0; // the city discarded a corrupted upload; send it once more from the start
        } else {
          await outbox.recordUpload(attachment.key, offset, false);
          return sent;
        }
        await outbox.recordUpload(attachment.key, offset, complete);
      }
    }
    return null;
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
    const pollMs = this.deps.statusPollMs ?? 60_000;
    let delay: number;
    if (this.state === 'offline') {
      delay = nextRetryDelay(
        this.probeFailures,
        this.deps.backoff ?? DEFAULT_BACKOFF,
        this.deps.random,
        null,
      );
    } else {
      const wakeAt = await this.deps.outbox.nextWakeAt();
      delay = wakeAt === undefined ? pollMs : Math.min(pollMs, Math.max(0, wakeAt - this.deps.now()));
    }
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      this.kick();
    }, delay);
  }
}

const describe = (outcome: DeliveryOutcome): string =>
  outcome.kind === 'http'
    ? `http_${outcome.status}${outcome.errorCode ? `_${outcome.errorCode}` : ''}`
    : outcome.kind;

const isError = (outcome: DeliveryOutcome, status: number, code: string): boolean =>
  outcome.kind === 'http' && outcome.status === status && outcome.errorCode === code;
