import { createHash } from 'node:crypto';
import type { CredentialStatus } from '../../shared/api/kiosk-auth';
import type { ProvisioningConfig } from '../../shared/config/provisioning-config';
import type { LogEntry } from '../../shared/ipc/log-entry';
import type { CredentialVault, StoredCredential } from './credential-vault';
import type { Enrol } from './enrolment-client';

/**
 * The kiosk's device credential, owned by the main process. Rules:
 * - first start (no stored credential for this kiosk and city): enrol with the
 *   provisioning file's token, store the credential, hand it to the renderer;
 * - every later start: reuse the stored credential (tokens are single-use);
 * - after a 401 (`renew`): re-read the store (another caller may have renewed
 *   already); else, if the file now holds a new token, enrol with it; else the
 *   city refuses this kiosk: log `credential.refused` and keep the queue as it is
 *   until IT provisions a new token;
 * - a token the city refused is not sent again until the file changes.
 */
export interface KioskCredential {
  status(): Promise<CredentialStatus>;
  /** `rejected`: the credential the city just answered 401 to (null if none was sent). */
  renew(rejected: string | null): Promise<CredentialStatus>;
}

export interface KioskCredentialDeps {
  /** Re-read on every call: IT fixes the file (a new token) without restarting the kiosk. */
  loadConfig: () => ProvisioningConfig | undefined;
  vault: CredentialVault;
  enrol: Enrol;
  appVersion: string;
  log: (entry: LogEntry) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Waits between quick retries of one enrolment that met a transient failure. */
  retryDelaysMs?: readonly number[];
  /** Without a 401 to prompt it, a failed enrolment is tried again at most this often. */
  minAttemptGapMs?: number;
  /** A refused kiosk is asked to renew every minute or so; its error line is written at most this often. */
  refusalLogGapMs?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const belongsTo = (stored: StoredCredential | null, config: ProvisioningConfig): stored is StoredCredential =>
  stored !== null && stored.kioskId === config.kioskId && stored.cityApiUrl === config.cityApiUrl;

export function createKioskCredential(deps: KioskCredentialDeps): KioskCredential {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retryDelays = deps.retryDelaysMs ?? [500, 2_000];
  const minGap = deps.minAttemptGapMs ?? 15_000;
  let stored: StoredCredential | null | undefined;
  let announced = false;
  const refusedTokens = new Set<string>();
  let lastAttempt = { tokenSha256: '', at: -Infinity };
  // One operation at a time: two callers must not spend one token twice, and a renewal must not
  // read the store while an enrolment is writing it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  };
  let lastRefusalLog = { reason: '', at: -Infinity };

  const answer = (state: CredentialStatus['state'], credential: string | null = null): CredentialStatus => ({
    credential,
    storage: deps.vault.storage(),
    state,
  });

  const enrolled = (credential: StoredCredential): CredentialStatus => {
    if (!announced) {
      announced = true;
      deps.log({
        level: 'info',
        event: 'credential.ready',
        data: {
          kioskId: credential.kioskId,
          credentialId: credential.credentialId,
          storage: deps.vault.storage(),
        },
      });
    }
    return answer('enrolled', credential.credential);
  };

  const refused = (config: ProvisioningConfig, why: string): CredentialStatus => {
    // Renewals come every minute while refused; the rotating log must keep room for everything else.
    if (why !== lastRefusalLog.reason || now() - lastRefusalLog.at >= (deps.refusalLogGapMs ?? 600_000)) {
      lastRefusalLog = { reason: why, at: now() };
      deps.log({
        level: 'error',
        event: 'credential.refused',
        // The fix is always the same, so the log line says it.
        data: { kioskId: config.kioskId, reason: why, action: 'provision_new_enrolment_token' },
      });
    }
    return answer('refused', belongsTo(stored ?? null, config) ? (stored?.credential ?? null) : null);
  };

  async function attempt(config: ProvisioningConfig, tokenSha256: string): Promise<CredentialStatus> {
    lastAttempt = { tokenSha256, at: now() };
    const request = {
      kioskId: config.kioskId,
      wardCode: config.wardCode,
      appVersion: deps.appVersion,
      enrolmentToken: config.enrolmentToken,
    };
    for (let tries = 0; ; tries++) {
      const outcome = await deps.enrol(config.cityApiUrl, request);
      if (outcome.ok) {
        const next: StoredCredential = {
          kioskId: config.kioskId,
          cityApiUrl: config.cityApiUrl,
          credential: outcome.response.credential,
          credentialId: outcome.response.credentialId,
          tokenSha256,
          issuedAt: outcome.response.issuedAt,
        };
        await deps.vault.save(next);
        stored = next;
        announced = false;
        deps.log({
          level: 'info',
          event: 'credential.enrolled',
          data: { kioskId: next.kioskId, credentialId: next.credentialId, storage: deps.vault.storage() },
        });
        return enrolled(next);
      }
      if (outcome.kind === 'refused') {
        refusedTokens.add(tokenSha256);
        deps.log({
          level: 'error',
          event: 'credential.enrolment_refused',
          data: { kioskId: config.kioskId, status: outcome.status, code: outcome.code },
        });
        return refused(config, 'enrolment_token_refused');
      }
      const delay = retryDelays[tries];
      if (delay === undefined) {
        deps.log({ level: 'warn', event: 'credential.enrolment_deferred', data: { reason: outcome.reason } });
        return answer('pending', belongsTo(stored ?? null, config) ? (stored?.credential ?? null) : null);
      }
      await sleep(delay);
    }
  }

  /** `prompted`: a 401 asks, so a failed attempt a moment ago is no reason to wait. */
  async function enrolWith(config: ProvisioningConfig, prompted: boolean): Promise<CredentialStatus> {
    const tokenSha256 = sha256(config.enrolmentToken);
    if (refusedTokens.has(tokenSha256)) return refused(config, 'enrolment_token_refused');
    const tooSoon = lastAttempt.tokenSha256 === tokenSha256 && now() - lastAttempt.at < minGap;
    if (!prompted && tooSoon) return answer('pending');
    return attempt(config, tokenSha256);
  }

  return {
    status: () =>
      serial(async () => {
        const config = deps.loadConfig();
        if (!config) return answer('pending');
        if (stored === undefined) stored = await deps.vault.load();
        return belongsTo(stored, config) ? enrolled(stored) : enrolWith(config, false);
      }),

    renew: (rejected) =>
      serial(async () => {
        const config = deps.loadConfig();
        if (!config) return answer('pending');
        // Re-read: the store is the truth, and another process may have renewed it.
        stored = await deps.vault.load();
        if (belongsTo(stored, config)) {
          if (stored.credential !== rejected) return enrolled(stored);
          if (stored.tokenSha256 === sha256(config.enrolmentToken))
            return refused(config, 'credential_refused');
        }
        return enrolWith(config, true);
      }),
  };
}
