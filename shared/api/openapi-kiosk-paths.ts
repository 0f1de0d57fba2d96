import { API_PATHS } from './city-api';
import { errorResponse, json, PUBLIC, UNAUTHORIZED } from './openapi-parts';

/** Enrolment, heartbeats and staff audit events: the kiosk-operations part of the OpenAPI document. */
export const kioskOperationPaths = {
  [API_PATHS.enrol]: {
    post: {
      operationId: 'enrolKiosk',
      ...PUBLIC,
      description:
        'Trades the one-time enrolment token from the provisioning file for a device credential. A token ' +
        'binds to the first kioskId that uses it and is spent when that credential is first used; until ' +
        'then the same kiosk may enrol again with it (a lost answer), which replaces the credential.',
      requestBody: { required: true, content: json('EnrolRequest') },
      responses: {
        '201': { description: 'Enrolled', content: json('EnrolResponse') },
        '400': errorResponse('Malformed request'),
        '401': errorResponse('Unknown, spent or foreign token (code `enrolment_refused`)'),
        '503': errorResponse('Temporarily unavailable; retry with backoff'),
      },
    },
  },
  [API_PATHS.heartbeats]: {
    post: {
      operationId: 'postHeartbeat',
      description:
        'Kiosk health every few minutes: versions, queue, storage, error counts. No personal data.',
      requestBody: { required: true, content: json('Heartbeat') },
      responses: {
        '202': { description: 'Recorded', content: json('HeartbeatAccepted') },
        '400': errorResponse('Malformed request or extra fields'),
        ...UNAUTHORIZED,
        '403': errorResponse('The kioskId is not the credential’s kiosk (code `kiosk_mismatch`)'),
        '503': errorResponse('Temporarily unavailable'),
      },
    },
  },
  [API_PATHS.auditEvents]: {
    post: {
      operationId: 'postAuditEvents',
      description:
        'A batch of staff actions, idempotent by eventId: events already held are reported, not stored twice.',
      requestBody: { required: true, content: json('AuditBatch') },
      responses: {
        '200': { description: 'Every event is now held by the city', content: json('AuditBatchAccepted') },
        '400': errorResponse('Malformed batch, extra fields or a repeated eventId'),
        ...UNAUTHORIZED,
        '503': errorResponse('Temporarily unavailable; send the same batch again later'),
      },
    },
  },
};
