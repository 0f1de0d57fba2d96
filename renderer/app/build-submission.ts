import type { SubmissionRequest } from '../../shared/api/city-api';
import type { Procedure } from '../../shared/procedures/procedure-schema';
import type { KioskServices } from './services';

/** The request the city will receive, fixed at submit time so every retry sends the same body. */
export function buildSubmission(
  services: Pick<KioskServices, 'config' | 'newId' | 'newReceiptCode' | 'now'>,
  procedure: Procedure,
  answers: Record<string, string>,
  locale: string,
): SubmissionRequest {
  return {
    submissionId: services.newId(),
    receiptCode: services.newReceiptCode(),
    kioskId: services.config.kioskId,
    wardCode: services.config.wardCode,
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    locale: locale === 'en' ? 'en' : 'vi',
    submittedAt: services.now().toISOString(),
    answers,
  };
}
