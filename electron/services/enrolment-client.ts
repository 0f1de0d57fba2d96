import { API_PATHS, ApiErrorSchema } from '../../shared/api/city-api';
import { EnrolResponseSchema, type EnrolRequest, type EnrolResponse } from '../../shared/api/kiosk-auth';
import { classifyOutcome } from '../../shared/sync/classify-outcome';

/**
 * POST /v1/kiosks/enrol from the main process: trades the enrolment token for a
 * device credential. Every answer becomes one of three outcomes, so the caller
 * never guesses: enrolled, refused (asking again with this token cannot help),
 * or transient (the city was unreachable or busy: ask again later).
 */
export type EnrolOutcome =
  | { ok: true; response: EnrolResponse }
  | { ok: false; kind: 'refused'; status: number; code: string }
  | { ok: false; kind: 'transient'; reason: string };

export type Enrol = (cityApiUrl: string, request: EnrolRequest) => Promise<EnrolOutcome>;

export type EnrolFetch = (url: string, init: RequestInit) => Promise<Response>;

export function createEnrolmentClient(options: { fetch: EnrolFetch; timeoutMs?: number }): Enrol {
  return async (cityApiUrl, request) => {
    let response: Response;
    try {
      response = await options.fetch(cityApiUrl + API_PATHS.enrol, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const timeout =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return { ok: false, kind: 'transient', reason: timeout ? 'timeout' : 'network' };
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 200 || response.status === 201) {
      const parsed = EnrolResponseSchema.safeParse(body);
      // An answer we cannot read: the same kiosk may enrol again with the token until it uses a credential.
      if (parsed.success && parsed.data.kioskId === request.kioskId)
        return { ok: true, response: parsed.data };
      return { ok: false, kind: 'transient', reason: 'unreadable_answer' };
    }
    const error = ApiErrorSchema.safeParse(body);
    const code = error.success ? error.data.code : 'none';
    const decision = classifyOutcome({ kind: 'http', status: response.status, errorCode: code });
    return decision === 'retry'
      ? { ok: false, kind: 'transient', reason: `http_${response.status}` }
      : { ok: false, kind: 'refused', status: response.status, code };
  };
}
