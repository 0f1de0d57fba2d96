import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_PIN_MAX_DIGITS, STAFF_PIN_MIN_DIGITS } from '../../../shared/staff/staff-unlock';
import type { StaffUnlockResult } from '../../../shared/staff/staff-unlock';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { PinPad } from './PinPad';
import type { RecordStaffAction } from './staff-audit';
import { NO_WAIT, useCountdown, waitFor, type Wait } from './useCountdown';
import { useIdleTimeout } from './useIdleTimeout';

/** A PIN pad left open this long goes back to the attract screen. */
export const PIN_IDLE_MS = 60_000;

type Problem = 'wrong' | 'locked' | 'failed' | 'notConfigured' | null;

/**
 * The staff PIN pad. The main process checks the PIN and keeps the lockout; this screen shows its
 * verdict (a wrong PIN with the pause before the next try, or a lockout with its countdown, also
 * after a reload) and audits every outcome.
 */
export function StaffUnlockScreen({
  record,
  onUnlocked,
  onCancel,
}: {
  record: RecordStaffAction;
  onUnlocked: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [wait, setWait] = useState<Wait>(NO_WAIT);
  const seconds = useCountdown(wait);
  useIdleTimeout(PIN_IDLE_MS, onCancel);

  useEffect(() => {
    let live = true;
    void bridge
      .staffUnlockStatus()
      .then((status) => {
        if (!live) return;
        if (status.status === 'not_configured') setProblem('notConfigured');
        if (status.status === 'locked') {
          setProblem('locked');
          setWait(waitFor(status.retryAfterMs));
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bridge]);

  const settle = async (result: StaffUnlockResult | null) => {
    if (!result) return setProblem('failed');
    switch (result.status) {
      case 'ok':
        await record('staff.unlock', {}, { logged: true });
        return onUnlocked();
      case 'wrong_pin': {
        const { failedAttempts, retryAfterMs, lockout } = result;
        setProblem(lockout ? 'locked' : 'wrong');
        setWait(waitFor(retryAfterMs));
        await record('staff.unlock_failed', { failedAttempts }, { logged: true });
        if (lockout) {
          const lockoutSeconds = Math.round(retryAfterMs / 1000);
          await record('staff.lockout', { failedAttempts, lockoutSeconds }, { logged: true });
        }
        return;
      }
      case 'locked':
        setProblem('locked');
        return setWait(waitFor(result.retryAfterMs));
      case 'not_configured':
        return setProblem('notConfigured');
    }
  };

  const submit = async () => {
    setChecking(true);
    const result = await bridge.staffUnlock(pin).catch(() => null);
    setPin('');
    setChecking(false);
    await settle(result);
  };

  const waiting = seconds > 0;
  const message = {
    wrong: t('staff.unlock.wrong'),
    locked: t('staff.unlock.locked'),
    failed: t('staff.unlock.failed'),
    notConfigured: t('staff.unlock.notConfigured'),
  };
  return (
    <Screen
      title={t('staff.unlock.title')}
      actions={
        <Button variant="secondary" onClick={onCancel}>
          {t('staff.unlock.cancel')}
        </Button>
      }
    >
      <div className="staff-unlock">
        <div>
          <p>{t('staff.unlock.lead')}</p>
          <div className="staff-pin-problem" role="alert">
            {problem && <p>{message[problem]}</p>}
            {waiting && <p>{t('staff.unlock.wait', { seconds })}</p>}
            {checking && <p>{t('staff.unlock.checking')}</p>}
          </div>
        </div>
        {problem !== 'notConfigured' && (
          <PinPad
            length={pin.length}
            disabled={checking || waiting}
            canSubmit={pin.length >= STAFF_PIN_MIN_DIGITS}
            onDigit={(digit) => {
              if (problem === 'wrong' || problem === 'failed') setProblem(null);
              setPin((typed) => (typed.length < STAFF_PIN_MAX_DIGITS ? typed + digit : typed));
            }}
            onErase={() => setPin((typed) => typed.slice(0, -1))}
            onSubmit={() => void submit()}
          />
        )}
      </div>
    </Screen>
  );
}
