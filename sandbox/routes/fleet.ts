/**
 * /__sandbox controls for kiosk operations (never faulted, not the city
 * contract; documented in sandbox/README.md): the fleet view, the kiosk
 * registry, enrolment tokens, revocation, and trusting a credential from
 * another sandbox (benchmarks swap sandboxes under a running kiosk).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CredentialSchema, EnrolmentTokenSchema, KioskIdSchema } from '../../shared/api/kiosk-auth';
import type { AuthCounters } from '../auth';
import { sendError } from '../errors';
import type { HeartbeatStore } from '../heartbeat-store';
import type { KioskRegistry } from '../kiosk-registry';
import { buildFleet, renderFleetPage } from '../fleet-view';
import { ADMIN_PREFIX } from './admin';
import type { EnrolmentCounters } from './enrolment';
import { issuesText } from './issues-text';

export interface FleetAdminContext {
  registry: KioskRegistry;
  heartbeats: HeartbeatStore;
  counters: AuthCounters & EnrolmentCounters;
  now: () => Date;
}

const NewTokenSchema = z.strictObject({
  token: EnrolmentTokenSchema.optional(),
  label: z.string().min(1).max(64).optional(),
});
const ImportSchema = z.strictObject({
  kioskId: KioskIdSchema,
  credential: CredentialSchema,
  wardCode: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional(),
});

export function registerFleetAdminRoutes(app: FastifyInstance, ctx: FleetAdminContext): void {
  const { registry, heartbeats } = ctx;

  app.get(`${ADMIN_PREFIX}/fleet`, async () => ({
    generatedAt: ctx.now().toISOString(),
    kiosks: buildFleet(registry, heartbeats, ctx.now().getTime()),
  }));

  app.get(`${ADMIN_PREFIX}/fleet.html`, async (_request, reply) => {
    const html = renderFleetPage(
      buildFleet(registry, heartbeats, ctx.now().getTime()),
      ctx.now().toISOString(),
    );
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(html);
  });

  app.get(`${ADMIN_PREFIX}/kiosks`, async () => ({
    kiosks: registry.kiosks().map((row) => ({
      kioskId: row['kiosk_id'],
      wardCode: row['ward_code'],
      appVersion: row['app_version'],
      enrolledAt: row['enrolled_at'],
      credentials: registry.credentialsOf(String(row['kiosk_id'])).map((c) => ({
        credentialId: c['credential_id'],
        issuedAt: c['issued_at'],
        firstUsedAt: c['first_used_at'],
        revokedAt: c['revoked_at'],
        ...(registry.usage.get(String(c['credential_id'])) ?? { requests: 0, lastUsedAt: null }),
      })),
    })),
    tokens: registry.tokens().map((t) => ({
      label: t['label'],
      createdAt: t['created_at'],
      kioskId: t['kiosk_id'],
      consumedAt: t['consumed_at'],
    })),
    counters: { ...ctx.counters },
  }));

  app.get<{ Params: { kioskId: string } }>(`${ADMIN_PREFIX}/kiosks/:kioskId/heartbeats`, async (request) => ({
    heartbeats: heartbeats.history(request.params.kioskId),
  }));

  // Returns the token once, as a city's enrolment desk would hand it to IT; only its hash is kept.
  app.post(`${ADMIN_PREFIX}/enrolment-tokens`, async (request, reply) => {
    const parsed = NewTokenSchema.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
    const token = parsed.data.token ?? `tok_${randomBytes(24).toString('base64url')}`;
    const added = registry.addToken(token, parsed.data.label ?? 'admin');
    return { token, added };
  });

  app.post<{ Params: { kioskId: string } }>(`${ADMIN_PREFIX}/kiosks/:kioskId/revoke`, async (request) => ({
    revoked: registry.revokeKiosk(request.params.kioskId),
  }));

  app.post(`${ADMIN_PREFIX}/credentials`, async (request, reply) => {
    const parsed = ImportSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
    const { kioskId, credential, wardCode } = parsed.data;
    return { credentialId: registry.importCredential(kioskId, credential, wardCode) };
  });
}
