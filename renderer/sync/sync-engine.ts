import { FINAL_DOSSIER_STATUSES } from '../../shared/api/dossier-status';
import { ATTACHMENT_CHUNK_BYTES } from '../../shared/api/sealed-payload';
import { DEFAULT_BACKOFF, nextRetryDelay, type BackoffPolicy } from '../../shared/sync/backoff';
import {
  DEFAULT_CATCH_UP,
  catchUpSpacingMs,
  reconnectProbeDelayMs,
  streakRetryDelayMs,
  type CatchUpPolicy,
} from '../../shared/sync/catch-up-pacing';
import { classifyOutcome, type DeliveryOutcome } from '../../shared/sync/classify-outcome';
import { CATCH_UP_HOLD, type Outbox } from '../outbox/outbox';
import type { OutboxRecord } from '../outbox/outbox-record';
import type { SurveyQueue } from '../outbox/survey-queue';
import type { AuditQueue } from '../outbox/audit-queue';
import { AUDIT_BATCH_MAX } from '../../shared/api/audit-events';
import type { CityApiClient } from './city-api-client';

/**
 * Delivers queued submissions to the city, oldest first, one loop at a time
 * across every tab and window (Web Locks): POST with the Idempotency-Key, then the
 * encrypted attachments in resumable chunks, then mark delivered and purge.
 *
 * Failures are classified: permanent ones become a visible 'rejected' state;
 * transient ones start a failure streak, during which the kiosk backs off as one
 * unit — one real request at a time (the oldest submission is the probe), spaced
 * by full-jitter backoff and then long random gaps. When a probe gets through,
 * the backlog is released at a pace proportional to the outage (catch-up), while
 * new submissions go out at once. shared/sync/catch-up-pacing.ts has the policy
 * and bench/fleet-reconnect.ts shows why: 5,000 kiosks coming back from an
 * outage stay within 3× the steady request rate.
 */
export type Connectivity = 'unknown' | 'online' | 'offline';

// 16 in flight: the raw-POST sweep in the drain bench peaks at k=16 against the sandbox on our machines.
const DEFAULT_CONCURRENCY = 16;
/** Quick surveys sent per pass at most; the rest go on the next pass. */
const SURVEYS_PER_PASS = 20;

export interface SyncEngineDeps {
  outbox: Outbox;
  api: CityApiClient;
  /** Anonymous quick surveys, sent after the submissions in each pass. */
  surveys?: SurveyQueue;
  /** Staff audit events, sent in batches after the surveys. */
  audit?: AuditQueue;
  now: () => number;
  random: () => number;
  /** Runs `task` only if no other loop holds the lock; resolves false if skipped. */
  withLock: (task: () => Promise<void>) => Promise<boolean>;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  backoff?: BackoffPolicy;
  catchUp?: CatchUpPolicy;
  /** How many submissions are in flight at once (default 16). */
  concurrency?: number;
  statusPollMs?: number;
  /** Background work done while online, e.g. refreshing the catalog. */
  whileOnline?: () => Promise<void>;
  /**
   * Renews the kiosk's credential after a 401 (IPC renewCredential through the renderer's
   * CredentialSource); resolves true when there is a new credential to try. Without it a 401 is
   * retried with backoff like any transient fault.
   */
  reauthenticate?: () => Promise<boolean>;
  log?: (event: string, data?: Record<string, string | number | boolean>) => void;
}

type Failure = {
  outcome: DeliveryOutcome;
  retryAfterMs: number | null;
  /** Successful renewals before the request left, to tell a stale 401 from a fresh one. */
  renewals?: number;
};

/** The shortest gap between two credential renewals after 401s. */
export const REAUTH_COOLDOWN_MS = 60_000;
type SendResult =
  { ok: true; result: { serverReceivedAt: string; dossierStatus: number } } | { ok: false; failure: Failure };
type Sent = { record: OutboxRecord; wasBacklog: boolean; sent: SendResult };

interface Streak {
  /** First failure of the outage (kept across a streak that interrupts a catch-up). */
  start: number;
  attempts: number;
  holdUntil: number;
}

interface CatchUp {
  outageStart: number;
  outageMs: number;
  backlog: number;
  sent: number;
}

