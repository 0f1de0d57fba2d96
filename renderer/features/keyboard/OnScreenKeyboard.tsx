/*
 * The kiosk's on-screen keyboard: Vietnamese QWERTY with Telex (default), VNI and raw ("ABC")
 * typing, an accent row, a press-and-hold accent picker, and a number pad. It needs no physical
 * keyboard and no IME: the pure engine in shared/text/vietnamese-input does the typing.
 *
 * How a wizard field uses it (useOnScreenKeyboard.ts):
 *
 *   const keyboard = useOnScreenKeyboard({ value, onChange, layout: 'name' });
 *   <input id={id} type="text" {...keyboard.inputProps} aria-invalid={invalid} />
 *   {keyboard.open && <OnScreenKeyboard {...keyboard.keyboardProps} />}
 *
 * - Focusing or tapping the field opens the keyboard, docked at the bottom of the screen
 *   (keyboard.css reserves its height, so the screen's footer stays above it). Keys never take
 *   the focus, so the caret stays in the field; the field shows the word being typed.
 * - `onChange` receives the text on every key; "Xong" (Done) passes the NFC text to `onChange`,
 *   closes the keyboard and calls the hook's optional `onDone` (e.g. to go to the next question).
 * - Layouts: 'text' (addresses), 'name', 'email', 'numeric' (CCCD, year), 'phone', 'money'. The
 *   input method is the keyboard's own unless `method`/`onMethodChange` are passed, e.g. to keep it
 *   for the session; email and the number pads always type keys as they are.
 * - The engine types at the end of the text only, so the hook keeps the caret there.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commitField,
  fieldFromValue,
  fieldText,
  pressBackspace,
  pressKey,
  type InputMethod,
  type KeyboardField,
} from '../../../shared/text/vietnamese-input';
import { AccentPicker } from './AccentPicker';
import { applyAccent, type AccentKey } from './accent-keys';
import { isNumberPad, rowCount, typesRaw, type KeyboardLayout } from './keyboard-layouts';
import { LetterKeys } from './LetterKeys';
import { NumberPad } from './NumberPad';
import { shiftAfter, tapShift, expectsCapital, type Shift } from './shift';
import './keyboard.css';

export interface OnScreenKeyboardProps {
  /** The field's text, including the word being typed. */
  value: string;
  /** The text after each key, as the field should show it. */
  onChange: (text: string) => void;
  /** "Xong": the text to validate and store, NFC. */
  onDone: (committed: string) => void;
  layout?: KeyboardLayout;
  /** Controlled input method; without it the keyboard keeps its own, starting at `defaultMethod`. */
  method?: InputMethod;
  defaultMethod?: InputMethod;
  onMethodChange?: (method: InputMethod) => void;
  /** Fixed to the bottom of the screen (the wizard); otherwise it flows where it is rendered. */
  docked?: boolean;
  id?: string;
  /** How long a key must be held to open the accent picker (or lock capitals on shift). */
  longPressMs?: number;
}

export function OnScreenKeyboard({
  value,
  onChange,
  onDone,
  layout = 'text',
  method,
  defaultMethod = 'telex',
  onMethodChange,
  docked = false,
  id,
  longPressMs = 500,
}: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const [field, setField] = useState<KeyboardField>(() => fieldFromValue(value));
  const [shift, setShift] = useState<Shift>(() => (expectsCapital(value, layout) ? 'once' : 'off'));
  const [ownMethod, setOwnMethod] = useState<InputMethod>(defaultMethod);
  const [picking, setPicking] = useState<string | null>(null);
  const hintId = useId();
  const activeMethod = method ?? ownMethod;
  const numberPad = isNumberPad(layout);
  // The word being composed lives here; when the value changes from outside (a reset, a physical
  // keyboard, the parent trimming it), editing goes on from that value instead.
  const current = fieldText(field) === value ? field : fieldFromValue(value);

  const emit = (next: KeyboardField, usesShift = true) => {
    const text = fieldText(next);
    setField(next);
    if (usesShift) setShift((s) => shiftAfter(s, text, layout));
    onChange(text);
  };
  /** One key, or several in one tap (the money pad's "000"). */
  const type = (keys: string) => {
    const typing = typesRaw(layout) ? 'raw' : activeMethod;
    emit([...keys].reduce((next, key) => pressKey(next, key, typing), current));
  };
  const accent = (key: AccentKey) => {
    const next = applyAccent(current, key);
    if (next !== null) emit(next, false);
  };
  const chooseMethod = (next: InputMethod) => {
    setOwnMethod(next);
    onMethodChange?.(next);
    // The word so far goes on under the new method's rules.
    setField(fieldFromValue(fieldText(current)));
  };
  const done = () => onDone(commitField(current));

  const body =
    picking !== null ? (
      <AccentPicker
        letter={picking}
        onPick={(letter) => {
          setPicking(null);
          type(letter);
        }}
        onClose={() => setPicking(null)}
      />
    ) : numberPad ? (
      <NumberPad
        thousands={layout === 'money'}
        onKey={type}
        onBackspace={() => emit(pressBackspace(current))}
        onDone={done}
      />
    ) : (
      <LetterKeys
        layout={layout}
        method={activeMethod}
        shift={shift}
        field={current}
        hintId={hintId}
        longPressMs={longPressMs}
        onKey={type}
        onAccent={accent}
        onBackspace={() => emit(pressBackspace(current))}
        onShift={() => setShift(tapShift)}
        onShiftLock={() => setShift('caps')}
        onPicker={setPicking}
        onMethod={chooseMethod}
        onDone={done}
      />
    );
  return (
    <div
      id={id}
      className={docked ? 'osk osk-docked' : 'osk'}
      role="group"
      aria-label={numberPad ? t('keyboard.numberPad') : t('keyboard.label')}
      data-layout={layout}
      data-rows={rowCount(layout, activeMethod)}
      // A tap between keys must not take the focus from the field either.
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
    >
      {body}
    </div>
  );
}
