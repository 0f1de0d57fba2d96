/**
 * The read-only /v1 routes: health, catalog (with a strong ETag and 304s) and a
 * submission's dossier status.
 */
import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  ReceiptCodeSchema,
  type SubmissionStatus,
  type HealthResponseSchema,
} from '../../shared/api/city-api';
import type { z } from 'zod';
import { ifNoneMatchHits } from '../catalog-state';
import type { SandboxContext } from '../context';
import { sendError } from '../errors';
import type { SubmissionRow } from '../store';

/** `{receiptCode}` in the contract's path template → fastify's `:receiptCode`. */
export const STATUS_ROUTE = API_PATHS.submissionStatus.replace('{receiptCode}', ':receiptCode');

export const toStatus = (row: SubmissionRow): SubmissionStatus => ({
  receiptCode: row.receiptCode,
  status: row.status,
  updatedAt: row.updatedAt,
  dossierCode: row.dossierCode,
});

export function registerPublicRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get(API_PATHS.health, async () => {
    const body: z.infer<typeof HealthResponseSchema> = { status: 'ok', time: ctx.now().toISOString() };
    return body;
  });

  app.get(API_PATHS.catalog, async (request, reply) => {
    const { etag, body } = ctx.catalog;
    reply.header('ETag', etag);
    // Kiosks may keep a copy but must revalidate; the ETag makes that cheap.
    reply.header('Cache-Control', 'no-cache');
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get<{ Params: { receiptCode: string } }>(STATUS_ROUTE, async (request, reply) => {
    const { receiptCode } = request.params;
    if (!ReceiptCodeSchema.safeParse(receiptCode).success) {
      return sendError(reply, 400, 'invalid_request', 'Malformed receipt code');
    }
    const row = ctx.store.findByReceiptCode(receiptCode);
    if (!row) return sendError(reply, 404, 'not_found', `No submission with receipt code ${receiptCode}`);
    return toStatus(row);
  });
}
