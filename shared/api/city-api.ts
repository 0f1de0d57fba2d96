import { z } from 'zod';
import { CatalogSchema } from '../procedures/procedure-schema';

/**
 * The contract the kiosk speaks with the city API. The OpenAPI document in
 * `openapi.json` is generated from these schemas and a test keeps them in step.
 */
export const API_PATHS = {
  health: '/v1/health',
  catalog: '/v1/catalog',
  submissions: '/v1/submissions',
  submissionStatus: '/v1/submissions/{receiptCode}/status',
} as const;

export const statusPath = (receiptCode: string): string =>
  API_PATHS.submissionStatus.replace('{receiptCode}', encodeURIComponent(receiptCode));

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const ReceiptCodeSchema = z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/);
const Uuid = z.uuid();
const Timestamp = z.iso.datetime({ offset: true });

export const HealthResponseSchema = z.object({ status: z.literal('ok'), time: Timestamp });

export const CatalogResponseSchema = CatalogSchema;

/** One resident's application. Answers are keyed `section.question`, all strings. */
export const SubmissionRequestSchema = z.object({
  submissionId: Uuid,
  receiptCode: ReceiptCodeSchema,
  kioskId: z.string().min(1).max(64),
  wardCode: z.string().regex(/^[0-9]{5}$/),
  procedureId: z.string().min(1).max(32),
  procedureVersion: z.number().int().positive(),
  locale: z.enum(['vi', 'en']),
  /** Kiosk clock at submit; may drift while offline, so the server keeps its own receivedAt. */
  submittedAt: Timestamp,
  answers: z.record(z.string(), z.string().max(1000)),
});
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;

export const SubmissionAcceptedSchema = z.object({
  submissionId: Uuid,
  receiptCode: ReceiptCodeSchema,
  status: z.number().int().min(1).max(10),
  receivedAt: Timestamp,
});
export type SubmissionAccepted = z.infer<typeof SubmissionAcceptedSchema>;

export const SubmissionStatusSchema = z.object({
  receiptCode: ReceiptCodeSchema,
  status: z.number().int().min(1).max(10),
  updatedAt: Timestamp,
  /** The official dossier code (mã hồ sơ), once the ward office has received it. */
  dossierCode: z.string().max(40).nullable(),
});
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/** Every error body. `code` is stable and machine-readable; `message` is for logs, not residents. */
export const API_ERROR_CODES = [
  'invalid_request',
  'missing_idempotency_key',
  'idempotency_key_reused',
  'request_in_progress',
  'unknown_procedure',
  'unsupported_procedure_version',
  'not_found',
  'unavailable',
] as const;
export const ApiErrorSchema = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;
