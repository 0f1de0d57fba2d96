import type { SpeechSynthesisLike, UtteranceLike, VoiceLike } from './read-aloud';

/**
 * A stand-in for `window.speechSynthesis` in tests: records what would be said, and lets the test
 * finish utterances (or have the platform add voices) when it chooses.
 */
export class FakeSpeechSynthesis implements SpeechSynthesisLike {
  queue: UtteranceLike[] = [];
  spoken: UtteranceLike[] = [];
  cancels = 0;
  private voices: VoiceLike[];
  private voicesChanged = new Set<() => void>();

  constructor(voices: VoiceLike[] = []) {
    this.voices = voices;
  }

  getVoices(): readonly VoiceLike[] {
    return this.voices;
  }

  speak(utterance: UtteranceLike): void {
    this.queue.push(utterance);
    this.spoken.push(utterance);
  }

  /** Like Chromium: pending utterances end with an "interrupted" error. */
  cancel(): void {
    this.cancels++;
    const dropped = this.queue;
    this.queue = [];
    for (const utterance of dropped) utterance.onerror?.({ error: 'interrupted' } as never);
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.voicesChanged.add(listener);
  }

  /** The platform finishes the utterance at the head of the queue. */
  finishOne(): void {
    const utterance = this.queue.shift();
    utterance?.onend?.({} as never);
  }

  finishAll(): void {
    while (this.queue.length > 0) this.finishOne();
  }

  setVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const listener of this.voicesChanged) listener();
  }

  texts(): string[] {
    return this.spoken.map((u) => u.text);
  }
}

export function fakeUtterance(text: string): UtteranceLike {
  return { text, lang: '', voice: null, rate: 1, onend: null, onerror: null };
}

export const VI_VOICE: VoiceLike = { name: 'Tiếng Việt', lang: 'vi-VN', localService: true };
export const EN_VOICE: VoiceLike = { name: 'English', lang: 'en-US', localService: true };
