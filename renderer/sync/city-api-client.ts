import {
  API_PATHS,
  AttachmentStatusSchema,
  attachmentPath,
  type AttachmentStatus,
  IDEMPOTENCY_KEY_HEADER,
  SubmissionAcceptedSchema,
  SubmissionStatusSchema,
  statusPath,
  SurveyAcceptedSchema,
  SURVEYS_PATH,
  type SubmissionAccepted,
  type SubmissionRequest,
  type SubmissionStatus,
  type SurveyRequest,
} from '../../shared/api/city-api';
import {
  AuditBatchAcceptedSchema,
  AuditBatchSchema,
  type AuditBatch,
  type AuditBatchAccepted,
} from '../../shared/api/audit-events';
import { HeartbeatAcceptedSchema, type Heartbeat } from '../../shared/api/heartbeat';
import { AUTHORIZATION_HEADER, bearer } from '../../shared/api/kiosk-auth';
import { parseRetryAfter } from '../../shared/sync/backoff';
import type { DeliveryOutcome } from '../../shared/sync/classify-outcome';
import { httpFailure, transportFailure, type Failed } from './http-outcome';

/**
 * HTTP calls to the city API. Every answer is checked against the contract's
 * schemas; anything unexpected becomes an outcome for the classifier, never a throw
 * the sync loop has to guess about.
 */
export type PostResult =
  | { ok: true; accepted: SubmissionAccepted }
  | { ok: false; outcome: DeliveryOutcome; retryAfterMs: number | null };

export type SurveyPostResult = { ok: true } | Failed;
export type HeartbeatPostResult = { ok: true } | Failed;
export type AuditPostResult = { ok: true; accepted: AuditBatchAccepted } | Failed;

export type AttachmentResult =
  | { ok: true; status: AttachmentStatus }
  | { ok: false; outcome: DeliveryOutcome; retryAfterMs: number | null; offset?: number };

export interface CityApiClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
  /**
   * The kiosk's device credential, sent as `Authorization: Bearer …` on every request
   * (renderer/sync/credential-source.ts). Null while the kiosk is not enrolled: the request goes
   * without it, the city answers 401, and the caller's renewal path enrols.
   */
  credential?: () => Promise<string | null>;
}

export class CityApiClient {
  constructor(private readonly options: CityApiClientOptions) {}

  async postSubmission(request: SubmissionRequest): Promise<PostResult> {
    return this.postIdempotent(API_PATHS.submissions, request.submissionId, request, (body) => {
      const accepted = SubmissionAcceptedSchema.safeParse(body);
      return accepted.success && accepted.data.submissionId === request.submissionId
        ? { ok: true, accepted: accepted.data }
        : undefined;
    });
  }

  /** POSTs an anonymous quick survey with its surveyId as the Idempotency-Key (a replay answers 200). */
  async postSurvey(request: SurveyRequest): Promise<SurveyPostResult> {
    return this.postIdempotent(SURVEYS_PATH, request.surveyId, request, (body) => {
      const accepted = SurveyAcceptedSchema.safeParse(body);
      return accepted.success && accepted.data.surveyId === request.surveyId ? { ok: true } : undefined;
    });
  }

  /** The kiosk's health report (shared/api/heartbeat.ts); not idempotent, the next one supersedes it. */
  async postHeartbeat(heartbeat: Heartbeat): Promise<HeartbeatPostResult> {
    return this.postJson(
      API_PATHS.heartbeats,
      {},
      heartbeat,
      (body) => (HeartbeatAcceptedSchema.safeParse(body).success ? { ok: true } : undefined),
      [200, 201, 202],
    );
  }

  /**
   * A batch of staff audit events (shared/api/audit-events.ts). Idempotent by eventId, so a batch
   * may be sent again as it is after any failure; ok means the city holds every event in it.
   */
  async postAuditEvents(batch: AuditBatch): Promise<AuditPostResult> {
    const checked = AuditBatchSchema.safeParse(batch);
    // A batch the contract refuses would be refused by the city too: say so without a request.
    if (!checked.success) return { ok: false, outcome: { kind: 'http', status: 400 }, retryAfterMs: null };
    return this.postJson(API_PATHS.auditEvents, {}, checked.data, (body) => {
      const accepted = AuditBatchAcceptedSchema.safeParse(body);
      return accepted.success ? { ok: true, accepted: accepted.data } : undefined;
    });
  }

  /** One idempotent POST: the key makes every retry safe. */
  private postIdempotent<Success extends { ok: true }>(
    path: string,
    key: string,
    payload: unknown,
    readSuccess: (body: unknown) => Success | undefined,
  ): Promise<Success | Failed> {
    return this.postJson(path, { [IDEMPOTENCY_KEY_HEADER]: key }, payload, readSuccess);
  }

