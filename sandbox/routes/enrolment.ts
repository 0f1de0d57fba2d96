/**
 * POST /v1/kiosks/enrol: trades a one-time enrolment token for a device
 * credential (rules in kiosk-registry.ts). Public: the token is the proof. The
 * commit-then-drop fault applies, because a lost answer is exactly the case the
 * token rules are built for.
 */
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../shared/api/city-api';
import { EnrolRequestSchema } from '../../shared/api/kiosk-auth';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf } from '../fault-hooks';
import type { KioskRegistry } from '../kiosk-registry';

export interface EnrolmentCounters {
  enrolments: number;
  enrolmentsRefused: number;
}

export function registerEnrolmentRoutes(
  app: FastifyInstance,
  registry: KioskRegistry,
  counters: EnrolmentCounters,
): void {
  app.post(API_PATHS.enrol, async (request, reply) => {
    const parsed = EnrolRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      // Never echo the body: it holds the token.
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))];
      return sendError(reply, 400, 'invalid_request', `Invalid fields: ${fields.join(', ')}`);
    }
    const result = registry.enrol(parsed.data);
    if (!result.ok) {
      counters.enrolmentsRefused++;
      return sendError(reply, 401, 'enrolment_refused', result.reason);
    }
    counters.enrolments++;
    if (faultPlanOf(request).commitThenDrop) {
      dropConnection(request, reply, false);
      return reply;
    }
    return reply.code(201).send(result.response);
  });
}
