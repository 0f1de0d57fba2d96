import { pickLocalized } from '../../../shared/i18n/localized-text';
import type { PlainAttachment } from '../../outbox/seal';
import type { CaptureDocument } from './capture-documents';
import type { PagesByDocument } from './useDocumentPages';

/** AttachmentMeta ids are [a-z0-9-]{1,40}. */
const safeId = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 30) || 'doc';

/**
 * The photographed pages as the outbox seals them: one JPEG attachment per page, numbered in the
 * order shown, labelled in Vietnamese for the ward officer (`label` travels inside the seal).
 */
export async function toAttachments(
  documents: readonly CaptureDocument[],
  pages: PagesByDocument,
  label: (name: string, page: number, total: number) => string,
): Promise<PlainAttachment[]> {
  const files = documents.flatMap((document) => {
    const list = pages[document.id] ?? [];
    return list.map((page, index) => ({
      id: `${safeId(document.id)}-${index + 1}`,
      label: label(pickLocalized(document.name, 'vi'), index + 1, list.length).slice(0, 200),
      blob: page.blob,
    }));
  });
  return Promise.all(
    files.map(async ({ id, label: text, blob }) => ({
      id,
      contentType: 'image/jpeg',
      label: text,
      bytes: new Uint8Array(await blob.arrayBuffer()),
    })),
  );
}
