/** Copies the current frame of a playing video into a canvas, scaled down to a longest side. */
export interface FrameSize {
  width: number;
  height: number;
}

/** Keeps the aspect ratio; never scales up. */
export function scaledSize(width: number, height: number, maxLongSide: number): FrameSize {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Null until the video has a frame to draw (it starts a moment after the stream). */
export function drawVideoFrame(
  video: HTMLVideoElement,
  maxLongSide: number,
  canvas: HTMLCanvasElement,
  options?: CanvasRenderingContext2DSettings,
): HTMLCanvasElement | null {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const { width, height } = scaledSize(video.videoWidth, video.videoHeight, maxLongSide);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d', options);
  if (!context) return null;
  context.drawImage(video, 0, 0, width, height);
  return canvas;
}
