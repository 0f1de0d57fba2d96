import { useTranslation } from 'react-i18next';
import { NUMBER_PAD_ROWS, THOUSANDS_KEY } from './keyboard-layouts';
import { KeyButton } from './KeyButton';

/**
 * Digits, delete and done, in the order of a phone's keypad. No letters, not even for phone
 * numbers. With `thousands` (amounts of money) a "000" key sits beside 0: 150.000.000 ₫ is
 * 1 5 0 000 000 instead of nine taps.
 */
export function NumberPad({
  thousands = false,
  onKey,
  onBackspace,
  onDone,
}: {
  thousands?: boolean;
  /** The digits a key types: one, or "000". */
  onKey: (digits: string) => void;
  onBackspace: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const digit = (d: string) => (
    <KeyButton key={d} className="osk-digit" dataKey={d} onPress={() => onKey(d)}>
      {d}
    </KeyButton>
  );
  return (
    <div className="osk-number-pad">
      {NUMBER_PAD_ROWS.map((row) => (
        <div key={row} className="osk-row">
          {[...row].map(digit)}
        </div>
      ))}
      <div className="osk-row">
        <KeyButton className="osk-digit osk-function" onPress={onBackspace}>
          <span aria-hidden="true">{'⌫ '}</span>
          {t('keyboard.backspace')}
        </KeyButton>
        {digit('0')}
        {thousands && (
          <KeyButton
            className="osk-digit"
            name={t('keyboard.thousands')}
            dataKey={THOUSANDS_KEY}
            onPress={() => onKey(THOUSANDS_KEY)}
          >
            {THOUSANDS_KEY}
          </KeyButton>
        )}
        <KeyButton className="osk-digit osk-done" onPress={onDone}>
          {t('keyboard.done')}
        </KeyButton>
      </div>
    </div>
  );
}
