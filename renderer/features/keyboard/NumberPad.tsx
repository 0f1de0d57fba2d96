import { useTranslation } from 'react-i18next';
import { NUMBER_PAD_ROWS } from './keyboard-layouts';
import { KeyButton } from './KeyButton';

/** Digits, delete and done, in the order of a phone's keypad. No letters, not even for phone numbers. */
export function NumberPad({
  onKey,
  onBackspace,
  onDone,
}: {
  onKey: (digit: string) => void;
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
        <KeyButton className="osk-digit osk-done" onPress={onDone}>
          {t('keyboard.done')}
        </KeyButton>
      </div>
    </div>
  );
}
