import { useEffect, useId, useState, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessibilityServices } from './AccessibilityContext';
import { readableSegments } from './readable-text';

export interface ReadAloudControl {
  readonly speaking: boolean;
  /** The platform has a voice for the screen's language. */
  readonly available: boolean;
  /** The "no voice on this kiosk" explanation is showing. */
  readonly noticeShown: boolean;
  readonly noticeId: string;
  press(): void;
}

/**
 * The read-aloud button's behaviour for one screen. Reading stops on any other touch or key
 * (EN 301 549 5.1.3.5), when the screen or its language changes, and when the screen goes away.
 */
export function useReadAloud(readFrom: RefObject<HTMLElement | null>, screenKey: string): ReadAloudControl {
  const { reader } = useAccessibilityServices();
  const { i18n } = useTranslation();
  const language = i18n.language;
  const state = useSyncExternalStore(reader.subscribe, reader.getState);
  const noticeId = useId();
  const here = `${screenKey}\n${language}`;
  const [noticeFor, setNoticeFor] = useState<string | null>(null);
  const available = reader.canSpeak(language);

  useEffect(() => () => reader.stop(), [reader, screenKey, language]);

  // Touching the button itself (data-read-aloud-button) stops through `press`, not here.
  useEffect(() => {
    if (!state.speaking) return;
    const interrupt = (event: Event) => {
      if (!(event.target instanceof Element && event.target.closest('[data-read-aloud-button]')))
        reader.stop();
    };
    document.addEventListener('pointerdown', interrupt, true);
    document.addEventListener('keydown', interrupt, true);
    return () => {
      document.removeEventListener('pointerdown', interrupt, true);
      document.removeEventListener('keydown', interrupt, true);
    };
  }, [reader, state.speaking]);

  const press = () => {
    if (state.speaking) {
      reader.stop();
      return;
    }
    if (!available) {
      setNoticeFor((shown) => (shown === here ? null : here));
      return;
    }
    setNoticeFor(null);
    const root = readFrom.current;
    if (root) reader.speak(readableSegments(root, language));
  };

  return {
    speaking: state.speaking,
    available,
    noticeShown: noticeFor === here && !available,
    noticeId,
    press,
  };
}
