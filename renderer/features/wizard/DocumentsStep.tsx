import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraSourceContext, useCameraSource, type CameraSource } from '../camera/camera-source';
import type { CaptureDocument } from '../documents/capture-documents';
import { DocumentPhotoStep } from '../documents/DocumentPhotoStep';
import type { TakePhoto } from '../documents/take-photo';
import type { PhotosByDocument } from '../documents/useDocumentPages';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { useCameraPresence } from './useCameraPresence';

/**
 * The wizard's photo step: DocumentPhotoStep when the kiosk has a camera. A kiosk without a working
 * camera must still take applications, so then (no camera found, or the camera cannot be opened:
 * missing, not allowed, broken) the resident is told to bring the papers to the office and may go
 * on: required photos become "bring the original".
 */
export function DocumentsStep({
  documents,
  photos,
  onPhotosChange,
  onContinue,
  onBack,
  onHome,
  takePhoto,
}: {
  documents: readonly CaptureDocument[];
  photos: PhotosByDocument;
  onPhotosChange: (photos: PhotosByDocument) => void;
  /** `onPaper`: no photos could be taken here; the papers come to the office instead. */
  onContinue: (onPaper: boolean) => void;
  onBack: () => void;
  onHome: () => void;
  takePhoto?: TakePhoto;
}) {
  const source = useCameraSource();
  const presence = useCameraPresence(source);
  const [missingCamera, setMissingCamera] = useState(false);
  // The same camera, but a camera that cannot be opened switches this step to the paper path.
  const watched = useMemo<CameraSource>(
    () => ({
      open: (constraints) =>
        source.open(constraints).catch((error: unknown) => {
          setMissingCamera(true);
          throw error;
        }),
    }),
    [source],
  );

  if (presence === 'checking') return null;
  if (presence === 'absent' || missingCamera) {
    return (
      <BringOriginals
        documents={documents}
        onContinue={() => onContinue(true)}
        onBack={onBack}
        onHome={onHome}
      />
    );
  }
  return (
    <CameraSourceContext.Provider value={watched}>
      <DocumentPhotoStep
        documents={documents}
        initialPhotos={photos}
        onPhotosChange={onPhotosChange}
        onContinue={() => onContinue(false)}
        onBack={onBack}
        onHome={onHome}
        {...(takePhoto ? { takePhoto } : {})}
      />
    </CameraSourceContext.Provider>
  );
}

function BringOriginals({
  documents,
  onContinue,
  onBack,
  onHome,
}: {
  documents: readonly CaptureDocument[];
  onContinue: () => void;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Screen
      title={t('wizard.documents.noCameraTitle')}
      onBack={onBack}
      onHome={onHome}
      actions={<Button onClick={onContinue}>{t('wizard.continue')}</Button>}
    >
      <p className="lead">{t('wizard.documents.noCamera')}</p>
      <ul className="documents-on-paper">
        {documents.map((document) => (
          <li key={document.id}>
            {localized(document.name)}{' '}
            <span className="hint">
              {t(document.required ? 'wizard.documents.bringOriginal' : 'wizard.documents.bringIfAny')}
            </span>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
