import { useTranslation } from 'react-i18next';
import {
  accentAlternatives,
  type InputMethod,
  type KeyboardField,
} from '../../../shared/text/vietnamese-input';
import type { AccentKey } from './accent-keys';
import { AccentRow } from './AccentRow';
import {
  DIGIT_ROW,
  LETTER_ROWS,
  punctuation,
  showsDigitRow,
  typesVietnamese,
  type KeyboardLayout,
} from './keyboard-layouts';
import { KeyButton } from './KeyButton';
import { withCase, type Shift } from './shift';

const METHODS: readonly InputMethod[] = ['telex', 'vni', 'raw'];

/**
 * Spoken names of the email keys: a screen reader says "." and "_" badly or not at all. Each name
 * starts with the glyph, so the name contains what the key shows.
 */
const SYMBOL_NAMES = {
  '@': 'keyboard.symbol.at',
  '.': 'keyboard.symbol.dot',
  _: 'keyboard.symbol.underscore',
  '-': 'keyboard.symbol.hyphen',
} as const;
const isNamedSymbol = (key: string): key is keyof typeof SYMBOL_NAMES => key in SYMBOL_NAMES;

/**
 * The QWERTY keyboard. For text and name fields, Vietnamese: accents, letters, and the bottom row
 * with the input methods. For email, plain letters and digits with @ . _ - in the bottom row.
 */
export function LetterKeys({
  layout,
  method,
  shift,
  field,
  hintId,
  longPressMs,
  onKey,
  onAccent,
  onBackspace,
  onShift,
  onShiftLock,
  onPicker,
  onMethod,
  onDone,
}: {
  layout: KeyboardLayout;
  method: InputMethod;
  shift: Shift;
  field: KeyboardField;
  hintId: string;
  longPressMs: number;
  onKey: (key: string) => void;
  onAccent: (accent: AccentKey) => void;
  onBackspace: () => void;
  onShift: () => void;
  onShiftLock: () => void;
  onPicker: (letter: string) => void;
  onMethod: (method: InputMethod) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { before, after } = punctuation(layout);
  const vietnamese = typesVietnamese(layout);
  const plain = (key: string) => (
    <KeyButton key={key} className="osk-letter" dataKey={key} onPress={() => onKey(key)}>
      {key}
    </KeyButton>
  );
  // Named only on the email keyboard, where they matter most; elsewhere the glyph is the name.
  const symbol = (key: string) =>
    vietnamese || !isNamedSymbol(key) ? (
      plain(key)
    ) : (
      <KeyButton
        key={key}
        className="osk-letter osk-symbol"
        name={t(SYMBOL_NAMES[key])}
        dataKey={key}
        onPress={() => onKey(key)}
      >
        {key}
      </KeyButton>
    );
  const letter = (key: string) => {
    const shown = withCase(key, shift);
    const picks = vietnamese && accentAlternatives(key).length > 0;
    return (
      <KeyButton
        key={key}
        className="osk-letter"
        dataKey={key}
        describedBy={picks ? hintId : undefined}
        longPressMs={longPressMs}
        onPress={() => onKey(shown)}
        onLongPress={picks ? () => onPicker(shown) : undefined}
      >
        {shown}
      </KeyButton>
    );
  };
  return (
    <>
      {vietnamese && <AccentRow field={field} hintId={hintId} onAccent={onAccent} />}
      {showsDigitRow(layout, method) && <div className="osk-row">{[...DIGIT_ROW].map((d) => plain(d))}</div>}
      <div className="osk-row">{[...LETTER_ROWS[0]].map(letter)}</div>
      <div className="osk-row">{[...LETTER_ROWS[1]].map(letter)}</div>
      <div className="osk-row">
        <KeyButton
          className="osk-wide osk-function"
          pressed={shift !== 'off'}
          dataKey="shift"
          dataState={shift}
          longPressMs={longPressMs}
          onPress={onShift}
          onLongPress={onShiftLock}
        >
          <span aria-hidden="true">{shift === 'caps' ? '⇪ ' : '⇧ '}</span>
          {t('keyboard.shift')}
        </KeyButton>
        {[...LETTER_ROWS[2]].map(letter)}
        <KeyButton className="osk-wide osk-function" dataKey="backspace" onPress={onBackspace}>
          <span aria-hidden="true">{'⌫ '}</span>
          {t('keyboard.backspace')}
        </KeyButton>
      </div>
      <div className="osk-row">
        {vietnamese && (
          <div className="osk-methods" role="group" aria-label={t('keyboard.methods')}>
            {METHODS.map((m) => (
              <KeyButton
                key={m}
                className="osk-method"
                pressed={m === method}
                name={m === 'raw' ? t('keyboard.rawName') : undefined}
                dataKey={`method-${m}`}
                onPress={() => onMethod(m)}
              >
                {m === 'telex' ? t('keyboard.telex') : m === 'vni' ? t('keyboard.vni') : t('keyboard.raw')}
              </KeyButton>
            ))}
          </div>
        )}
        {before.map(symbol)}
        {/* An email address has no spaces, so its keyboard has no space bar to slip onto. */}
        {vietnamese && (
          <KeyButton className="osk-space" dataKey=" " onPress={() => onKey(' ')}>
            {t('keyboard.space')}
          </KeyButton>
        )}
        {after.map(symbol)}
        <KeyButton className="osk-wide osk-done" dataKey="done" onPress={onDone}>
          {t('keyboard.done')}
        </KeyButton>
      </div>
    </>
  );
}
