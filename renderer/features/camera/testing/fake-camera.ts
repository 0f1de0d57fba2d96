import type { CameraSource } from '../camera-source';

/**
 * A camera for component tests (jsdom has none): hands out fake streams, can refuse with a
 * getUserMedia error, can hold the answer back, and reports which tracks are still running.
 */
class FakeTrack extends EventTarget {
  readonly kind = 'video';
  readyState: 'live' | 'ended' = 'live';
  stop() {
    this.readyState = 'ended';
  }
  /** The device went away (unplugged): the browser ends the track without stop(). */
  unplug() {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export interface FakeCamera {
  source: CameraSource;
  /** How many times the camera was asked for. */
  readonly opens: number;
  readonly tracks: readonly FakeTrack[];
  /** Tracks not yet stopped: the privacy invariant is that this is 0 once the preview is gone. */
  liveTracks(): number;
  /** The next open() fails with this DOMException name (e.g. 'NotAllowedError'). */
  failNext(name: string): void;
  /** The next open() waits until release() is called. */
  holdNext(): { release(): void };
}

export function fakeCamera(): FakeCamera {
  const tracks: FakeTrack[] = [];
  let opens = 0;
  let failure: string | null = null;
  let gate: Promise<void> | null = null;
  const source: CameraSource = {
    open: async () => {
      opens++;
      const failWith = failure;
      failure = null;
      const wait = gate;
      gate = null;
      if (wait) await wait;
      if (failWith) throw new DOMException('refused', failWith);
      const track = new FakeTrack();
      tracks.push(track);
      return {
        id: `stream-${opens}`,
        getTracks: () => [track],
        getVideoTracks: () => [track],
      } as unknown as MediaStream;
    },
  };
  return {
    source,
    get opens() {
      return opens;
    },
    tracks,
    liveTracks: () => tracks.filter((track) => track.readyState === 'live').length,
    failNext: (name) => {
      failure = name;
    },
    holdNext: () => {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return { release: () => release() };
    },
  };
}