  /**
   * One JSON POST. A transport failure, a 5xx or a success we cannot read (`readSuccess` gives
   * undefined; treated as a 502) come back as outcomes the caller retries later.
   */
  private async postJson<Success extends { ok: true }>(
    path: string,
    headers: Record<string, string>,
    payload: unknown,
    readSuccess: (body: unknown) => Success | undefined,
    successStatuses: readonly number[] = [200, 201],
  ): Promise<Success | Failed> {
    let response: Response;
    try {
      response = await this.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(payload),
      });
    } catch (error) {
      return transportFailure(error);
    }
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), this.options.now());
    const body: unknown = await response.json().catch(() => undefined);
    if (successStatuses.includes(response.status)) {
      return readSuccess(body) ?? { ok: false, outcome: { kind: 'http', status: 502 }, retryAfterMs };
    }
    return httpFailure(response.status, body, retryAfterMs);
  }

  /** A real probe of the city API: true only when it answers its health check. */
  async probe(): Promise<boolean> {
    try {
      const response = await this.request(API_PATHS.health, { method: 'GET' }, 5_000);
      return response.ok;
    } catch {
      return false;
    }
  }

  /** How much of an attachment the city has; null when it cannot say right now. */
  async attachmentStatus(submissionId: string, attachmentId: string): Promise<AttachmentResult> {
    try {
      const response = await this.request(attachmentPath(submissionId, attachmentId), { method: 'GET' });
      return this.readAttachmentAnswer(response);
    } catch (error) {
      return transportFailure(error);
    }
  }

  /** Sends bytes [start, start + chunk.size) of an attachment of `total` bytes. */
  async putAttachmentChunk(
    submissionId: string,
    attachmentId: string,
    start: number,
    chunk: Blob,
    total: number,
  ): Promise<AttachmentResult> {
    try {
      const response = await this.request(attachmentPath(submissionId, attachmentId), {
        method: 'PUT',
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `bytes ${start}-${start + chunk.size - 1}/${total}`,
        },
        body: chunk,
      });
      return this.readAttachmentAnswer(response);
    } catch (error) {
      return transportFailure(error);
    }
  }

  /**
   * The catalog if it changed since `etag`: 'unchanged' on 304, the raw parsed JSON
   * (not yet validated) on 200, null when unreachable or unreadable.
   */
  async getCatalog(
    etag: string | null,
  ): Promise<{ etag: string | null; body: unknown } | 'unchanged' | null> {
    try {
      const response = await this.request(API_PATHS.catalog, {
        method: 'GET',
        headers: etag ? { 'if-none-match': etag } : {},
      });
      if (response.status === 304) return 'unchanged';
      if (!response.ok) return null;
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text; // invalid JSON still goes to the validator, which rejects and logs it
      }
      return { etag: response.headers.get('ETag'), body };
    } catch {
      return null;
    }
  }

  /** Current status of a delivered submission; null when the city does not answer usefully. */
  async getStatus(receiptCode: string): Promise<SubmissionStatus | null> {
    // Timeouts and network errors are the same to a status pull: ask again next time.
    try {
      const response = await this.request(statusPath(receiptCode), { method: 'GET' });
      if (!response.ok) return null;
      const parsed = SubmissionStatusSchema.safeParse(await response.json());
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async readAttachmentAnswer(response: Response): Promise<AttachmentResult> {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), this.options.now());
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const status = AttachmentStatusSchema.safeParse(body);
      if (status.success) return { ok: true, status: status.data };
      return { ok: false, outcome: { kind: 'http', status: 502 }, retryAfterMs };
    }
    const offset = (body as { offset?: unknown } | undefined)?.offset;
    return {
      ...httpFailure(response.status, body, retryAfterMs),
      // 409 offset_mismatch and 422 attachment_hash_mismatch say where the city's copy stands.
      ...(typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? { offset } : {}),
    };
  }

  private async request(path: string, init: RequestInit, timeoutMs?: number): Promise<Response> {
    const credential = (await this.options.credential?.().catch(() => null)) ?? null;
    const headers = new Headers(init.headers);
    if (credential !== null) headers.set(AUTHORIZATION_HEADER, bearer(credential));
    return this.options.fetch(this.options.baseUrl + path, {
      ...init,
      headers,
      signal: AbortSignal.timeout(timeoutMs ?? this.options.timeoutMs ?? 15_000),
      cache: 'no-store',
    });
  }
}
