import { drawVideoFrame } from '../camera/video-frame';
import { decodeQr } from './qr-decoder';

/**
 * Reads a QR code from the current frame of the camera preview. The card's QR is small, so the
 * frame keeps up to 1280 px; one reusable canvas keeps memory flat over a long kiosk uptime.
 */
export type ReadQrFrame = (video: HTMLVideoElement) => Promise<string | null>;

const SCAN_LONG_SIDE = 1280;
let canvas: HTMLCanvasElement | undefined;

export const readQrFromVideo: ReadQrFrame = async (video) => {
  canvas ??= document.createElement('canvas');
  const frame = drawVideoFrame(video, SCAN_LONG_SIDE, canvas, { willReadFrequently: true });
  const context = frame?.getContext('2d', { willReadFrequently: true });
  if (!frame || !context) return null;
  return decodeQr(context.getImageData(0, 0, frame.width, frame.height));
};
