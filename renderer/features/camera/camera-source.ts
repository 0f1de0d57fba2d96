import { createContext, useContext } from 'react';

/**
 * Where camera streams come from. The browser's getUserMedia in the kiosk; tests provide a fake
 * (jsdom has no camera), and a kiosk with a document camera could provide another device here.
 */
export interface CameraSource {
  open(constraints: MediaStreamConstraints): Promise<MediaStream>;
}

export const browserCameraSource: CameraSource = {
  open: async (constraints) => {
    // Absent outside a secure context or in a browser built without media support.
    if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no media devices', 'NotFoundError');
    return navigator.mediaDevices.getUserMedia(constraints);
  },
};

export const CameraSourceContext = createContext<CameraSource>(browserCameraSource);

export const useCameraSource = (): CameraSource => useContext(CameraSourceContext);
