/**
 * POST /v1/submissions: idempotent on the Idempotency-Key (= submissionId).
 * First time → 201 and stored; same key and body → 200 with the stored result;
 * same key, other body → 422; key still being processed → 409. Nothing is
 * answered before the row is durable on disk, so a 2xx always means "kept".
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  API_PATHS,
  SubmissionRequestSchema,
  type SubmissionAccepted,
  type SubmissionRequest,
} from '../../shared/api/city-api';
import type { SandboxContext } from '../context';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf, sleep } from '../fault-hooks';
import { bodySha256, canonicalJson, decide } from '../idempotency';
import type { SubmissionRow } from '../store';

/** Status 1 "Mới đăng ký" (domain.md §7): received, not yet accepted by the ward office. */
export const INITIAL_STATUS = 1;
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** The acceptance as first answered; a replay rebuilds exactly this from the row. */
const accepted = (row: SubmissionRow): SubmissionAccepted => ({
  submissionId: row.submissionId,
  receiptCode: row.receiptCode,
  status: INITIAL_STATUS,
  receivedAt: row.receivedAt,
});

const issuesText = (error: z.ZodError) =>
  error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');

export function registerSubmissionRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post(
    API_PATHS.submissions,
    {
      // Counted on arrival, before any fault, so "received" is every POST the city saw.
      onRequest: async () => {
        ctx.counters.received++;
      },
    },
    async (request, reply) => {
      const header = request.headers['idempotency-key'];
      if (header === undefined || header === '') {
        return sendError(reply, 400, 'missing_idempotency_key', 'The Idempotency-Key header is required');
      }
      const parsed = SubmissionRequestSchema.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
      const body: SubmissionRequest = parsed.data;
      const key = (Array.isArray(header) ? '' : header).trim().toLowerCase();
      if (!z.uuid().safeParse(key).success) {
        return sendError(reply, 400, 'invalid_request', 'Idempotency-Key must be one UUID');
      }
      if (key !== body.submissionId.toLowerCase()) {
        return sendError(reply, 400, 'invalid_request', 'Idempotency-Key must equal submissionId');
      }

      if (!ctx.inFlight.claim(key)) {
        ctx.counters.inProgress++;
        return sendError(
          reply,
          409,
          'request_in_progress',
          'A request with this key is being processed',
          IN_PROGRESS_RETRY_AFTER_SECONDS,
        );
      }
      let status: 200 | 201;
      let result: SubmissionAccepted;
      try {
        const plan = faultPlanOf(request);
        // Injected latency = "processing time", spent while the key is held.
        await sleep(plan.latencyMs, ctx.closing);
        // Hash the validated body (unknown fields stripped, keys sorted): the same application is the same hash.
        const sha = bodySha256(body);
        const stored = ctx.store.findByKey(key);
        const owner = ctx.store.findByReceiptCode(body.receiptCode);
        const decision = decide({
          storedSha256: stored?.bodySha256,
          requestSha256: sha,
          versionCheck: ctx.catalog.checkVersion(body.procedureId, body.procedureVersion),
          receiptCodeOwnedByOtherKey: owner !== undefined && owner.idempotencyKey !== key,
        });
        switch (decision) {
          case 'replay':
            if (!stored) throw new Error('replay without a stored row');
            ctx.counters.replays++;
            status = 200;
            result = accepted(stored);
            break;
          case 'idempotency_key_reused':
            ctx.counters.conflicts++;
            return sendError(reply, 422, decision, 'This Idempotency-Key was used with a different body');
          case 'unknown_procedure':
            return sendError(reply, 422, decision, `Unknown procedure ${body.procedureId}`);
          case 'unsupported_procedure_version':
            return sendError(
              reply,
              422,
              decision,
              `${body.procedureId} version ${body.procedureVersion} is not accepted`,
            );
          case 'receipt_code_taken':
            return sendError(
              reply,
              422,
              'invalid_request',
              'This receipt code belongs to another submission',
            );
          case 'new': {
            const now = ctx.now().toISOString();
            const row: SubmissionRow = {
              idempotencyKey: key,
              submissionId: body.submissionId,
              receiptCode: body.receiptCode,
              procedureId: body.procedureId,
              procedureVersion: body.procedureVersion,
              bodySha256: sha,
              bodyJson: canonicalJson(body),
              status: INITIAL_STATUS,
              dossierCode: null,
              receivedAt: now,
              updatedAt: now,
            };
            ctx.store.insert(row);
            status = 201;
            result = accepted(row);
            break;
          }
        }
      } finally {
        ctx.inFlight.release(key);
      }
      // The classic duplicate maker: the write is committed, the answer never arrives.
      if (faultPlanOf(request).commitThenDrop) {
        dropConnection(request, reply, false);
        return reply;
      }
      return reply.code(status).send(result);
    },
  );
}
