import { describe, expect, it, vi } from 'vitest';
import { EN_VOICE, FakeSpeechSynthesis, VI_VOICE, fakeUtterance } from './fake-speech-synthesis';
import { SPEECH_RATE, createReadAloud, pickVoice, speechLang } from './read-aloud';

describe('speechLang and pickVoice', () => {
  it('maps the app languages to speech tags', () => {
    expect(speechLang('vi')).toBe('vi-VN');
    expect(speechLang('en')).toBe('en-US');
    expect(speechLang('en_GB')).toBe('en-GB');
  });

  it('prefers the exact tag, then the same language, and on-device voices over network ones', () => {
    const network = { name: 'Google tiếng Việt', lang: 'vi-VN', localService: false };
    const local = { name: 'Linh', lang: 'vi_VN', localService: true };
    const british = { name: 'Daniel', lang: 'en-GB' };
    expect(pickVoice([network, local], 'vi')).toBe(local);
    expect(pickVoice([british], 'en')).toBe(british);
    expect(pickVoice([british, EN_VOICE], 'en')).toBe(EN_VOICE);
    expect(pickVoice([EN_VOICE], 'vi')).toBeUndefined();
  });
});

describe('createReadAloud', () => {
  it('speaks each segment with its language voice, slower than default, and reports speaking until the end', () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE, EN_VOICE]);
    const reader = createReadAloud(synth, fakeUtterance);
    const listener = vi.fn();
    reader.subscribe(listener);
    expect(
      reader.speak([
        { text: 'Chọn ngôn ngữ.', lang: 'vi' },
        { text: 'Choose a language.', lang: 'en' },
      ]),
    ).toBe(true);
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice, u.rate])).toEqual([
      ['Chọn ngôn ngữ.', 'vi-VN', VI_VOICE, SPEECH_RATE],
      ['Choose a language.', 'en-US', EN_VOICE, SPEECH_RATE],
    ]);
    expect(reader.getState().speaking).toBe(true);
    synth.finishOne();
    expect(reader.getState().speaking).toBe(true);
    synth.finishOne();
    expect(reader.getState().speaking).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('skips text in a language without a voice, and speaks nothing when no voice fits', () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE]);
    const reader = createReadAloud(synth, fakeUtterance);
    reader.speak([
      { text: 'Chọn ngôn ngữ.', lang: 'vi' },
      { text: 'Choose a language.', lang: 'en' },
    ]);
    expect(synth.texts()).toEqual(['Chọn ngôn ngữ.']);
    expect(reader.canSpeak('en')).toBe(false);
    expect(reader.speak([{ text: 'Hello.', lang: 'en' }])).toBe(false);
    expect(reader.getState().speaking).toBe(false);
  });

  it('stop cancels the platform queue; the cancelled utterances do not disturb a new reading', () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE]);
    const reader = createReadAloud(synth, fakeUtterance);
    reader.speak([{ text: 'Một.', lang: 'vi' }]);
    reader.speak([{ text: 'Hai.', lang: 'vi' }]); // the first one's "interrupted" arrives now
    expect(reader.getState().speaking).toBe(true);
    reader.stop();
    expect(synth.queue).toEqual([]);
    expect(reader.getState().speaking).toBe(false);
  });

  it('ends the reading when the platform reports an error', () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE]);
    const reader = createReadAloud(synth, fakeUtterance);
    reader.speak([
      { text: 'Một.', lang: 'vi' },
      { text: 'Hai.', lang: 'vi' },
    ]);
    synth.queue[0]?.onerror?.({ error: 'synthesis-failed' } as never);
    expect(reader.getState().speaking).toBe(false);
  });

  it('notices voices that arrive late', () => {
    const synth = new FakeSpeechSynthesis([]);
    const reader = createReadAloud(synth, fakeUtterance);
    const listener = vi.fn();
    reader.subscribe(listener);
    expect(reader.canSpeak('vi')).toBe(false);
    synth.setVoices([VI_VOICE]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(reader.getState().voicesVersion).toBe(1);
    expect(reader.canSpeak('vi')).toBe(true);
  });

  it('without the Web Speech API it can speak nothing and stop is harmless', () => {
    const reader = createReadAloud(undefined, fakeUtterance);
    expect(reader.canSpeak('vi')).toBe(false);
    expect(reader.speak([{ text: 'Một.', lang: 'vi' }])).toBe(false);
    reader.stop();
    expect(reader.getState().speaking).toBe(false);
  });
});
