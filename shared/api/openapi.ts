import {
  API_PATHS,
  ApiErrorSchema,
  AttachmentStatusSchema,
  CatalogResponseSchema,
  HealthResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  SubmissionAcceptedSchema,
  SubmissionRequestSchema,
  SurveyAcceptedSchema,
  SurveyRequestSchema,
  SubmissionStatusSchema,
} from './city-api';
import { AuditBatchAcceptedSchema, AuditBatchSchema } from './audit-events';
import { HeartbeatAcceptedSchema, HeartbeatSchema } from './heartbeat';
import { EnrolRequestSchema, EnrolResponseSchema } from './kiosk-auth';
import { kioskOperationPaths } from './openapi-kiosk-paths';
import { errorResponse, json, KIOSK_CREDENTIAL, PUBLIC, schema, UNAUTHORIZED } from './openapi-parts';

/**
 * Builds the OpenAPI 3.1 document from the zod schemas, so the document a city
 * integrator reads cannot drift from what the kiosk and the sandbox enforce.
 */

export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Một Cửa Kiosk city API',
      version: '1.0.0',
      description:
        'What a Một Cửa kiosk sends to and reads from the city. Submissions are idempotent: the same ' +
        'Idempotency-Key with the same body returns the stored result; with a different body, 422. ' +
        'Every operation needs the kiosk credential (`Authorization: Bearer …`, from enrolment) except ' +
        'health, the catalog (public information) and enrolment itself.',
    },
    security: [{ [KIOSK_CREDENTIAL]: [] }],
    paths: {
      [API_PATHS.health]: {
        get: {
          operationId: 'getHealth',
          ...PUBLIC,
          responses: { '200': { description: 'Reachable', content: json('Health') } },
        },
      },
      [API_PATHS.catalog]: {
        get: {
          operationId: 'getCatalog',
          ...PUBLIC,
          parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The current catalog',
              headers: { ETag: { schema: { type: 'string' } } },
              content: json('Catalog'),
            },
            '304': { description: 'Unchanged since the ETag given' },
          },
        },
      },
      [API_PATHS.submissions]: {
        post: {
          operationId: 'createSubmission',
          parameters: [
            {
              name: IDEMPOTENCY_KEY_HEADER,
              in: 'header',
              required: true,
              description: 'Kiosk-generated UUID; kept by the city for as long as a kiosk may stay offline.',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: { required: true, content: json('SubmissionRequest') },
          responses: {
            '201': { description: 'Accepted', content: json('SubmissionAccepted') },
            '200': {
              description: 'Replay of an accepted submission (same key, same body)',
              content: json('SubmissionAccepted'),
            },
            '400': errorResponse('Malformed request or missing Idempotency-Key'),
            ...UNAUTHORIZED,
            '409': errorResponse('The same key is being processed right now'),
            '422': errorResponse('Key reused with a different body, or unknown procedure or version'),
            '503': errorResponse('Temporarily unavailable; retry with backoff, honouring Retry-After'),
          },
        },
      },
      [API_PATHS.surveys]: {
        post: {
          operationId: 'createSurvey',
          parameters: [
            {
              name: IDEMPOTENCY_KEY_HEADER,
              in: 'header',
              required: true,
              description: 'The survey id (random UUID); not linked to any submission.',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: { required: true, content: json('SurveyRequest') },
          responses: {
            '201': { description: 'Stored', content: json('SurveyAccepted') },
            '200': { description: 'Replay (same key, same body)', content: json('SurveyAccepted') },
            '400': errorResponse('Malformed request, extra fields, or missing Idempotency-Key'),
            ...UNAUTHORIZED,
            '409': errorResponse('The same key is being processed right now'),
            '422': errorResponse('Key reused with a different body'),
            '503': errorResponse('Temporarily unavailable; retry with backoff, honouring Retry-After'),
          },
        },
      },
      [API_PATHS.attachment]: {
        parameters: [
          { name: 'submissionId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string' } },
        ],
        get: {
          operationId: 'getAttachmentStatus',
          description:
            'How many bytes of the encrypted attachment the city holds; uploads resume from `offset`.',
          responses: {
            '200': { description: 'Upload position', content: json('AttachmentStatus') },
            ...UNAUTHORIZED,
            '404': errorResponse('No such submission or attachment'),
          },
        },
        put: {
          operationId: 'putAttachmentChunk',
          description:
            'Appends one chunk of the encrypted attachment at `start`. When the last byte arrives the city checks ' +
            'the SHA-256 declared in the submission.',
          parameters: [
            {
              name: 'Content-Range',
              in: 'header',
              required: true,
              schema: { type: 'string', pattern: '^bytes [0-9]+-[0-9]+/[0-9]+$' },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          responses: {
            '200': { description: 'Accepted; the new position', content: json('AttachmentStatus') },
            ...UNAUTHORIZED,
            '404': errorResponse('No such submission or attachment'),
            '409': errorResponse(
              '`start` is not the current offset; the body carries `offset` to resume from',
            ),
            '422': errorResponse(
              'The assembled bytes do not match the declared SHA-256; the upload restarts at 0',
            ),
            '503': errorResponse('Temporarily unavailable; retry with backoff'),
          },
        },
      },
      [API_PATHS.submissionStatus]: {
        get: {
          operationId: 'getSubmissionStatus',
          parameters: [{ name: 'receiptCode', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Current status', content: json('SubmissionStatus') },
            ...UNAUTHORIZED,
            '404': errorResponse('No such receipt code'),
          },
        },
      },
      ...kioskOperationPaths,
    },
    components: {
      securitySchemes: {
        [KIOSK_CREDENTIAL]: {
          type: 'http',
          scheme: 'bearer',
          description: 'The device credential from POST /v1/kiosks/enrol; revocable by the city.',
        },
      },
      schemas: {
        AttachmentStatus: schema(AttachmentStatusSchema),
        Health: schema(HealthResponseSchema),
        Catalog: schema(CatalogResponseSchema),
        SubmissionRequest: schema(SubmissionRequestSchema),
        SubmissionAccepted: schema(SubmissionAcceptedSchema),
        SubmissionStatus: schema(SubmissionStatusSchema),
        SurveyRequest: schema(SurveyRequestSchema),
        SurveyAccepted: schema(SurveyAcceptedSchema),
        ApiError: schema(ApiErrorSchema),
        EnrolRequest: schema(EnrolRequestSchema),
        EnrolResponse: schema(EnrolResponseSchema),
        Heartbeat: schema(HeartbeatSchema),
        HeartbeatAccepted: schema(HeartbeatAcceptedSchema),
        AuditBatch: schema(AuditBatchSchema),
        AuditBatchAccepted: schema(AuditBatchAcceptedSchema),
      },
    },
  };
}
