/**
 * POST /v1/audit-events: a batch of staff actions, idempotent by eventId (see
 * audit-store.ts). Always 200 for a valid batch, so a kiosk's durable queue can
 * drop it; duplicates and conflicts are listed in the answer.
 * GET /__sandbox/audit-events: everything stored, in arrival order.
 */
import type { FastifyInstance } from 'fastify';
import { AuditBatchSchema } from '../../shared/api/audit-events';
import { API_PATHS } from '../../shared/api/city-api';
import type { AuditStore } from '../audit-store';
import { kioskOf } from '../auth';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf } from '../fault-hooks';
import { ADMIN_PREFIX } from './admin';
import { issuesText } from './issues-text';

export function registerAuditEventRoutes(app: FastifyInstance, store: AuditStore, now: () => Date): void {
  app.post(API_PATHS.auditEvents, async (request, reply) => {
    const parsed = AuditBatchSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
    const kiosk = kioskOf(request);
    if (!kiosk) return sendError(reply, 401, 'unauthorized', 'A valid kiosk credential is required');
    // Not refused when an event names another kioskId: a kiosk re-provisioned under a new id may still
    // hold events queued under the old one. The credential that sent them is recorded with each.
    const result = store.insertBatch(parsed.data.events, kiosk.credentialId, now().toISOString());
    if (faultPlanOf(request).commitThenDrop) {
      dropConnection(request, reply, false);
      return reply;
    }
    return reply.code(200).send(result);
  });

  app.get(`${ADMIN_PREFIX}/audit-events`, async () => ({ events: store.list() }));
}
