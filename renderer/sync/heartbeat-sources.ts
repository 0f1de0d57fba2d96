import type { AppInfo } from '../../shared/ipc/contract';
import type { Outbox } from '../outbox/outbox';
import type { CredentialSource } from './credential-source';
import type { ErrorTally } from './error-tally';
import type { HeartbeatInputs } from './heartbeat';
import type { SyncEngine } from './sync-engine';

/** Where a heartbeat's numbers come from in a running kiosk; read fresh for every beat. */
export interface HeartbeatSources {
  kioskId: string;
  wardCode: string;
  appInfo: () => Promise<AppInfo>;
  intervalSeconds: number;
  outbox: Pick<Outbox, 'counts' | 'oldestQueued'>;
  sync: Pick<SyncEngine, 'lastSyncAt' | 'connectivity'>;
  /** navigator.storage; estimate() may be missing (old engines) or fail (a storage error). */
  storage: Pick<StorageManager, 'estimate'> | undefined;
  tally: ErrorTally;
  credential: Pick<CredentialSource, 'storage' | 'current'>;
  now: () => number;
}

export function heartbeatCollector(sources: HeartbeatSources): () => Promise<HeartbeatInputs> {
  let app: AppInfo | undefined;
  return async () => {
    app ??= await sources.appInfo();
    // The main process says how it keeps the credential when first asked: ask before reporting it.
    await sources.credential.current();
    const [counts, oldest, estimate] = await Promise.all([
      sources.outbox.counts(),
      sources.outbox.oldestQueued(),
      sources.storage?.estimate().catch(() => null) ?? Promise.resolve(null),
    ]);
    return {
      kioskId: sources.kioskId,
      wardCode: sources.wardCode,
      app,
      intervalSeconds: sources.intervalSeconds,
      now: sources.now(),
      waiting: counts.queued + counts.sending,
      rejected: counts.rejected,
      oldestWaitingAt: oldest?.createdAt ?? null,
      lastSyncAt: sources.sync.lastSyncAt,
      connectivity: sources.sync.connectivity,
      estimate,
      errors: sources.tally.snapshot(),
      credentialStorage: sources.credential.storage,
    };
  };
}
