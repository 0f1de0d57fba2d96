import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inSession as phaseInSession, type IdlePhase } from '../../../shared/session/idle-machine';
import { sessionTimings } from '../../../shared/session/session-timings';
import { useServices } from '../../app/services';
import { browserIdleClock, useIdleTimer } from './useIdleTimer';
import { useReadAloudUsed } from './useReadAloudUsed';
import { sessionWipe } from './wipe-registry';

export interface SessionPrivacy {
  readonly phase: IdlePhase;
  /** Counts ended sessions: the screens are keyed by it, so no React state outlives its resident. */
  readonly generation: number;
  /** When the warning runs out (phase 'warning'), on `now`'s clock. */
  deadline(): number | null;
  now(): number;
  extend(): void;
  wake(): void;
  /** Keeps the session from timing out while a submission is saved; call the result when done. */
  hold(): () => void;
  readAloudUsed(): boolean;
}

/**
 * The end of a resident's session, for the composition root. Idle → warning → `onExpire` (the
 * app resets its session reducer). Whenever a session ends, by timeout or any other path, the
 * privacy wipe runs (camera, object URLs, speech and accessibility, print job, the ID-card frame:
 * wipe-registry.ts), the screens remount empty, the language returns to the kiosk's default, and
 * the main process hears that the display may sleep again.
 */
export function useSessionPrivacy({
  inSession,
  onExpire,
}: {
  inSession: boolean;
  onExpire: () => void;
}): SessionPrivacy {
  const { bridge, config } = useServices();
  const { i18n } = useTranslation();
  const [timings] = useState(() => sessionTimings(config));
  const readAloudUsed = useReadAloudUsed(inSession);
  const wiped = useRef(false);

  const wipe = useCallback(
    (reason: 'timeout' | 'ended') => {
      wiped.current = true;
      void sessionWipe.wipe().then((report) =>
        bridge
          .log({
            level: report.failed.length > 0 ? 'warn' : 'info',
            event: 'session.wiped',
            data: { reason, tasks: report.ran.length, failed: report.failed.join(',').slice(0, 120) },
          })
          .catch(() => undefined),
      );
    },
    [bridge],
  );
  const { timer, phase } = useIdleTimer(timings, () => {
    // Wiped before the screens go: the camera stops and the photos' URLs die while still on screen.
    wipe('timeout');
    onExpire();
  });

  useEffect(() => {
    const forgetPrint = sessionWipe.register('print', () => bridge.cancelPrint());
    // RegExp.lastMatch and friends keep the last string any pattern matched (a validated answer).
    const forgetMatch = sessionWipe.register('regexp-statics', () => void /(?:)/.exec(''));
    return () => {
      forgetPrint();
      forgetMatch();
    };
  }, [bridge]);

  // "Adjusting state when a prop changes": the remount key moves in the same render as the end.
  const [ends, setEnds] = useState({ count: 0, inSession });
  if (ends.inSession !== inSession) setEnds({ count: ends.count + (inSession ? 0 : 1), inSession });

  const started = useRef(false);
  useEffect(() => {
    if (inSession) {
      started.current = true;
      wiped.current = false;
      timer.send('sessionStarted');
    } else if (started.current) {
      timer.send('sessionEnded');
      if (!wiped.current) wipe('ended');
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      void i18n.changeLanguage(config.defaultLocale);
    }
    // Also on the first render: after a reload mid-session the main process may still hold the display.
    void bridge.sessionActivity(inSession ? 'active' : 'idle').catch(() => undefined);
  }, [inSession, timer, wipe, bridge, i18n, config.defaultLocale]);

  const controls = useMemo(
    () => ({
      deadline: () => (phaseInSession(timer.getPhase()) ? timer.getState().deadline : null),
      now: browserIdleClock.now,
      extend: () => timer.send('extend'),
      wake: () => timer.send('wake'),
      hold: () => {
        timer.send('hold');
        let released = false;
        return () => {
          if (!released) timer.send('release');
          released = true;
        };
      },
    }),
    [timer],
  );
  return { phase, generation: ends.count, readAloudUsed, ...controls };
}
