import { drawVideoFrame, scaledSize } from '../camera/video-frame';
import { compressPhoto, TOP_LONG_SIDE } from './compress-photo';

/** One photographed page, already compressed to a JPEG within the upload budget. */
export interface CapturedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

export type TakePhoto = (video: HTMLVideoElement) => Promise<CapturedPhoto>;

export class NoFrameError extends Error {
  override readonly name = 'NoFrameError';
}

const toJpeg = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no JPEG'))),
      'image/jpeg',
      quality,
    ),
  );

function scaled(source: HTMLCanvasElement, longSide: number): HTMLCanvasElement {
  const { width, height } = scaledSize(source.width, source.height, longSide);
  if (width === source.width && height === source.height) return source;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return canvas;
}

/** Freezes the preview's current frame and compresses it (see compress-photo.ts for the ladder). */
export const takePhotoFromVideo: TakePhoto = async (video) => {
  const full = drawVideoFrame(video, TOP_LONG_SIDE, document.createElement('canvas'));
  if (!full) throw new NoFrameError('the camera has no picture yet');
  const canvases = [full];
  try {
    const result = await compressPhoto(
      Math.max(full.width, full.height),
      (longSide) => {
        const canvas = scaled(full, longSide);
        canvases.push(canvas);
        return canvas;
      },
      toJpeg,
    );
    return { blob: result.blob, ...scaledSize(full.width, full.height, result.longSide) };
  } finally {
    // Frees the pixel buffers now rather than at the next garbage collection (weeks of uptime).
    for (const canvas of canvases) canvas.width = canvas.height = 0;
  }
};