export class SyncEngine {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private state: Connectivity = 'unknown';
  private streak: Streak | null = null;
  private lastRenewalAt = -Infinity;
  /** Successful credential renewals so far; a failure remembers the count when its request left. */
  private renewals = 0;
  private lastContactAt: number | null = null;
  private catchUp: CatchUp | null = null;
  private readonly listeners = new Set<(state: Connectivity) => void>();

  constructor(private readonly deps: SyncEngineDeps) {}

  get connectivity(): Connectivity {
    return this.state;
  }

  /** When the city last answered a delivery or a probe with success (for the heartbeat); null if never. */
  get lastSyncAt(): number | null {
    return this.lastContactAt;
  }

  onConnectivity(listener: (state: Connectivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Recovers interrupted sends and an interrupted catch-up, then starts working; call once per page. */
  async start(): Promise<void> {
    const { outbox, now } = this.deps;
    const recovered = await outbox.recoverInterrupted();
    if (recovered > 0) this.deps.log?.('sync.recovered', { count: recovered });
    const held = await outbox.countHeld();
    const oldest = await outbox.oldestHeld();
    if (held > 0 && oldest) {
      // The page restarted mid catch-up: keep pacing, taking the oldest submission's age as the outage.
      this.catchUp = {
        outageStart: oldest.createdAt,
        outageMs: now() - oldest.createdAt,
        backlog: held,
        sent: 0,
      };
      await this.scheduleNextBacklog();
    }
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  /** Ask for a pass now (new submission, timer); coalesces with one already running. */
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

  /**
   * The browser says the network is back. During a failure streak the next probe
   * comes after a random wait scaled to the outage so far, so kiosks that all see
   * the network return at once do not all call the city at once.
   */
  async connectivityRestored(): Promise<void> {
    if (this.streak) {
      const { now, random } = this.deps;
      const policy = this.deps.catchUp ?? DEFAULT_CATCH_UP;
      this.streak.holdUntil =
        now() + reconnectProbeDelayMs({ outageMs: now() - this.streak.start, random, policy });
    } else {
      this.setConnectivity('unknown');
    }
    this.kick();
  }

  /** The browser says the network is gone; shown to staff, confirmed by the next request. */
  connectivityLost(): void {
    this.setConnectivity('offline');
  }

  /**
   * Staff pressed "send now": the wait of a failure streak is cut short, so the next pass probes
   * at once, and this resolves when that pass is over. One kiosk's staff cannot stampede the city:
   * the probe is still one request, and a catch-up keeps its pace.
   */
  async syncNow(): Promise<void> {
    if (this.streak) this.streak.holdUntil = this.deps.now();
    this.kick();
    await this.idle();
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
        if (this.streak) await this.probeDuringStreak();
        if (!this.streak) await this.deliverDue();
        if (!this.streak && this.state !== 'online') await this.probeHealth();
        if (this.state === 'online') await this.deliverSurveys();
        if (this.state === 'online') await this.deliverAuditEvents();
        if (this.state === 'online') await this.pullStatuses();
        if (this.state === 'online') await this.deps.whileOnline?.();
      });
    } catch (error) {
      this.deps.log?.('sync.pass_failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
    await this.scheduleWake();
  }

  /** Nothing to deliver but the state is unknown: ask the city's health endpoint. */
  private async probeHealth(): Promise<void> {
    const reachable = await this.deps.api.probe();
    if (reachable) this.lastContactAt = this.deps.now();
    this.setConnectivity(reachable ? 'online' : 'offline');
  }

  /** In a streak: once its wait is over, the oldest submission is the probe. */
  private async probeDuringStreak(): Promise<void> {
    const streak = this.streak;
    if (!streak || this.deps.now() < streak.holdUntil) return;
    const probe = await this.deps.outbox.oldestQueued();
    if (!probe) {
      this.streak = null; // nothing left to send: the streak is moot
      return;
    }
    const failure = await this.deliver(probe);
    const decision = failure ? classifyOutcome(failure.outcome) : 'delivered';
    if (failure && decision === 'reauthenticate' && (await this.renewCredential(failure))) {
      // A new credential: probe again at once with it (the next pass), the streak still on.
      streak.holdUntil = this.deps.now();
      await this.deps.outbox.markRetry(probe.id, streak.holdUntil, 'reauthenticated');
      return;
    }
    if (failure && decision !== 'rejected') {
      await this.continueStreak(probe, failure);
      return;
    }
    if (failure) await this.reject(probe, failure);
    await this.endStreak();
  }

  /**
   * Delivers what is due, oldest first, a batch at a time: the batch is claimed
   * in one transaction, sent concurrently (each submission has its own
   * idempotency key, so this is safe), and marked delivered in one transaction.
   * A transient failure starts a streak and ends the drain.
   */
  private async deliverDue(): Promise<void> {
    const { outbox, now } = this.deps;
    const concurrency = this.deps.concurrency ?? DEFAULT_CONCURRENCY;
    // Claimed ('sending') but not yet sent; refilled ahead of need so sends never wait on the database.
    const claimed: OutboxRecord[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    const refill = (): Promise<void> =>
      (claiming ??= outbox
        .claimDue(now(), concurrency)
        .then((more) => {
          if (more.length === 0) exhausted = true;
          claimed.push(...more);
        })
        .finally(() => {
          claiming = null;
        }));
    // Finished sends, settled in one transaction per batch, one batch after another.
    let finished: Sent[] = [];
    let settling: Promise<void> = Promise.resolve();
    const settle = (): Promise<void> => {
      const batch = finished;
      finished = [];
      settling = settling.then(() => this.settle(batch));
      return settling;
    };
    const worker = async (): Promise<void> => {
      for (;;) {
        if (this.stopped || this.streak) return;
        if (claimed.length <= concurrency && !exhausted) void refill();
        const record = claimed.shift();
        if (!record) {
          if (exhausted) return;
          await (claiming ?? refill());
          continue;
        }
        const wasBacklog = this.catchUp !== null && record.nextAttemptAt !== 0;
        const sent = await this.send(record);
        finished.push({ record, wasBacklog, sent });
        if (finished.length >= concurrency || !sent.ok) await settle();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (claiming) await claiming;
    await settle();
    // Claimed but never sent because a streak began: back to the queue until the streak ends.
    for (const record of claimed.splice(0)) {
      await outbox.markRetry(record.id, this.streak?.holdUntil ?? now(), 'not_sent');
    }
  }

  /** Records a batch of finished sends: deliveries in one transaction, then each failure. */
  private async settle(batch: Sent[]): Promise<void> {
    const delivered = batch.flatMap(({ record, sent }) =>
      sent.ok ? [{ id: record.id, ...sent.result }] : [],
    );
    await this.deps.outbox.completeDelivered(delivered);
    if (delivered.length > 0) {
      this.lastContactAt = this.deps.now();
      // A delivery that finished after a streak began does not end the streak.
      if (!this.streak) this.setConnectivity('online');
      this.deps.log?.('sync.delivered', { count: delivered.length });
    }
    for (const { record, wasBacklog, sent } of batch) {
      if (!sent.ok) await this.handleFailure(record, sent.failure);
      if (wasBacklog && this.catchUp && (sent.ok || classifyOutcome(sent.failure.outcome) === 'rejected')) {
        if (sent.ok) this.catchUp.sent += 1;
        await this.scheduleNextBacklog();
      }
    }
  }

  private async handleFailure(record: OutboxRecord, failure: Failure): Promise<void> {
    const decision = classifyOutcome(failure.outcome);
    if (decision === 'rejected') {
      await this.reject(record, failure);
    } else if (decision === 'reauthenticate' && (await this.renewCredential(failure))) {
      // Due at once, with the new credential; a second 401 soon after falls through to backoff.
      await this.deps.outbox.markRetry(record.id, this.deps.now(), 'reauthenticated');
    } else if (this.streak) {
      // Another delivery already started the streak: just wait for it to end.
      await this.deps.outbox.markRetry(record.id, this.streak.holdUntil, describe(failure.outcome));
    } else {
      this.streak = {
        start: this.catchUp?.outageStart ?? this.deps.now(),
        attempts: 0,
        holdUntil: this.deps.now(),
      };
      await this.continueStreak(record, failure);
    }
  }

  /**
   * Whether a request refused with 401 may be sent again now. Yes without asking if the credential
   * was renewed after the request left (concurrent sends all meet the same revocation). Otherwise at
   * most one *successful* renewal per REAUTH_COOLDOWN_MS: a city that keeps answering 401 to a fresh
   * credential must meet the normal backoff, not a tight loop of renewals. A renewal that found
   * nothing new costs no city request (the main process only re-reads its files), so it may be
   * asked again at the next backoff-paced attempt — which is how a new token IT provisions is
   * picked up while a failure streak is on.
   */
  private async renewCredential(failure: Failure): Promise<boolean> {
    const { reauthenticate, now, log } = this.deps;
    log?.('sync.auth_required', { renewable: reauthenticate !== undefined });
    if (!reauthenticate) return false;
    if (failure.renewals !== undefined && failure.renewals < this.renewals) return true;
    if (now() - this.lastRenewalAt < REAUTH_COOLDOWN_MS) return false;
    const renewed = await reauthenticate().catch(() => false);
    if (renewed) {
      this.lastRenewalAt = now();
      this.renewals += 1;
    }
    log?.('sync.reauthenticated', { ok: renewed });
    return renewed;
  }

  private async continueStreak(record: OutboxRecord, failure: Failure): Promise<void> {
    const streak = this.streak ?? { start: this.deps.now(), attempts: 0, holdUntil: 0 };
    const { now, random } = this.deps;
    const backoffDelayMs = nextRetryDelay(
      streak.attempts,
      this.deps.backoff ?? DEFAULT_BACKOFF,
      random,
      failure.retryAfterMs,
    );
    const delay = streakRetryDelayMs({
      streakAttempts: streak.attempts,
      backoffDelayMs,
      random,
      policy: this.deps.catchUp ?? DEFAULT_CATCH_UP,
    });
    this.streak = { ...streak, attempts: streak.attempts + 1, holdUntil: now() + delay };
    if (failure.outcome.kind !== 'http') this.setConnectivity('offline');
    const reason = describe(failure.outcome);
    await this.deps.outbox.markRetry(record.id, now() + delay, reason);
    this.deps.log?.('sync.retry_scheduled', { reason, delayMs: delay, streak: streak.attempts + 1 });
  }

  /** A probe got through: pace the backlog over a window proportional to the outage. */
  private async endStreak(): Promise<void> {
    const streak = this.streak;
    if (!streak) return;
    const { outbox, now } = this.deps;
    this.streak = null;
    this.setConnectivity('online');
    const backlog = await outbox.holdForCatchUp();
    this.catchUp =
      backlog > 0 ? { outageStart: streak.start, outageMs: now() - streak.start, backlog, sent: 0 } : null;
    this.deps.log?.('sync.streak_ended', { outageMs: now() - streak.start, backlog });
    await this.scheduleNextBacklog();
  }

  /** Releases the oldest parked submission at the catch-up pace; ends the catch-up when none is left. */
  private async scheduleNextBacklog(): Promise<void> {
    const catchUp = this.catchUp;
    if (!catchUp) return;
    const next = await this.deps.outbox.oldestHeld();
    if (!next) {
      this.catchUp = null;
      return;
    }
    const spacing = catchUpSpacingMs({
      outageMs: catchUp.outageMs,
      backlog: catchUp.backlog,
      sent: catchUp.sent,
      random: this.deps.random,
      policy: this.deps.catchUp ?? DEFAULT_CATCH_UP,
    });
    await this.deps.outbox.schedule(next.id, this.deps.now() + spacing);
  }

  private async reject(record: OutboxRecord, failure: Failure): Promise<void> {
    const { outbox, now } = this.deps;
    if (record.resealedAt !== undefined && isError(failure.outcome, 422, 'idempotency_key_reused')) {
      // Queued before encryption at rest existed and already received by the city in its original form.
      await outbox.markDelivered(record.id, new Date(now()).toISOString(), 1);
      this.deps.log?.('sync.legacy_already_delivered');
      return;
    }
    const reason = describe(failure.outcome);
    await outbox.markRejected(record.id, reason);
    this.deps.log?.('sync.rejected', { reason });
  }

  /** One attempt at one claimed submission: the POST, then any attachments. Bookkeeping is the caller's. */
  private async send(record: OutboxRecord): Promise<SendResult> {
    const renewals = this.renewals;
    const sent = await this.sendOnce(record);
    return sent.ok ? sent : { ok: false, failure: { ...sent.failure, renewals } };
  }

  private async sendOnce(record: OutboxRecord): Promise<SendResult> {
    const { outbox, api } = this.deps;
    if (!record.request) {
      // Only a delivered (purged) record lacks its request; nothing to send.
      return { ok: false, failure: { outcome: { kind: 'http', status: 410 }, retryAfterMs: null } };
    }
    const posted = await api.postSubmission(record.request);
    if (!posted.ok) return { ok: false, failure: posted };
    if (record.attachmentCount > 0) {
      await outbox.markAccepted(record.id, posted.accepted.receivedAt, posted.accepted.status);
      const uploaded = await this.uploadAttachments(record);
      if (uploaded) return { ok: false, failure: uploaded };
    }
    return {
      ok: true,
      result: { serverReceivedAt: posted.accepted.receivedAt, dossierStatus: posted.accepted.status },
    };
  }

  /** One attempt at one submission, with its bookkeeping; null when it is delivered (and purged). */
  private async deliver(record: OutboxRecord): Promise<Failure | null> {
    await this.deps.outbox.markSending(record.id);
    const sent = await this.send(record);
    if (!sent.ok) return sent.failure;
    await this.deps.outbox.markDelivered(record.id, sent.result.serverReceivedAt, sent.result.dossierStatus);
    this.lastContactAt = this.deps.now();
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

  /**
   * Sends due quick surveys one at a time, once the submissions are done: never
   * during a failure streak or a paced catch-up. A rejection parks the survey; a
   * transient failure schedules its retry with the usual backoff and ends this round.
   */
  private async deliverSurveys(): Promise<void> {
    const { surveys, api, now, random } = this.deps;
    if (!surveys || this.streak || this.catchUp) return;
    for (const survey of await surveys.due(now(), SURVEYS_PER_PASS)) {
      if (this.stopped) return;
      const sent = await api.postSurvey(survey.request);
      if (sent.ok) {
        await surveys.markDelivered(survey.id);
        this.deps.log?.('sync.survey_delivered');
        continue;
      }
      const reason = describe(sent.outcome);
      if (classifyOutcome(sent.outcome) === 'rejected') {
        await surveys.markRejected(survey.id, reason);
        this.deps.log?.('sync.survey_rejected', { reason });
        continue;
      }
      const backoff = this.deps.backoff ?? DEFAULT_BACKOFF;
      const delay = nextRetryDelay(survey.attempts, backoff, random, sent.retryAfterMs);
      await surveys.markRetry(survey.id, now() + delay, reason);
      return;
    }
  }

  /**
   * Sends due staff audit events in batches, like the surveys: never during a streak or a
   * catch-up. The city answers 200 for any valid batch (duplicates included), so every event in
   * it is done; a refused batch is parked; a transient failure waits for the usual backoff.
   */
  private async deliverAuditEvents(): Promise<void> {
    const { audit, api, now, random } = this.deps;
    if (!audit || this.streak || this.catchUp) return;
    for (;;) {
      const batch = await audit.due(now(), AUDIT_BATCH_MAX);
      if (batch.length === 0 || this.stopped) return;
      const ids = batch.map((queued) => queued.id);
      const sent = await api.postAuditEvents({ events: batch.map((queued) => queued.event) });
      if (sent.ok) {
        await audit.markDelivered(ids);
        this.deps.log?.('sync.audit_delivered', { count: ids.length });
        if (batch.length < AUDIT_BATCH_MAX) return;
        continue;
      }
      const reason = describe(sent.outcome);
      if (classifyOutcome(sent.outcome) === 'rejected') {
        await audit.markRejected(ids, reason);
        this.deps.log?.('sync.audit_rejected', { reason, count: ids.length });
        return;
      }
      const attempts = Math.max(...batch.map((queued) => queued.attempts));
      const delay = nextRetryDelay(attempts, this.deps.backoff ?? DEFAULT_BACKOFF, random, sent.retryAfterMs);
      await audit.markRetry(ids, now() + delay, reason);
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
    const { now } = this.deps;
    const pollMs = this.deps.statusPollMs ?? 60_000;
    let delay: number;
    if (this.streak) {
      delay = Math.max(0, this.streak.holdUntil - now());
    } else {
      const wakeAt = await this.deps.outbox.nextWakeAt();
      delay =
        wakeAt === undefined || wakeAt >= CATCH_UP_HOLD
          ? pollMs
          : Math.min(pollMs, Math.max(0, wakeAt - now()));
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
