import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { useLocalized } from '../../i18n/useLocalized';
import { CameraPreview } from '../camera/CameraPreview';
import { useCamera } from '../camera/useCamera';
import type { CaptureDocument } from './capture-documents';
import type { CapturedPhoto, TakePhoto } from './take-photo';
import { useBlobImage } from './useBlobImage';

/**
 * Photographs one page: live preview, "Chụp", then the compressed photo to keep or retake. The
 * camera stays on while this screen is shown (so a retake is instant) and goes off when it closes.
 */
export function DocumentCapture({
  document,
  pageNumber,
  takePhoto,
  onKeep,
  onClose,
  onHome,
}: {
  document: CaptureDocument;
  pageNumber: number;
  takePhoto: TakePhoto;
  onKeep(photo: CapturedPhoto): void;
  onClose(): void;
  onHome?(): void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const camera = useCamera('document');
  const [photo, setPhoto] = useState<CapturedPhoto | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const name = localized(document.name);

  const shoot = async () => {
    const video = camera.videoRef.current;
    if (!video) return;
    setBusy(true);
    setFailed(false);
    try {
      setPhoto(await takePhoto(video));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen
      title={t('documents.capture.title', { name, page: pageNumber })}
      onBack={onClose}
      onHome={onHome}
      actions={
        photo ? (
          <>
            <Button variant="secondary" onClick={() => setPhoto(null)}>
              {t('documents.review.retake')}
            </Button>
            <Button onClick={() => onKeep(photo)}>{t('documents.review.keep')}</Button>
          </>
        ) : (
          <Button disabled={camera.state.status !== 'live' || busy} onClick={() => void shoot()}>
            {t('documents.capture.shoot')}
          </Button>
        )
      }
    >
      <p>{t(photo ? 'documents.review.question' : 'documents.capture.instruction')}</p>
      {photo && <PhotoReview photo={photo} alt={t('documents.review.alt', { name, page: pageNumber })} />}
      <div hidden={photo !== null}>
        <CameraPreview camera={camera} label={t('documents.capture.preview')} />
      </div>
      <p role="status" className={failed ? 'documents-status issue-error' : 'documents-status'}>
        {busy ? t('documents.capture.processing') : failed ? t('documents.capture.failed') : ''}
      </p>
    </Screen>
  );
}

function PhotoReview({ photo, alt }: { photo: CapturedPhoto; alt: string }) {
  const ref = useBlobImage(photo.blob);
  return <img ref={ref} className="document-review" alt={alt} width={photo.width} height={photo.height} />;
}
