/**
 * Resumable attachment uploads for a stored submission:
 * GET  /v1/submissions/:submissionId/attachments/:attachmentId → AttachmentStatus
 * PUT  same path, `Content-Range: bytes <start>-<end>/<total>`, octet-stream chunk
 *      → appended at `start` if it equals the committed offset (else 409 with the
 *      offset to resume from). When the last byte arrives the blob's SHA-256 is
 *      checked against the declaration (mismatch → 422 and the upload starts over
 *      at 0), then it is decrypted with the submission's AES key.
 * Every handler is synchronous after the fault hooks, so two PUTs for the same
 * attachment can never interleave.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { API_PATHS, type ApiError, type AttachmentStatus } from '../../shared/api/city-api';
import { decryptGcm } from '../city-key';
import type { SandboxContext } from '../context';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf } from '../fault-hooks';
import type { AttachmentProgress, AttachmentRow } from '../store';

/** `{submissionId}`/`{attachmentId}` in the contract's path template → fastify's `:name`. */
export const ATTACHMENT_ROUTE = API_PATHS.attachment
  .replace('{submissionId}', ':submissionId')
  .replace('{attachmentId}', ':attachmentId');

type Params = { submissionId: string; attachmentId: string };

export interface ContentRange {
  start: number;
  /** Inclusive. */
  end: number;
  total: number;
}

/** `bytes <start>-<end>/<total>` (RFC 9110 §14.4); undefined for anything else, including `*` forms. */
export function parseContentRange(header: string | string[] | undefined): ContentRange | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^bytes ([0-9]{1,12})-([0-9]{1,12})\/([0-9]{1,12})$/.exec(header.trim());
  if (!match) return undefined;
  const [start, end, total] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (end < start || end >= total) return undefined;
  return { start, end, total };
}

const statusOf = (row: AttachmentRow): AttachmentStatus => ({
  offset: row.offset,
  size: row.size,
  complete: row.complete,
});

/** An ApiError that also tells the client where the upload stands. */
function sendErrorWithOffset(
  reply: FastifyReply,
  status: number,
  code: ApiError['code'],
  message: string,
  offset: number,
): FastifyReply {
  const body: ApiError & { offset: number } = { code, message, offset };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function registerAttachmentRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const find = (params: Params) => {
    // The idempotency key (= submissionId) is stored lower-case.
    const key = params.submissionId.toLowerCase();
    return { key, row: ctx.store.findAttachment(key, params.attachmentId) };
  };
  const unknown = (reply: FastifyReply, params: Params) =>
    sendError(
      reply,
      404,
      'unknown_attachment',
      `No attachment ${params.attachmentId} declared for submission ${params.submissionId}`,
    );

  app.get<{ Params: Params }>(ATTACHMENT_ROUTE, async (request, reply) => {
    const { row } = find(request.params);
    if (!row) return unknown(reply, request.params);
    return statusOf(row);
  });

  /** The blob is all there: check its hash, then open it. Returns undefined on a hash mismatch (upload reset). */
  const finish = (key: string, row: AttachmentRow): AttachmentRow | undefined => {
    const blob = ctx.files.read(key, row.attachmentId, row.size);
    if (createHash('sha256').update(blob).digest('hex') !== row.sha256) {
      ctx.store.updateAttachment(key, row.attachmentId, {
        offset: 0,
        complete: false,
        undecryptable: false,
        plaintextSha256: null,
        plaintextSize: null,
      });
      ctx.files.remove(key, row.attachmentId);
      return undefined;
    }
    let result: AttachmentProgress;
    try {
      const contentKey = ctx.store.findByKey(key)?.contentKey;
      if (!contentKey) throw new Error('no content key stored for this submission');
      const plaintext = decryptGcm(contentKey, Buffer.from(row.iv, 'base64'), blob);
      result = {
        offset: row.size,
        complete: true,
        undecryptable: false,
        plaintextSha256: createHash('sha256').update(plaintext).digest('hex'),
        plaintextSize: plaintext.length,
      };
    } catch {
      // The bytes are exactly what the kiosk declared, so the kiosk sealed them wrongly:
      // record it for the admin view; a retry cannot help, so the upload counts as complete.
      result = {
        offset: row.size,
        complete: true,
        undecryptable: true,
        plaintextSha256: null,
        plaintextSize: null,
      };
    }
    return ctx.store.updateAttachment(key, row.attachmentId, result);
  };

  app.put<{ Params: Params }>(
    ATTACHMENT_ROUTE,
    {
      // Counted on arrival, before any fault, like POST /v1/submissions.
      onRequest: async () => {
        ctx.counters.attachmentPuts++;
      },
    },
    async (request, reply) => {
      const { key, row } = find(request.params);
      if (!row) return unknown(reply, request.params);
      const range = parseContentRange(request.headers['content-range']);
      if (!range) {
        return sendError(
          reply,
          400,
          'invalid_request',
          'Content-Range must be `bytes <start>-<end>/<total>` with start ≤ end < total',
        );
      }
      if (range.total !== row.size) {
        return sendError(
          reply,
          400,
          'invalid_request',
          `Content-Range total ${range.total} is not the declared size ${row.size}`,
        );
      }
      let result: AttachmentRow;
      if (row.complete) {
        // Idempotent: the client may be retrying a chunk whose answer it never got.
        result = row;
      } else {
        const bytes = Buffer.isBuffer(request.body) ? request.body : undefined;
        if (!bytes || bytes.length !== range.end - range.start + 1) {
          return sendError(
            reply,
            400,
            'invalid_request',
            `The body (application/octet-stream) must hold exactly the ${range.end - range.start + 1} bytes of its Content-Range`,
          );
        }
        if (range.start !== row.offset) {
          ctx.counters.offsetMismatches++;
          return sendErrorWithOffset(
            reply,
            409,
            'offset_mismatch',
            `Chunk starts at ${range.start}, the upload is at ${row.offset}`,
            row.offset,
          );
        }
        // Bytes first (fsynced), then the offset (the commit point): see attachment-files.ts.
        ctx.files.writeAt(key, row.attachmentId, range.start, bytes);
        const offset = range.end + 1;
        if (offset < row.size) {
          result = ctx.store.updateAttachment(key, row.attachmentId, {
            offset,
            complete: false,
            undecryptable: false,
            plaintextSha256: null,
            plaintextSize: null,
          });
        } else {
          const finished = finish(key, row);
          if (!finished) {
            ctx.counters.hashMismatches++;
            return sendErrorWithOffset(
              reply,
              422,
              'attachment_hash_mismatch',
              'The uploaded bytes do not match the declared sha256; the upload starts again at 0',
              0,
            );
          }
          result = finished;
        }
      }
      // Committed (or already complete), then the answer is lost: the client must find the real offset.
      if (faultPlanOf(request).commitThenDrop) {
        dropConnection(request, reply, false);
        return reply;
      }
      return reply.code(200).send(statusOf(result));
    },
  );
}
