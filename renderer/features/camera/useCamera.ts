import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { classifyCameraError, type CameraErrorCode } from './camera-error';
import { useCameraSource } from './camera-source';
import { sessionWipe } from '../session/wipe-registry';

/**
 * Turns the camera on while the calling component is mounted, and off when it unmounts, when the
 * page is hidden or unloaded, or on `stop()`. Privacy rule: the camera never stays on behind the
 * resident's back, so every path that ends the preview stops every track, including a stream that
 * arrives after the component has already gone.
 */
export type CameraState =
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream }
  | { status: 'stopped' }
  | { status: 'error'; error: CameraErrorCode };

/** 'scan' reads a small QR code quickly; 'document' asks for the sharpest picture the camera has. */
export type CameraPurpose = 'scan' | 'document';

const CONSTRAINTS: Record<CameraPurpose, MediaTrackConstraints> = {
  scan: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'environment' },
  document: { width: { ideal: 2560 }, height: { ideal: 1440 }, facingMode: 'environment' },
};

export interface CameraHandle {
  state: CameraState;
  /** The preview element; CameraPreview attaches it, frame readers draw from it. */
  videoRef: RefObject<HTMLVideoElement | null>;
  retry(): void;
  stop(): void;
}

export const stopStream = (stream: MediaStream | null | undefined) => {
  for (const track of stream?.getTracks() ?? []) track.stop();
};

export function useCamera(purpose: CameraPurpose): CameraHandle {
  const source = useCameraSource();
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>({ status: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef<MediaStream | null>(null);

  useEffect(() => {
    let active = true;
    let unregisterWipe: () => void = () => undefined;
    const release = () => {
      stopStream(current.current);
      current.current = null;
    };
    source.open({ video: CONSTRAINTS[purpose], audio: false }).then(
      (stream) => {
        // Unmounted (or restarted) while the browser was opening the camera: close it at once.
        if (!active) return stopStream(stream);
        current.current = stream;
        // The session's privacy wipe stops the camera at once, before the screen even unmounts.
        unregisterWipe = sessionWipe.register('camera', () => {
          release();
          if (active) setState({ status: 'stopped' });
        });
        for (const track of stream.getVideoTracks()) {
          // Unplugged, or taken by the system: say so instead of showing a frozen picture.
          track.addEventListener('ended', () => {
            if (active && current.current === stream) {
              release();
              setState({ status: 'error', error: 'failed' });
            }
          });
        }
        setState({ status: 'live', stream });
      },
      (error: unknown) => {
        if (active) setState({ status: 'error', error: classifyCameraError(error) });
      },
    );
    const onHidden = (event: Event) => {
      if (event.type === 'pagehide' || document.visibilityState === 'hidden') {
        release();
        setState({ status: 'stopped' });
      }
    };
    window.addEventListener('pagehide', onHidden);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      active = false;
      window.removeEventListener('pagehide', onHidden);
      document.removeEventListener('visibilitychange', onHidden);
      unregisterWipe();
      release();
    };
  }, [source, purpose, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'starting' });
    setAttempt((n) => n + 1);
  }, []);
  const stop = useCallback(() => {
    stopStream(current.current);
    current.current = null;
    setState({ status: 'stopped' });
  }, []);

  return { state, videoRef, retry, stop };
}
