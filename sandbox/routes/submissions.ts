/**
 * POST /v1/submissions: idempotent on the Idempotency-Key (= submissionId).
 * First time → unsealed with the city key, then 201 and stored; same key and
 * body → 200 with the stored result (and the current missingAttachments); same
 * key, other body → 422; key still being processed → 409. Nothing is answered
 * before the row is durable on disk, so a 2xx always means "kept".
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  API_PATHS,
  SubmissionRequestSchema,
  type SubmissionAccepted,
  type SubmissionRequest,
} from '../../shared/api/city-api';
import type { Unsealed } from '../city-key';
import type { SandboxContext } from '../context';
import { kioskOf } from '../auth';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf, sleep } from '../fault-hooks';
import { bodySha256, canonicalJson, decide } from '../idempotency';
import type { AttachmentRow, SubmissionRow } from '../store';
import { issuesText } from './issues-text';

/** Status 1 "Mới đăng ký" (domain.md §7): received, not yet accepted by the ward office. */
export const INITIAL_STATUS = 1;
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** The acceptance as first answered; a replay rebuilds it from the row, with the attachments as they are now. */
const accepted = (row: SubmissionRow, attachments: readonly AttachmentRow[]): SubmissionAccepted => ({
  submissionId: row.submissionId,
  receiptCode: row.receiptCode,
  status: INITIAL_STATUS,
  receivedAt: row.receivedAt,
  missingAttachments: attachments.filter((a) => !a.complete).map((a) => a.attachmentId),
});

/** Problems visible without decrypting: duplicate attachment ids, a GCM nonce used twice. */
function clearMetadataProblem(body: SubmissionRequest): string | undefined {
  const ids = body.attachments.map((a) => a.id);
  if (new Set(ids).size !== ids.length) return 'attachments: ids must be unique';
  const ivs = [body.sealed.iv, ...body.attachments.map((a) => a.iv)];
  if (new Set(ivs).size !== ivs.length)
    return 'sealed.iv, attachments[].iv: a GCM nonce must never be reused';
  return undefined;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

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
      const problem = clearMetadataProblem(body);
      if (problem !== undefined) return sendError(reply, 400, 'invalid_request', problem);
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
            result = accepted(stored, ctx.store.attachmentsOf(key));
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
            if (body.sealed.keyId !== ctx.cityKey.keyId) {
              return sendError(
                reply,
                422,
                'unknown_key',
                `Sealed to key ${body.sealed.keyId}; this city's key is ${ctx.cityKey.keyId}`,
              );
            }
            let unsealed: Unsealed;
            try {
              unsealed = ctx.cityKey.unseal(body.sealed);
            } catch (error) {
              return sendError(
                reply,
                422,
                'undecryptable',
                `The sealed payload cannot be opened: ${(error as Error).message}`,
              );
            }
            const sealedIds = unsealed.content.attachments.map((a) => a.id);
            if (
              new Set(sealedIds).size !== sealedIds.length ||
              !sameIds(
                sealedIds,
                body.attachments.map((a) => a.id),
              )
            ) {
              return sendError(
                reply,
                422,
                'invalid_request',
                'The sealed attachment ids do not match the declared attachments',
              );
            }
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
              keyId: body.sealed.keyId,
              payloadSha256: unsealed.payloadSha256,
              answersJson: JSON.stringify(unsealed.content.answers),
              contentKey: unsealed.contentKey,
              credentialId: kioskOf(request)?.credentialId ?? null,
            };
            const attachments = body.attachments.map((meta, position): AttachmentRow => {
              const sealed = unsealed.content.attachments.find((a) => a.id === meta.id);
              return {
                idempotencyKey: key,
                attachmentId: meta.id,
                position,
                size: meta.size,
                sha256: meta.sha256,
                iv: meta.iv,
                contentType: sealed?.contentType ?? null,
                label: sealed?.label ?? null,
                offset: 0,
                complete: false,
                undecryptable: false,
                plaintextSha256: null,
                plaintextSize: null,
              };
            });
            ctx.store.insert(row, attachments);
            status = 201;
            result = accepted(row, attachments);
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
