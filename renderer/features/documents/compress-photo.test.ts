import { describe, expect, it, vi } from 'vitest';
import { compressionPlan, compressPhoto, MAX_PHOTO_BYTES, PhotoTooLargeError } from './compress-photo';

describe('compressionPlan', () => {
  it('spends quality before size, and keeps 1600 px until quality 0.4', () => {
    const plan = compressionPlan(1920);
    expect(plan[0]).toEqual({ longSide: 1920, quality: 0.85 });
    const lastReadable = plan.findIndex((step) => step.longSide === 1600 && step.quality === 0.4);
    expect(lastReadable).toBeGreaterThan(0);
    expect(plan.slice(0, lastReadable + 1).every((step) => step.longSide >= 1600)).toBe(true);
    expect(plan.slice(lastReadable + 1).every((step) => step.longSide < 1600)).toBe(true);
  });

  it('never scales up, caps very large frames at 2400 px, and only goes down', () => {
    expect(compressionPlan(4000)[0]).toEqual({ longSide: 2400, quality: 0.85 });
    for (const source of [640, 1280, 1600, 1920, 2400, 4000]) {
      const plan = compressionPlan(source);
      for (const [i, step] of plan.entries()) {
        expect(step.longSide).toBeLessThanOrEqual(Math.min(source, 2400));
        const previous = plan[i - 1];
        if (previous) {
          expect(step.longSide).toBeLessThanOrEqual(previous.longSide);
          if (step.longSide === previous.longSide) expect(step.quality).toBeLessThan(previous.quality);
        }
      }
    }
    expect(compressionPlan(1280)[0]).toEqual({ longSide: 1280, quality: 0.85 });
  });
});

/** A JPEG size model: bytes grow with pixels and quality; `busy` scales it for a dense page. */
const modelEncoder = (busy: number) =>
  vi.fn(async (longSide: number, quality: number) => {
    const size = Math.round(longSide * longSide * 0.5625 * quality * busy);
    return { size, type: 'image/jpeg' } as Blob;
  });

describe('compressPhoto', () => {
  it('returns the first attempt under the budget, rendering each size once', async () => {
    const render = vi.fn((longSide: number) => longSide);
    const encode = modelEncoder(0.25);
    const result = await compressPhoto(1920, render, encode);
    expect(result.blob.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(result.longSide).toBe(1920);
    expect(result.quality).toBe(0.55);
    expect(render).toHaveBeenCalledTimes(1);
    expect(encode).toHaveBeenCalledTimes(4);
  });

  it('drops to 1600 px for a busy page, never below while 1600 px can fit', async () => {
    const result = await compressPhoto(1920, (side) => side, modelEncoder(0.5));
    expect(result).toMatchObject({ longSide: 1600 });
    expect(result.blob.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
  });

  it('fails clearly when nothing fits', async () => {
    await expect(compressPhoto(1920, (side) => side, modelEncoder(1000))).rejects.toBeInstanceOf(
      PhotoTooLargeError,
    );
  });
});
