import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ReadQrFrame } from './read-qr-from-video';

/** Pause between two reads: about five frames a second keeps a 2-core kiosk responsive. */
const SCAN_INTERVAL_MS = 200;

/**
 * Reads QR codes from the preview while `enabled`, one frame at a time (never two reads at once),
 * and hands each text to `onText`. Stops when disabled or unmounted.
 */
export function useQrScan(
  videoRef: RefObject<HTMLVideoElement | null>,
  enabled: boolean,
  readFrame: ReadQrFrame,
  onText: (text: string) => void,
) {
  const handle = useEffectEvent(onText);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: number | undefined;
    const tick = async () => {
      const video = videoRef.current;
      const text = video ? await readFrame(video).catch(() => null) : null;
      if (stopped) return;
      if (text !== null) handle(text);
      if (!stopped) timer = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    timer = window.setTimeout(() => void tick(), 0);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [enabled, readFrame, videoRef]);
}
