import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

const MINUS = '\u2212';
/** Ranges this wide also get ±10 buttons, so nobody taps + forty times. */
const BIG_RANGE = 20;

/**
 * A whole number with − / + buttons: no keyboard, and no value outside min..max can be entered.
 * Empty means not given (only an optional question starts empty; it can be cleared again).
 */
export function IntegerStepper({
  id,
  legend,
  value,
  min,
  max,
  required,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  min: number;
  max: number;
  required: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const parsed = value === '' ? null : Number(value);
  const current = parsed !== null && Number.isInteger(parsed) ? parsed : null;
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  // From empty, + means "one" (or the minimum) and − the minimum.
  const step = (delta: number) =>
    onChange(String(current === null ? clamp(delta > 0 ? Math.max(min, 1) : min) : clamp(current + delta)));
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowUp: () => step(1),
      ArrowRight: () => step(1),
      ArrowDown: () => step(-1),
      ArrowLeft: () => step(-1),
      Home: () => onChange(String(min)),
      End: () => onChange(String(max)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  const big = max - min >= BIG_RANGE;
  const atMin = current !== null && current <= min;
  const atMax = current !== null && current >= max;
  return (
    <fieldset className="stepper" aria-describedby={describedBy}>
      <legend id={`${id}-legend`}>{legend}</legend>
      <div className="stepper-row">
        {big && (
          <Button
            variant="secondary"
            aria-label={t('wizard.integer.decreaseBy', { step: 10 })}
            disabled={atMin}
            onClick={() => step(-10)}
          >
            {`${MINUS}10`}
          </Button>
        )}
        <Button
          variant="secondary"
          className="stepper-button"
          aria-label={t('wizard.integer.decrease')}
          disabled={atMin}
          onClick={() => step(-1)}
        >
          {MINUS}
        </Button>
        <div
          id={id}
          className="stepper-value"
          role="spinbutton"
          tabIndex={0}
          aria-labelledby={`${id}-legend`}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={current ?? undefined}
          aria-valuetext={current === null ? t('wizard.integer.none') : String(current)}
          aria-invalid={invalid}
          aria-describedby={`${id}-range`}
          onKeyDown={onKeyDown}
        >
          {current ?? ''}
        </div>
        <Button
          variant="secondary"
          className="stepper-button"
          aria-label={t('wizard.integer.increase')}
          disabled={atMax}
          onClick={() => step(1)}
        >
          {'+'}
        </Button>
        {big && (
          <Button
            variant="secondary"
            aria-label={t('wizard.integer.increaseBy', { step: 10 })}
            disabled={atMax}
            onClick={() => step(10)}
          >
            {'+10'}
          </Button>
        )}
      </div>
      <p id={`${id}-range`} className="hint">
        {t('wizard.integer.range', { min, max })}
      </p>
      {!required && current !== null && (
        <Button variant="secondary" onClick={() => onChange('')}>
          {t('wizard.integer.clear')}
        </Button>
      )}
    </fieldset>
  );
}
