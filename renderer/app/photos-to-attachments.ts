import type { CaptureDocument } from '../features/documents/capture-documents';
import { toAttachments } from '../features/documents/to-attachments';
import type { PhotosByDocument } from '../features/documents/useDocumentPages';
import type { PlainAttachment } from '../outbox/seal';

/** The session's photos as the files buildSubmission seals: one JPEG per page, in the order shown. */
export function photosToAttachments(
  documents: readonly CaptureDocument[],
  photos: PhotosByDocument,
  label: (name: string, page: number, total: number) => string,
): Promise<PlainAttachment[]> {
  const pages = Object.fromEntries(
    Object.entries(photos).map(([id, list]) => [
      id,
      list.map((photo, i) => ({ ...photo, key: `${id}-${i}` })),
    ]),
  );
  return toAttachments(documents, pages, label);
}
