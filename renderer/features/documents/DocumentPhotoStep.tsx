import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlainAttachment } from '../../outbox/seal';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { useLocalized } from '../../i18n/useLocalized';
import { missingDocuments, type CaptureDocument } from './capture-documents';
import { DocumentCapture } from './DocumentCapture';
import { DocumentRow } from './DocumentRow';
import { takePhotoFromVideo, type TakePhoto } from './take-photo';
import { toAttachments } from './to-attachments';
import { useDocumentPages, type PhotosByDocument } from './useDocumentPages';
import './documents.css';

export interface DocumentPhotoStepProps {
  /** The procedure's documents to photograph (captureDocumentsOf(procedure)). */
  documents: readonly CaptureDocument[];
  /** Every page as a JPEG attachment, ready for sealSubmission / buildSubmission. */
  onContinue(attachments: PlainAttachment[]): void;
  onBack?(): void;
  onHome?(): void;
  /** Photos taken earlier in this session (the resident went back and returned). */
  initialPhotos?: PhotosByDocument;
  /** Every change, so the session can keep the photos while the resident moves between steps. */
  onPhotosChange?(photos: PhotosByDocument): void;
  /** Freezes and compresses a frame; tests pass a fake. */
  takePhoto?: TakePhoto;
}

/**
 * "Chụp ảnh giấy tờ": each document with its pages; "Tiếp tục" waits until every required
 * document has at least one page, and says which are missing.
 */
export function DocumentPhotoStep({
  documents,
  onContinue,
  onBack,
  onHome,
  initialPhotos,
  onPhotosChange,
  takePhoto = takePhotoFromVideo,
}: DocumentPhotoStepProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { pages, add, remove } = useDocumentPages(initialPhotos);
  const [capturing, setCapturing] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const reportChange = useEffectEvent((photos: PhotosByDocument) => onPhotosChange?.(photos));
  useEffect(() => reportChange(pages), [pages]);

  const missing = missingDocuments(documents, (id) => pages[id]?.length ?? 0);
  const current = documents.find((document) => document.id === capturing);
  if (current) {
    return (
      <DocumentCapture
        document={current}
        pageNumber={(pages[current.id]?.length ?? 0) + 1}
        takePhoto={takePhoto}
        onKeep={(photo) => {
          add(current.id, photo);
          setCapturing(null);
        }}
        onClose={() => setCapturing(null)}
        onHome={onHome}
      />
    );
  }

  const proceed = async () => {
    setSaving(true);
    try {
      const attachments = await toAttachments(documents, pages, (name, page, total) =>
        t('documents.attachmentLabel', { lng: 'vi', name, page, total }),
      );
      onContinue(attachments);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Screen
      title={t('documents.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <Button
          disabled={missing.length > 0 || saving}
          aria-describedby={missing.length > 0 ? 'documents-missing' : undefined}
          onClick={() => void proceed()}
        >
          {t('documents.continue')}
        </Button>
      }
    >
      <p>{t('documents.intro')}</p>
      <div className="documents">
        {documents.map((document) => (
          <DocumentRow
            key={document.id}
            document={document}
            pages={pages[document.id] ?? []}
            onCapture={() => setCapturing(document.id)}
            onRemove={(key) => remove(document.id, key)}
          />
        ))}
      </div>
      {missing.length > 0 && (
        <p id="documents-missing" className="documents-missing">
          {t('documents.missing', { names: missing.map((document) => localized(document.name)).join('; ') })}
        </p>
      )}
    </Screen>
  );
}
