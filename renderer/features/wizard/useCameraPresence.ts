import { useEffect, useState } from 'react';
import { browserCameraSource, type CameraSource } from '../camera/camera-source';

export type CameraPresence = 'checking' | 'present' | 'absent';

/**
 * Whether this kiosk has a camera to photograph documents with. The browser's camera is looked for
 * among the media devices (no permission prompt, no stream opened); a camera source provided some
 * other way (a document camera, a test fake) is taken as present.
 */
export function useCameraPresence(source: CameraSource): CameraPresence {
  const [presence, setPresence] = useState<CameraPresence>(() =>
    source === browserCameraSource ? 'checking' : 'present',
  );
  useEffect(() => {
    if (source !== browserCameraSource) return;
    let active = true;
    const devices = navigator.mediaDevices;
    const found: Promise<boolean> = devices?.enumerateDevices
      ? devices.enumerateDevices().then((list) => list.some((device) => device.kind === 'videoinput'))
      : Promise.resolve(false);
    found.then(
      (present) => active && setPresence(present ? 'present' : 'absent'),
      () => active && setPresence('absent'),
    );
    return () => {
      active = false;
    };
  }, [source]);
  return presence;
}
