import type { SubmissionRequest } from '../../shared/api/city-api';
import type { Procedure } from '../../shared/procedures/procedure-schema';
import { sealSubmission, type PlainAttachment } from '../outbox/seal';
import type { AttachmentMeta } from '../../shared/api/sealed-payload';
import type { KioskServices } from './services';

/**
 * The request the city will receive, fixed at submit time so every retry sends
 * the same body. Answers and attachments are sealed here, before anything is stored.
 */
export async function buildSubmission(
  services: Pick<KioskServices, 'config' | 'cityKey' | 'newId' | 'newReceiptCode' | 'now'>,
  procedure: Procedure,
  answers: Record<string, string>,
  locale: string,
  files: readonly PlainAttachment[] = [],
): Promise<{ request: SubmissionRequest; attachments: { meta: AttachmentMeta; blob: Blob }[] }> {
  const { sealed, attachments } = await sealSubmission(services.cityKey, { answers }, files);
  return {
    request: {
      submissionId: services.newId(),
      receiptCode: services.newReceiptCode(),
      kioskId: services.config.kioskId,
      wardCode: services.config.wardCode,
      procedureId: procedure.id,
      procedureVersion: procedure.version,
      locale: locale === 'en' ? 'en' : 'vi',
      submittedAt: services.now().toISOString(),
      sealed,
      attachments: attachments.map((a) => a.meta),
    },
    attachments,
  };
}
