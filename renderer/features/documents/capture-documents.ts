import type { LocalizedText } from '../../../shared/i18n/localized-text';
import type { Procedure } from '../../../shared/procedures/procedure-schema';

/** A paper the resident photographs at the kiosk. `id` becomes part of attachment ids: [a-z0-9-]. */
export interface CaptureDocument {
  id: string;
  name: LocalizedText;
  /** When it applies ("Khi nộp thay cha mẹ"), shown under the name. */
  condition?: LocalizedText;
  required: boolean;
}

/** The procedure's documents marked `capture`, with ids stable for a catalog version (their position). */
export function captureDocumentsOf(procedure: Pick<Procedure, 'documents'>): CaptureDocument[] {
  return procedure.documents.flatMap((document, index): CaptureDocument[] =>
    document.capture
      ? [
          {
            id: `doc-${index + 1}`,
            name: document.name,
            ...(document.condition ? { condition: document.condition } : {}),
            required: document.capture === 'required',
          },
        ]
      : [],
  );
}

/** Required documents that have no page yet, in the order they are listed. */
export function missingDocuments(
  documents: readonly CaptureDocument[],
  pageCount: (id: string) => number,
): CaptureDocument[] {
  return documents.filter((document) => document.required && pageCount(document.id) === 0);
}
