import { useTranslation } from 'react-i18next';
import {
  accentAlternatives,
  type InputMethod,
  type KeyboardField,
} from '../../../shared/text/vietnamese-input';
import { ACCENT_KEYS, applyAccent, type AccentId, type AccentKey } from './accent-keys';
import { DIGIT_ROW, LETTER_ROWS, punctuation, showsDigitRow, type KeyboardLayout } from './keyboard-layouts';
import { KeyButton } from './KeyButton';
import { withCase, type Shift } from './shift';

// Literal keys, so the i18n check sees each one used.
const ACCENT_NAMES = {
  sac: 'keyboard.accent.sac',
  huyen: 'keyboard.accent.huyen',
  hoi: 'keyboard.accent.hoi',
  nga: 'keyboard.accent.nga',
  nang: 'keyboard.accent.nang',
  ngang: 'keyboard.accent.ngang',
  circumflex: 'keyboard.accent.circumflex',
  breve: 'keyboard.accent.breve',
  horn: 'keyboard.accent.horn',
  stroke: 'keyboard.accent.stroke',
} as const satisfies Record<AccentId, string>;

const METHODS: readonly InputMethod[] = ['telex', 'vni', 'raw'];

/** The Vietnamese QWERTY keyboard for text and name fields: accents, letters, and the bottom row. */
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
  const plain = (key: string, className = 'osk-letter') => (
    <KeyButton key={key} className={className} dataKey={key} onPress={() => onKey(key)}>
      {key}
    </KeyButton>
  );
  const letter = (key: string) => {
    const shown = withCase(key, shift);
    const picks = accentAlternatives(key).length > 0;
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
      <p id={hintId} className="osk-hint">
        {t('keyboard.hint')}
      </p>
      <div className="osk-row osk-accents" role="group" aria-label={t('keyboard.accents')}>
        {ACCENT_KEYS.map((accent) => (
          <KeyButton
            key={accent.id}
            className="osk-letter osk-accent"
            name={t(ACCENT_NAMES[accent.id])}
            dataKey={`accent-${accent.id}`}
            inactive={applyAccent(field, accent) === null}
            onPress={() => onAccent(accent)}
          >
            {accent.glyph ?? t(ACCENT_NAMES[accent.id])}
          </KeyButton>
        ))}
      </div>
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
        {before.map((key) => plain(key))}
        <KeyButton className="osk-space" dataKey=" " onPress={() => onKey(' ')}>
          {t('keyboard.space')}
        </KeyButton>
        {after.map((key) => plain(key))}
        <KeyButton className="osk-wide osk-done" dataKey="done" onPress={onDone}>
          {t('keyboard.done')}
        </KeyButton>
      </div>
    </>
  );
}
