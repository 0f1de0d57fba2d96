import type { SpeechSegment } from './readable-text';

/**
 * Speaks screen text through the Web Speech API. Only the parts the platform has a voice for are
 * spoken (an English subtitle on a Vietnamese screen is skipped when there is no English voice);
 * `canSpeak` tells the button whether to read or to explain that this kiosk has no voice.
 * The platform pieces are injected, so tests run it with a fake `speechSynthesis`.
 */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  onend: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

export interface SpeechSynthesisLike {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface ReadAloudState {
  readonly speaking: boolean;
  /** Changes when the platform's voices change (they often arrive after the first call). */
  readonly voicesVersion: number;
}

export interface ReadAloud {
  getState(): ReadAloudState;
  subscribe(listener: () => void): () => void;
  /** Whether a voice exists for this language ('vi', 'vi-VN', 'en', …). */
  canSpeak(lang: string): boolean;
  /** Stops what is being read, then reads these segments in order. False when nothing could be read. */
  speak(segments: readonly SpeechSegment[]): boolean;
  stop(): void;
}

/** A little slower than the platform default: many residents are elderly. */
export const SPEECH_RATE = 0.9;

/** 'vi' → 'vi-VN', 'en' → 'en-US'; a tag with a region is kept. */
export function speechLang(lang: string): string {
  const tag = lang.replace('_', '-');
  if (tag.includes('-')) return tag;
  return tag === 'vi' ? 'vi-VN' : tag === 'en' ? 'en-US' : tag;
}

/** The best voice for a language: same tag first, then same language; on-device voices first (no network). */
export function pickVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | undefined {
  const tag = speechLang(lang).toLowerCase();
  const primary = tag.split('-')[0];
  const norm = (v: VoiceLike) => v.lang.replace('_', '-').toLowerCase();
  const rank = (v: VoiceLike) => (norm(v) === tag ? 0 : 2) + (v.localService === false ? 1 : 0);
  return voices
    .filter((v) => norm(v) === tag || norm(v).split('-')[0] === primary)
    .sort((a, b) => rank(a) - rank(b))[0];
}

export function createReadAloud(
  synth: SpeechSynthesisLike | undefined,
  createUtterance: (text: string) => UtteranceLike,
): ReadAloud {
  let state: ReadAloudState = { speaking: false, voicesVersion: 0 };
  let run = 0;
  const listeners = new Set<() => void>();
  const update = (next: Partial<ReadAloudState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  };
  synth?.addEventListener?.('voiceschanged', () => update({ voicesVersion: state.voicesVersion + 1 }));
  const voices = () => {
    try {
      return synth?.getVoices() ?? [];
    } catch {
      return [];
    }
  };

  const stop = () => {
    run++;
    synth?.cancel();
    if (state.speaking) update({ speaking: false });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    canSpeak: (lang) => synth !== undefined && pickVoice(voices(), lang) !== undefined,
    speak(segments) {
      stop();
      if (!synth) return false;
      const all = voices();
      const spoken = segments.flatMap((s) => {
        const voice = pickVoice(all, s.lang);
        return voice ? [{ ...s, voice }] : [];
      });
      if (spoken.length === 0) return false;
      const mine = ++run;
      const finish = () => {
        if (mine === run) stop();
      };
      spoken.forEach(({ text, lang, voice }, i) => {
        const utterance = createUtterance(text);
        utterance.lang = speechLang(lang);
        utterance.voice = voice;
        utterance.rate = SPEECH_RATE;
        // Chromium reports a cancelled utterance as an error; `run` tells ours from stale ones.
        utterance.onerror = finish;
        if (i === spoken.length - 1) utterance.onend = finish;
        synth.speak(utterance);
      });
      update({ speaking: true });
      return true;
    },
    stop,
  };
}
