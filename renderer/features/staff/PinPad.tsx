import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A large number pad for the staff PIN. The PIN shows as dots only, and a screen reader hears only
 * how many digits are in (EN 301 549 5.1.3.8: masked entry is not spoken).
 */
export function PinPad({
  length,
  disabled,
  canSubmit,
  onDigit,
  onErase,
  onSubmit,
}: {
  length: number;
  disabled: boolean;
  canSubmit: boolean;
  onDigit: (digit: string) => void;
  onErase: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const key = (digit: string) => (
    <Button
      key={digit}
      variant="secondary"
      className="staff-key"
      disabled={disabled}
      onClick={() => onDigit(digit)}
    >
      {digit}
    </Button>
  );
  return (
    <div className="staff-pin">
      <p className="staff-pin-entry" aria-live="polite">
        <span aria-hidden="true">{'●'.repeat(length) || '\u00a0'}</span>
        <span className="staff-visually-hidden">{t('staff.unlock.entered', { digits: length })}</span>
      </p>
      <div className="staff-keys" role="group" aria-label={t('staff.unlock.keypad')}>
        {DIGITS.map(key)}
        <Button
          variant="secondary"
          className="staff-key"
          disabled={disabled || length === 0}
          onClick={onErase}
        >
          {t('staff.unlock.erase')}
        </Button>
        {key('0')}
        <Button className="staff-key" disabled={disabled || !canSubmit} onClick={onSubmit}>
          {t('staff.unlock.submit')}
        </Button>
      </div>
    </div>
  );
}
