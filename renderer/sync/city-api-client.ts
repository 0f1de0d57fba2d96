import {
  API_PATHS,
  ApiErrorSchema,
  IDEMPOTENCY_KEY_HEADER,
  SubmissionAcceptedSchema,
  SubmissionStatusSchema,
  statusPath,
  type SubmissionAccepted,
  type SubmissionRequest,
  type SubmissionStatus,
} from '../../shared/api/city-api';
import { parseRetryAfter } from '../../shared/sync/backoff';
import type { DeliveryOutcome } from '../../shared/sync/classify-outcome';

/**
 * HTTP calls to the city API. Every answer is checked against the contract's
 * schemas; anything unexpected becomes an outcome for the classifier, never a throw
 * the sync loop has to guess about.
 */
export type PostResult =
  | { ok: true; accepted: SubmissionAccepted }
  | { ok: false; outcome: DeliveryOutcome; retryAfterMs: number | null };

export interface CityApiClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
}

export class CityApiClient {
  constructor(private readonly options: CityApiClientOptions) {}

  async postSubmission(request: SubmissionRequest): Promise<PostResult> {
    let response: Response;
    try {
      response = await this.request(API_PATHS.submissions, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: request.submissionId },
        body: JSON.stringify(request),
      });
    } catch (error) {
      return { ok: false, outcome: { kind: isTimeout(error) ? 'timeout' : 'network' }, retryAfterMs: null };
    }
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), this.options.now());
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 200 || response.status === 201) {
      const accepted = SubmissionAcceptedSchema.safeParse(body);
      if (accepted.success && accepted.data.submissionId === request.submissionId) {
        return { ok: true, accepted: accepted.data };
      }
      // A success we cannot read is treated as a transient fault: the same key makes a retry safe.
      return { ok: false, outcome: { kind: 'http', status: 502 }, retryAfterMs };
    }
    const apiError = ApiErrorSchema.safeParse(body);
    return {
      ok: false,
      outcome: {
        kind: 'http',
        status: response.status,
        errorCode: apiError.success ? apiError.data.code : undefined,
      },
      retryAfterMs,
    };
  }

  /** Current status of a delivered submission; null when the city does not answer usefully. */
  async getStatus(receiptCode: string): Promise<SubmissionStatus | null> {
    try {
      const response = await this.request(statusPath(receiptCode), { method: 'GET' });
      if (!response.ok) return null;
      const parsed = SubmissionStatusSchema.safeParse(await response.json());
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private request(path: string, init: RequestInit): Promise<Response> {
    return this.options.fetch(this.options.baseUrl + path, {
      ...init,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      cache: 'no-store',
    });
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
