import { z } from 'zod';
import { CatalogSchema } from '../procedures/procedure-schema';
import {
  SatisfactionLevelSchema,
  SURVEY_QUESTIONS,
  SurveyQuestionIdSchema,
} from '../survey/survey-definition';
import { isWholeHour } from '../survey/survey-timing';
import { AttachmentMetaSchema, SealedPayloadSchema } from './sealed-payload';

/**
 * The contract the kiosk speaks with the city API. The OpenAPI document in
 * `openapi.json` is generated from these schemas and a test keeps them in step.
 */
export const API_PATHS = {
  health: '/v1/health',
  catalog: '/v1/catalog',
  submissions: '/v1/submissions',
  submissionStatus: '/v1/submissions/{receiptCode}/status',
  attachment: '/v1/submissions/{submissionId}/attachments/{attachmentId}',
  surveys: '/v1/surveys',
  enrol: '/v1/kiosks/enrol',
  heartbeats: '/v1/heartbeats',
  auditEvents: '/v1/audit-events',
} as const;

/**
 * Answered without a credential: health (a connectivity probe that says nothing), the catalog
 * (public information, the same as on the national portal) and enrolment (the token is the proof).
 * Every other route needs `Authorization: Bearer <credential>` (kiosk-auth.ts).
 */
export const PUBLIC_API_PATHS: ReadonlySet<string> = new Set([
  API_PATHS.health,
  API_PATHS.catalog,
  API_PATHS.enrol,
]);

export const statusPath = (receiptCode: string): string =>
  API_PATHS.submissionStatus.replace('{receiptCode}', encodeURIComponent(receiptCode));

export const attachmentPath = (submissionId: string, attachmentId: string): string =>
  API_PATHS.attachment
    .replace('{submissionId}', encodeURIComponent(submissionId))
    .replace('{attachmentId}', encodeURIComponent(attachmentId));

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const ReceiptCodeSchema = z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/);
const Uuid = z.uuid();
const Timestamp = z.iso.datetime({ offset: true });

export const HealthResponseSchema = z.object({ status: z.literal('ok'), time: Timestamp });

export const CatalogResponseSchema = CatalogSchema;

/**
 * One resident's application. The answers and attachments are sealed to the city's
 * key (see sealed-payload.ts); everything in clear here is metadata without personal data.
 */
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
  sealed: SealedPayloadSchema,
  attachments: z.array(AttachmentMetaSchema).max(20),
});
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;

export const SubmissionAcceptedSchema = z.object({
  submissionId: Uuid,
  receiptCode: ReceiptCodeSchema,
  status: z.number().int().min(1).max(10),
  receivedAt: Timestamp,
  /** Ids of declared attachments the city does not have in full yet. */
  missingAttachments: z.array(z.string()),
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

/** Where an attachment upload stands; uploads resume from `offset`. */
export const AttachmentStatusSchema = z.object({
  offset: z.number().int().min(0),
  size: z.number().int().positive(),
  complete: z.boolean(),
});
export type AttachmentStatus = z.infer<typeof AttachmentStatusSchema>;

/** The anonymous quick survey (shared/survey): POST with the surveyId as Idempotency-Key. */
export const SURVEYS_PATH = API_PATHS.surveys;

/**
 * One resident's quick-survey answers. Anonymous by construction: no receipt code,
 * submission id or session link, and the only time is the hour it was answered in.
 * Strict, so a body carrying anything more is refused rather than silently stored.
 */
export const SurveyRequestSchema = z.strictObject({
  surveyId: Uuid,
  kioskId: z.string().min(1).max(64),
  wardCode: z.string().regex(/^[0-9]{5}$/),
  procedureId: z.string().min(1).max(32),
  locale: z.enum(['vi', 'en']),
  /** The start of the hour the survey was answered in. */
  answeredHour: Timestamp.refine(isWholeHour, 'must be a whole hour'),
  answers: z
    .array(z.strictObject({ questionId: SurveyQuestionIdSchema, level: SatisfactionLevelSchema }))
    .min(1)
    .max(SURVEY_QUESTIONS.length)
    .refine(
      (answers) => new Set(answers.map((a) => a.questionId)).size === answers.length,
      'one answer per question',
    ),
});
export type SurveyRequest = z.infer<typeof SurveyRequestSchema>;

export const SurveyAcceptedSchema = z.object({ surveyId: Uuid });
export type SurveyAccepted = z.infer<typeof SurveyAcceptedSchema>;

/** Every error body. `code` is stable and machine-readable; `message` is for logs, not residents. */
export const API_ERROR_CODES = [
  'invalid_request',
  'missing_idempotency_key',
  'idempotency_key_reused',
  'request_in_progress',
  'unknown_procedure',
  'unsupported_procedure_version',
  'undecryptable',
  'unknown_key',
  'unknown_attachment',
  'offset_mismatch',
  'attachment_hash_mismatch',
  'not_found',
  'unavailable',
  // No, an unknown, or a revoked credential (401).
  'unauthorized',
  // An enrolment token that is unknown, used up, or bound to another kiosk (401).
  'enrolment_refused',
  // The body names another kiosk than the credential's (403).
  'kiosk_mismatch',
] as const;
export const ApiErrorSchema = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;
