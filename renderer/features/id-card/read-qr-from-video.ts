import { drawVideoFrame } from '../camera/video-frame';
import { decodeQr } from './qr-decoder';
import { sessionWipe } from '../session/wipe-registry';

/**
 * Reads a QR code from the current frame of the camera preview. The card's QR is small, so the
 * frame keeps up to 1280 px; one reusable canvas keeps memory flat over a long kiosk uptime.
 * That canvas holds the last frame (the resident's ID card): the session's privacy wipe clears it.
 */
export type ReadQrFrame = (video: HTMLVideoElement) => Promise<string | null>;

const SCAN_LONG_SIDE = 1280;
let canvas: HTMLCanvasElement | undefined;

function scanCanvas(): HTMLCanvasElement {
  const created = document.createElement('canvas');
  // A zero-size canvas drops its pixels; the next frame sizes it again.
  sessionWipe.register('id-card-frame', () => {
    created.width = 0;
    created.height = 0;
  });
  return created;
}

export const readQrFromVideo: ReadQrFrame = async (video) => {
  canvas ??= scanCanvas();
  const frame = drawVideoFrame(video, SCAN_LONG_SIDE, canvas, { willReadFrequently: true });
  const context = frame?.getContext('2d', { willReadFrequently: true });
  if (!frame || !context) return null;
  return decodeQr(context.getImageData(0, 0, frame.width, frame.height));
};
