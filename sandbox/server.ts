/**
 * The sandbox city API: a real HTTP server on 127.0.0.1 with real persistence,
 * speaking the contract in shared/api/city-api.ts, plus /__sandbox controls for
 * faults and test setup. Used by the unit tests, the e2e harness and `npm start`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { BUNDLED_CATALOG } from '../shared/procedures/catalog';
import type { Catalog } from '../shared/procedures/procedure-schema';
import { validateCatalog } from '../shared/procedures/validate-catalog';
import { CatalogState } from './catalog-state';
import type { SandboxContext } from './context';
import { DEFAULT_ALLOWED_ORIGINS, registerCors, type OriginRule } from './cors';
import { registerErrorHandlers } from './errors';
import { registerFaultHooks } from './fault-hooks';
import { FaultState } from './faults';
import { InFlightKeys } from './idempotency';
import { registerAdminRoutes } from './routes/admin';
import { registerPublicRoutes } from './routes/public';
import { registerSubmissionRoutes } from './routes/submissions';
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
}

export interface SandboxServer {
  /** e.g. `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  app: FastifyInstance;
  store: SubmissionStore;
  faults: FaultState;
  catalog: CatalogState;
  /** Stops listening, drops open and held connections, and closes the database. Idempotent. */
  close(): Promise<void>;
}

export async function createSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const initialCatalog = options.catalog ?? BUNDLED_CATALOG;
  const checked = validateCatalog(initialCatalog);
  if (!checked.ok) throw new Error(`Invalid sandbox catalog: ${checked.problems.join('; ')}`);

  const store = await SubmissionStore.open(options.dataDir);
  const closing = new AbortController();
  const faults = new FaultState();
  const ctx: SandboxContext = {
    store,
    catalog: new CatalogState(checked.catalog),
    faults,
    inFlight: new InFlightKeys(),
    counters: { received: 0, replays: 0, conflicts: 0, inProgress: 0 },
    now: options.now ?? (() => new Date()),
    closing: closing.signal,
  };

  // forceCloseConnections: close() must not wait for keep-alive sockets or requests a fault is holding.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true });
  registerCors(app, options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  registerErrorHandlers(app, () => faults.retryAfterSeconds);
  registerFaultHooks(app, ctx);
  registerPublicRoutes(app, ctx);
  registerSubmissionRoutes(app, ctx);
  registerAdminRoutes(app, ctx, checked.catalog);

  try {
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  } catch (error) {
    store.close();
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
    close: () =>
      (closed ??= (async () => {
        closing.abort();
        try {
          await app.close();
        } finally {
          store.close();
        }
      })()),
  };
}
