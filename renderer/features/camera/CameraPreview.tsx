import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CAMERA_ERROR_KEYS } from './camera-error';
import type { CameraHandle } from './useCamera';
import './camera.css';

/**
 * The live picture of a camera handle, with what the resident needs when there is none: a
 * "turning on" line, or a translated reason and a retry button.
 */
export function CameraPreview({ camera, label }: { camera: CameraHandle; label: string }) {
  const { t } = useTranslation();
  const { state, videoRef } = camera;
  const stream = state.status === 'live' ? state.stream : null;

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !stream) return;
    video.srcObject = stream;
    // Autoplay of a muted stream is allowed; a rejected play() only means no picture yet.
    void Promise.resolve(video.play()).catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [stream, videoRef]);

  return (
    <div className="camera" data-status={state.status}>
      <video ref={videoRef} className="camera-video" aria-label={label} muted playsInline autoPlay />
      {state.status === 'starting' && (
        <p className="camera-message" role="status">
          {t('camera.starting')}
        </p>
      )}
      {state.status === 'stopped' && (
        <div className="camera-message">
          <p>{t('camera.stopped')}</p>
          <Button onClick={camera.retry}>{t('camera.turnOn')}</Button>
        </div>
      )}
      {state.status === 'error' && (
        <div className="camera-message camera-error" role="alert">
          <p>{t(CAMERA_ERROR_KEYS[state.error])}</p>
          <Button onClick={camera.retry}>{t('camera.retry')}</Button>
        </div>
      )}
    </div>
  );
}
