import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccessibilityProvider } from './AccessibilityContext';
import type { AccessibilityServices } from './accessibility-services';
import { createAccessibilityStore } from './accessibility-store';
import { FakeSpeechSynthesis, VI_VOICE, fakeUtterance } from './fake-speech-synthesis';
import { createReadAloud } from './read-aloud';
import { useAccessibilitySession } from './useAccessibilitySession';

function Root({ active }: { active: boolean }) {
  useAccessibilitySession(active);
  return null;
}

describe('useAccessibilitySession', () => {
  it('resets the settings and silences the reader when the session ends, and only then', () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE]);
    const a11y: AccessibilityServices = {
      store: createAccessibilityStore(),
      reader: createReadAloud(synth, fakeUtterance),
    };
    const app = (active: boolean) => (
      <AccessibilityProvider services={a11y}>
        <Root active={active} />
      </AccessibilityProvider>
    );
    const { rerender } = render(app(false));
    rerender(app(true));
    a11y.store.setTextSize('extraLarge');
    a11y.store.setHighContrast(true);
    a11y.reader.speak([{ text: 'Đăng ký khai sinh.', lang: 'vi' }]);
    rerender(app(true));
    expect(a11y.store.get()).toEqual({ textSize: 'extraLarge', highContrast: true });

    rerender(app(false));
    expect(a11y.store.get()).toEqual({ textSize: 'normal', highContrast: false });
    expect(a11y.reader.getState().speaking).toBe(false);
    expect(synth.queue).toEqual([]);

    // The next resident starts from the defaults too.
    rerender(app(true));
    expect(a11y.store.get()).toEqual({ textSize: 'normal', highContrast: false });
  });
});
