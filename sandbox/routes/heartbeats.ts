/**
 * POST /v1/heartbeats: a kiosk's health report, stored as it came (latest per
 * kiosk + history) for the fleet view. The body must name the credential's own
 * kiosk: a heartbeat says "this kiosk is alive", so it cannot speak for another.
 */
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/api/city-api';
import { HeartbeatSchema, type HeartbeatAccepted } from '../../shared/api/heartbeat';
import { kioskOf } from '../auth';
import { sendError } from '../errors';
import type { HeartbeatStore } from '../heartbeat-store';
import { issuesText } from './issues-text';

export function registerHeartbeatRoutes(app: FastifyInstance, store: HeartbeatStore, now: () => Date): void {
  app.post(API_PATHS.heartbeats, async (request, reply) => {
    const parsed = HeartbeatSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
    const kiosk = kioskOf(request);
    if (kiosk?.kioskId !== parsed.data.kioskId) {
      return sendError(reply, 403, 'kiosk_mismatch', 'A kiosk may only report for itself');
    }
    const receivedAt = now().toISOString();
    store.insert(parsed.data, receivedAt);
    const body: HeartbeatAccepted = { receivedAt };
    return reply.code(202).send(body);
  });
}
