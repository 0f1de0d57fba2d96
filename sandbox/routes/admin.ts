/**
 * /__sandbox/*: test and demo controls. Never touched by faults. Not part of the
 * city contract; documented in sandbox/README.md.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DossierStatusCodeSchema } from '../../shared/api/dossier-status';
import { validateCatalog } from '../../shared/procedures/validate-catalog';
import type { Catalog } from '../../shared/procedures/procedure-schema';
import type { SandboxContext } from '../context';
import { sendError } from '../errors';
import { FaultConfigSchema } from '../faults';
import { toStatus } from './public';

export const ADMIN_PREFIX = '/__sandbox';

const StatusChangeSchema = z.strictObject({
  status: DossierStatusCodeSchema,
  dossierCode: z.string().min(1).max(40).nullable().optional(),
});

const RetiredVersionsSchema = z.record(z.string(), z.array(z.number().int().positive()));

const problems = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);

export function registerAdminRoutes(
  app: FastifyInstance,
  ctx: SandboxContext,
  initialCatalog: Catalog,
): void {
  app.get(`${ADMIN_PREFIX}/public-key`, async () => ({
    publicKeyPem: ctx.cityKey.publicKeyPem,
    keyId: ctx.cityKey.keyId,
  }));

  app.get(`${ADMIN_PREFIX}/submissions`, async () => ({
    submissions: ctx.store.list().map((row) => ({
      submissionId: row.submissionId,
      idempotencyKey: row.idempotencyKey,
      receiptCode: row.receiptCode,
      procedureId: row.procedureId,
      procedureVersion: row.procedureVersion,
      bodySha256: row.bodySha256,
      status: row.status,
      dossierCode: row.dossierCode,
      receivedAt: row.receivedAt,
      updatedAt: row.updatedAt,
      keyId: row.keyId,
      payloadSha256: row.payloadSha256,
      // Which kiosk credential delivered it (null for rows stored before credentials existed).
      credentialId: row.credentialId,
      // Decrypted by the city; rows from a schema-1 sandbox kept their clear answers in the body.
      answers: (row.answersJson === null
        ? (JSON.parse(row.bodyJson) as { answers?: Record<string, string> }).answers
        : JSON.parse(row.answersJson)) as Record<string, string>,
      attachments: ctx.store.attachmentsOf(row.idempotencyKey).map((a) => ({
        id: a.attachmentId,
        contentType: a.contentType,
        label: a.label,
        size: a.size,
        sha256: a.sha256,
        offset: a.offset,
        complete: a.complete,
        undecryptable: a.undecryptable,
        plaintextSha256: a.plaintextSha256,
        plaintextSize: a.plaintextSize,
      })),
    })),
    counters: { ...ctx.counters, stored: ctx.store.count() },
  }));

  app.post<{ Params: { receiptCode: string } }>(
    `${ADMIN_PREFIX}/submissions/:receiptCode/status`,
    async (request, reply) => {
      const parsed = StatusChangeSchema.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, 'invalid_request', problems(parsed.error).join('; '));
      const row = ctx.store.updateStatus(request.params.receiptCode, {
        ...parsed.data,
        updatedAt: ctx.now().toISOString(),
      });
      if (!row)
        return sendError(
          reply,
          404,
          'not_found',
          `No submission with receipt code ${request.params.receiptCode}`,
        );
      return toStatus(row);
    },
  );

  app.get(`${ADMIN_PREFIX}/faults`, async () => ctx.faults.config);
  app.post(`${ADMIN_PREFIX}/faults`, async (request, reply) => {
    const parsed = FaultConfigSchema.safeParse(request.body ?? {});
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', problems(parsed.error).join('; '));
    ctx.faults.set(parsed.data);
    return ctx.faults.config;
  });
  app.delete(`${ADMIN_PREFIX}/faults`, async () => {
    ctx.faults.reset();
    return ctx.faults.config;
  });

  app.put(`${ADMIN_PREFIX}/retired-versions`, async (request, reply) => {
    const parsed = RetiredVersionsSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'invalid_request', problems(parsed.error).join('; '));
    ctx.catalog.setRetiredVersions(parsed.data);
    return ctx.catalog.retiredVersions;
  });

  const catalogInfo = () => ({
    etag: ctx.catalog.etag,
    raw: ctx.catalog.raw,
    activeVersion: ctx.catalog.active.version,
    retiredVersions: ctx.catalog.retiredVersions,
  });
  app.get(`${ADMIN_PREFIX}/catalog`, async () => catalogInfo());
  app.delete(`${ADMIN_PREFIX}/catalog`, async () => {
    ctx.catalog.setCatalog(initialCatalog);
    ctx.catalog.setRetiredVersions({});
    return catalogInfo();
  });

  // The catalog upload reads raw bytes (any content type), so `?raw=1` can serve exactly what was sent.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.put<{ Querystring: { raw?: string } }>(
      `${ADMIN_PREFIX}/catalog`,
      { bodyLimit: 16 * 1024 * 1024 },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (request.query.raw === '1' || request.query.raw === 'true') {
          ctx.catalog.setRaw(bytes);
          return catalogInfo();
        }
        let json: unknown;
        try {
          json = JSON.parse(bytes.toString('utf8'));
        } catch {
          return sendError(
            reply,
            400,
            'invalid_request',
            'The catalog is not JSON (use ?raw=1 to serve it anyway)',
          );
        }
        const result = validateCatalog(json);
        if (!result.ok) return sendError(reply, 400, 'invalid_request', result.problems.join('; '));
        ctx.catalog.setCatalog(result.catalog);
        return catalogInfo();
      },
    );
  });
}
