/**
 * Fits a document photo under the upload budget while keeping it readable. Text stays legible at
 * about 1600 px on the long side even at modest JPEG quality, so quality is spent before size:
 * first the camera's own size (up to 2400 px) at falling quality, then 1600 px, and only for a
 * page so busy that 1600 px at quality 0.4 is still too big, smaller sizes as a last resort.
 */
/** 300 KB read strictly (300,000 bytes), so it holds whether the budget means kB or KiB. */
export const MAX_PHOTO_BYTES = 300_000;
export const READABLE_LONG_SIDE = 1600;
export const TOP_LONG_SIDE = 2400;

export interface CompressionStep {
  longSide: number;
  quality: number;
}

const LADDER: readonly { longSide: number; qualities: readonly number[] }[] = [
  { longSide: TOP_LONG_SIDE, qualities: [0.85, 0.75, 0.65, 0.55] },
  { longSide: READABLE_LONG_SIDE, qualities: [0.7, 0.6, 0.5, 0.4] },
  { longSide: 1280, qualities: [0.5, 0.4] },
  { longSide: 1024, qualities: [0.5, 0.4] },
  { longSide: 800, qualities: [0.45, 0.35] },
];

/** The attempts in order, for a source whose long side is `sourceLongSide` (never scaled up). */
export function compressionPlan(sourceLongSide: number): CompressionStep[] {
  const steps: CompressionStep[] = [];
  for (const rung of LADDER) {
    const longSide = Math.min(rung.longSide, Math.max(1, Math.round(sourceLongSide)));
    for (const quality of rung.qualities) {
      // A smaller source collapses several rungs onto one size: only ever go down in quality there.
      const last = steps.at(-1);
      if (last && last.longSide === longSide && quality >= last.quality) continue;
      steps.push({ longSide, quality });
    }
  }
  return steps;
}

export interface CompressedPhoto {
  blob: Blob;
  longSide: number;
  quality: number;
  attempts: number;
}

export class PhotoTooLargeError extends Error {
  override readonly name = 'PhotoTooLargeError';
}

/**
 * Runs the plan: `render` gives the picture at a long side (called once per size), `encode` turns
 * it into a JPEG at a quality. Returns the first result within `maxBytes`.
 */
export async function compressPhoto<Picture>(
  sourceLongSide: number,
  render: (longSide: number) => Picture,
  encode: (picture: Picture, quality: number) => Promise<Blob>,
  maxBytes = MAX_PHOTO_BYTES,
): Promise<CompressedPhoto> {
  let attempts = 0;
  let rendered: { longSide: number; picture: Picture } | undefined;
  for (const step of compressionPlan(sourceLongSide)) {
    if (rendered?.longSide !== step.longSide)
      rendered = { longSide: step.longSide, picture: render(step.longSide) };
    attempts++;
    const blob = await encode(rendered.picture, step.quality);
    if (blob.size <= maxBytes) return { blob, longSide: step.longSide, quality: step.quality, attempts };
  }
  throw new PhotoTooLargeError(`no JPEG under ${maxBytes} bytes after ${attempts} attempts`);
}
