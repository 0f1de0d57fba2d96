import type { SubmissionRequest } from '../../shared/api/city-api';
import type { SealedSubmission } from '../outbox/seal';

/**
 * Turns a version-1 request (answers in clear) into a sealed version-2 request
 * with the same ids, so the city's idempotency still recognises it.
 */
export async function resealLegacy(
  legacy: Record<string, unknown>,
  seal: (answers: Record<string, string>) => Promise<SealedSubmission>,
): Promise<SubmissionRequest> {
  const { answers, ...rest } = legacy as { answers?: Record<string, string> } & Omit<
    SubmissionRequest,
    'sealed' | 'attachments'
  >;
  const { sealed } = await seal(answers ?? {});
  return { ...rest, sealed, attachments: [] };
}
