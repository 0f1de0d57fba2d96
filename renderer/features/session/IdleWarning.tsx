import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useAccessibilityServices } from '../accessibility/AccessibilityContext';
import { readableSegments } from '../accessibility/readable-text';
import { TouchShield } from './TouchShield';
import { useCountdown } from './useCountdown';

/** From here on the screen reader hears the count once more; earlier it would only be noise. */
const FINAL_ANNOUNCE_SECONDS = 10;

/**
 * "Are you still there?": covers the screen with a visible countdown and one large button; a tap
 * anywhere extends the session (WCAG 2.2.1). Screen readers hear it politely (the dialog takes the
 * focus, a status line gives the time left at the start and at 10 s); it is read aloud when the
 * resident has been using "Đọc to". Focus goes back where it was when the warning is answered.
 */
export function IdleWarning({
  deadline,
  now,
  readAloud,
  onExtend,
}: {
  deadline: number;
  now: () => number;
  /** Read the warning aloud (the resident has used read aloud in this session). */
  readAloud: () => boolean;
  onExtend: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { reader } = useAccessibilityServices();
  const seconds = useCountdown(deadline, now);
  const [firstSeconds] = useState(seconds);
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    button.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  useEffect(() => {
    const root = dialog.current;
    if (root && readAloud()) reader.speak(readableSegments(root, i18n.language));
    return () => reader.stop();
    // Once, when the warning appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const announced = seconds <= FINAL_ANNOUNCE_SECONDS ? FINAL_ANNOUNCE_SECONDS : firstSeconds;
  return (
    <TouchShield className="idle-backdrop" onTouch={onExtend}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="idle-warning"
      >
        <h2 id={titleId}>{t('session.warning.title')}</h2>
        <p className="idle-countdown" aria-hidden="true">
          <span className="idle-seconds">{seconds}</span> {t('session.warning.seconds')}
        </p>
        <p id={bodyId}>{t('session.warning.body')}</p>
        <p className="session-sr-only" role="status" data-read-aloud="off">
          {t('session.warning.announce', { count: announced })}
        </p>
        <Button ref={button} className="idle-extend">
          {t('session.warning.extend')}
        </Button>
      </div>
    </TouchShield>
  );
}
