import type { Heartbeat } from '../../shared/api/heartbeat';
import type { CredentialStorage } from '../../shared/api/kiosk-auth';
import type { AppInfo } from '../../shared/ipc/contract';
import type { HeartbeatPostResult } from './city-api-client';
import type { TallySnapshot } from './error-tally';
import type { Connectivity } from './sync-engine';

/**
 * The kiosk's heartbeat to the city: composed from plain inputs (pure, below),
 * sent at start and then every few minutes by HeartbeatSender (timer injected).
 * Only counts, ages, versions and states: nothing a resident typed.
 */
export interface HeartbeatInputs {
  kioskId: string;
  wardCode: string;
  app: AppInfo;
  intervalSeconds: number;
  now: number;
  /** Submissions queued or being sent, and refused ones. */
  waiting: number;
  rejected: number;
  /** createdAt of the oldest waiting submission, if any. */
  oldestWaitingAt: number | null;
  lastSyncAt: number | null;
  connectivity: Connectivity;
  /** navigator.storage.estimate(), or null when it is unavailable. */
  estimate: { usage?: number; quota?: number } | null;
  errors: TallySnapshot;
  /** 'unknown' (the main process never answered) is reported as weak: nothing says otherwise. */
  credentialStorage: CredentialStorage | 'unknown';
}

const iso = (ms: number) => new Date(ms).toISOString();
const bytes = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? null : Math.max(0, Math.round(n));

export function composeHeartbeat(inputs: HeartbeatInputs): Heartbeat {
  const usage = bytes(inputs.estimate?.usage);
  const quota = bytes(inputs.estimate?.quota);
  return {
    kioskId: inputs.kioskId,
    wardCode: inputs.wardCode,
    appVersion: inputs.app.version.slice(0, 64) || 'unknown',
    shell: inputs.app.shell,
    sentAt: iso(inputs.now),
    intervalSeconds: inputs.intervalSeconds,
    queue: {
      waiting: inputs.waiting,
      rejected: inputs.rejected,
      oldestWaitingAgeSeconds:
        inputs.oldestWaitingAt === null
          ? null
          : Math.max(0, Math.floor((inputs.now - inputs.oldestWaitingAt) / 1000)),
    },
    lastSyncAt: inputs.lastSyncAt === null ? null : iso(inputs.lastSyncAt),
    connectivity: inputs.connectivity,
    storage: {
      usageBytes: usage,
      quotaBytes: quota,
      freeBytes: usage === null || quota === null ? null : Math.max(0, quota - usage),
    },
    errors: { since: iso(inputs.errors.since), counts: inputs.errors.counts },
    credentialStorage: inputs.credentialStorage === 'unknown' ? 'weak' : inputs.credentialStorage,
  };
}

export interface HeartbeatSenderDeps {
  /** Reads the kiosk's state now (outbox, sync engine, storage) and takes an error snapshot. */
  collect: () => Promise<HeartbeatInputs>;
  post: (heartbeat: Heartbeat) => Promise<HeartbeatPostResult>;
  /** The city accepted the heartbeat carrying this snapshot. */
  acknowledge: (errors: TallySnapshot) => void;
  /** After a 401: the credential source renews (the sync engine may be idle with nothing to send). */
  renewCredential?: () => Promise<boolean>;
  intervalMs: number;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  log?: (event: string, data?: Record<string, string | number | boolean>) => void;
}

export class HeartbeatSender {
  private timer: unknown = null;
  private stopped = false;
  private sending: Promise<boolean> | null = null;

  constructor(private readonly deps: HeartbeatSenderDeps) {}

  /** Beats now, then every intervalMs, until stop(). */
  start(): void {
    this.stopped = false;
    void this.beatAndReschedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  /** One heartbeat; true when the city accepted it. Never throws. */
  beat(): Promise<boolean> {
    this.sending ??= this.send().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async send(): Promise<boolean> {
    const { deps } = this;
    try {
      const inputs = await deps.collect();
      const sent = await deps.post(composeHeartbeat(inputs));
      if (sent.ok) {
        deps.acknowledge(inputs.errors);
        return true;
      }
      const reason = sent.outcome.kind === 'http' ? `http_${sent.outcome.status}` : sent.outcome.kind;
      deps.log?.('heartbeat.failed', { reason });
      if (sent.outcome.kind === 'http' && sent.outcome.status === 401) await deps.renewCredential?.();
      return false;
    } catch (error) {
      deps.log?.('heartbeat.failed', { reason: error instanceof Error ? error.name : 'unknown' });
      return false;
    }
  }

  private async beatAndReschedule(): Promise<void> {
    await this.beat();
    if (this.stopped) return;
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.beatAndReschedule();
    }, this.deps.intervalMs);
  }
}
