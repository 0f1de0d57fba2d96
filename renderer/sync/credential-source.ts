import type { CredentialStatus, CredentialStorage } from '../../shared/api/kiosk-auth';
import type { KioskBridge } from '../../shared/ipc/contract';

/**
 * The renderer's view of the kiosk's device credential. The main process owns
 * it (enrols, stores, renews); this asks once, remembers the answer, and asks for
 * a renewal after a 401. One instance per bridge (`credentialSourceFor`), so the
 * sync engine, the heartbeat and the status lookup share one answer and one
 * renewal at a time.
 */
export type CredentialBridge = Pick<KioskBridge, 'getCredential' | 'renewCredential'>;

/** While the kiosk is not enrolled (city unreachable at first start), ask the main process at most this often. */
export const PENDING_RECHECK_MS = 30_000;

export class CredentialSource {
  private status: CredentialStatus | null = null;
  private askedAt = -Infinity;
  private asking: Promise<void> | null = null;
  private renewing: Promise<boolean> | null = null;

  constructor(
    private readonly bridge: CredentialBridge,
    private readonly now: () => number = Date.now,
  ) {}

  /** How the main process keeps the credential; unknown until it first answered. */
  get storage(): CredentialStorage | 'unknown' {
    return this.status?.storage ?? 'unknown';
  }

  get state(): CredentialStatus['state'] | 'unknown' {
    return this.status?.state ?? 'unknown';
  }

  /** The credential to send, or null when the kiosk has none (yet). */
  async current(): Promise<string | null> {
    if (this.status?.credential) return this.status.credential;
    if (this.now() - this.askedAt < PENDING_RECHECK_MS) return null;
    this.asking ??= this.bridge
      .getCredential()
      .then(
        (status) => {
          this.status = status;
        },
        () => undefined, // the bridge failed: send without, the 401 path renews
      )
      .finally(() => {
        this.askedAt = this.now();
        this.asking = null;
      });
    await this.asking;
    return this.status?.credential ?? null;
  }

  /**
   * After a 401: the main process re-reads or renews the credential. Resolves true when there is
   * now a different credential to try; concurrent callers share one renewal.
   */
  renew(): Promise<boolean> {
    this.renewing ??= (async () => {
      const rejected = this.status?.credential ?? null;
      try {
        const next = await this.bridge.renewCredential(rejected);
        this.status = next;
        this.askedAt = this.now();
        return next.credential !== null && next.credential !== rejected;
      } catch {
        return false;
      }
    })().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }
}

const sources = new WeakMap<CredentialBridge, CredentialSource>();

/** The one credential source of this bridge (Electron's preload installs one bridge per page). */
export function credentialSourceFor(bridge: CredentialBridge): CredentialSource {
  let source = sources.get(bridge);
  if (!source) {
    source = new CredentialSource(bridge);
    sources.set(bridge, source);
  }
  return source;
}
