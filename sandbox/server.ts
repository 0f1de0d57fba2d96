/**
 * The sandbox city API: a real HTTP server on 127.0.0.1 with real persistence,
 * speaking the contract in shared/api/city-api.ts, plus /__sandbox controls for
 * faults and test setup. Used by the unit tests, the e2e harness and `npm start`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { ATTACHMENT_CHUNK_BYTES } from '../shared/api/sealed-payload';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import type { Catalog } from '../shared/procedures/procedure-schema';
import { validateCatalog } from '../shared/procedures/validate-catalog';
import { AttachmentFiles } from './attachment-files';
import { AuditStore } from './audit-store';
import { registerAuth, type AuthCounters } from './auth';
import { CatalogState } from './catalog-state';
import { CityKey } from './city-key';
import type { SandboxContext } from './context';
import { DEFAULT_ALLOWED_ORIGINS, registerCors, type OriginRule } from './cors';
import { registerErrorHandlers } from './errors';
import { registerFaultHooks } from './fault-hooks';
import { FaultState } from './faults';
import { FleetDb } from './fleet-db';
import { HeartbeatStore } from './heartbeat-store';
import { DEV_ENROLMENT_TOKEN, KioskRegistry } from './kiosk-registry';
import { InFlightKeys } from './idempotency';
import { registerAdminRoutes } from './routes/admin';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerAuditEventRoutes } from './routes/audit-events';
import { registerEnrolmentRoutes, type EnrolmentCounters } from './routes/enrolment';
import { registerFleetAdminRoutes } from './routes/fleet';
import { registerHeartbeatRoutes } from './routes/heartbeats';
import { registerPublicRoutes } from './routes/public';
import { registerSubmissionRoutes } from './routes/submissions';
import { registerSurveyRoutes } from './routes/surveys';
import { SubmissionStore } from './store';

export interface SandboxServerOptions {
  /** Where `city.sqlite` lives; created if missing, reused (with every key) if present. */
  dataDir: string;
  /** Defaults to 127.0.0.1: the sandbox is never reachable from other machines. */
  host?: string;
  /** 0 (default) picks a free port; read it from `url`. */
  port?: number;
  /** Origins that get CORS headers. Default: `app://kiosk`, `http://127.0.0.1:*`, `http://localhost:*`. */
  allowedOrigins?: readonly OriginRule[];
  /** Served on GET /v1/catalog until an admin PUT; default BUNDLED_CATALOG. Must pass validateCatalog. */
  catalog?: Catalog;
  /** Server clock for receivedAt/updatedAt/health. */
  now?: () => Date;
  /** Fastify's logger; off by default so test output stays readable. */
  logger?: boolean;
  /**
   * The city's RSA private key (PKCS#8 PEM) that unseals submissions. Default: the committed dev key,
   * `sandbox/dev-keys/city-dev-private.pem`, whose public half is in build/kiosk.config.dev.json.
   */
  privateKeyPem?: string;
  /**
   * Enrolment tokens to accept (each once; see kiosk-registry.ts). Default: the dev token in
   * build/kiosk.config.dev.json. More can be added at any time with POST /__sandbox/enrolment-tokens.
   */
  enrolmentTokens?: readonly string[];
}

/** JSON bodies: a sealed submission may carry up to 2 000 000 base64 characters of ciphertext. */
export const JSON_BODY_LIMIT = 3 * 1024 * 1024;
/** Attachment chunks: the contract's chunk size, with 2× tolerance. */
export const CHUNK_BODY_LIMIT = 2 * ATTACHMENT_CHUNK_BYTES;

export interface SandboxServer {
  /** e.g. `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  app: FastifyInstance;
  store: SubmissionStore;
  faults: FaultState;
  catalog: CatalogState;
  /** Enrolment tokens, kiosks and credentials (fleet.sqlite). */
  registry: KioskRegistry;
  /** The city public key (SPKI PEM) kiosks must seal to, and its keyId. */
  publicKeyPem: string;
  keyId: string;
  /** Stops listening, drops open and held connections, and closes the database. Idempotent. */
  close(): Promise<void>;
}

export async function createSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const initialCatalog = options.catalog ?? BUNDLED_CATALOG;
  const checked = validateCatalog(initialCatalog);
  if (!checked.ok) throw new Error(`Invalid sandbox catalog: ${checked.problems.join('; ')}`);

  const cityKey =
    options.privateKeyPem === undefined ? CityKey.fromFile() : new CityKey(options.privateKeyPem);

  const store = await SubmissionStore.open(options.dataDir);
  const fleetDb = await FleetDb.open(options.dataDir).catch((error: unknown) => {
    store.close();
    throw error;
  });
  const now = options.now ?? (() => new Date());
  const registry = new KioskRegistry(fleetDb, now);
  for (const token of options.enrolmentTokens ?? [DEV_ENROLMENT_TOKEN]) registry.addToken(token, 'seeded');
  const fleetCounters: AuthCounters & EnrolmentCounters = {
    unauthorized: 0,
    revoked: 0,
    enrolments: 0,
    enrolmentsRefused: 0,
  };
  const closing = new AbortController();
  const faults = new FaultState();
  const ctx: SandboxContext = {
    store,
    files: new AttachmentFiles(options.dataDir),
    cityKey,
    catalog: new CatalogState(checked.catalog),
    faults,
    inFlight: new InFlightKeys(),
    counters: {
      received: 0,
      replays: 0,
      conflicts: 0,
      inProgress: 0,
      attachmentPuts: 0,
      offsetMismatches: 0,
      hashMismatches: 0,
    },
    now,
    closing: closing.signal,
  };

  // forceCloseConnections: close() must not wait for keep-alive sockets or requests a fault is holding.
  const app = Fastify({
    logger: options.logger ?? false,
    forceCloseConnections: true,
    bodyLimit: JSON_BODY_LIMIT,
  });
  // Attachment chunks arrive as raw bytes; kept as a Buffer.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: CHUNK_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  registerCors(app, options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  registerErrorHandlers(app, () => faults.retryAfterSeconds);
  // After CORS (preflights carry no credential), before the faults: a stranger gets 401, never a fault.
  registerAuth(app, registry, fleetCounters);
  registerFaultHooks(app, ctx);
  registerPublicRoutes(app, ctx);
  registerEnrolmentRoutes(app, registry, fleetCounters);
  registerSubmissionRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerSurveyRoutes(app, options.dataDir);
  const heartbeats = new HeartbeatStore(fleetDb);
  registerHeartbeatRoutes(app, heartbeats, now);
  registerAuditEventRoutes(app, new AuditStore(fleetDb), now);
  registerAdminRoutes(app, ctx, checked.catalog);
  registerFleetAdminRoutes(app, { registry, heartbeats, counters: fleetCounters, now });

  try {
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  } catch (error) {
    store.close();
    fleetDb.close();
    throw error;
  }
  const { address, port } = app.server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    app,
    store,
    faults,
    catalog: ctx.catalog,
    registry,
    publicKeyPem: cityKey.publicKeyPem,
    keyId: cityKey.keyId,
    close: () =>
      (closed ??= (async () => {
        closing.abort();
        try {
          await app.close();
        } finally {
          store.close();
          fleetDb.close();
        }
      })()),
  };
}
