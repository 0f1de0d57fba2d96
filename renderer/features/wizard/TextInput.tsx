import type { Question } from '../../../shared/procedures/form-schema';
import { ADDRESS_MAX_LENGTH } from '../../../shared/procedures/form-schema';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import type { KeyboardLayout } from '../keyboard/keyboard-layouts';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import { useOnScreenKeyboard } from '../keyboard/useOnScreenKeyboard';

type TextQuestion = Extract<
  Question,
  { type: 'text' | 'personName' | 'citizenId' | 'phone' | 'year' | 'email' | 'address' }
>;

/** Which on-screen keyboard each kind of answer gets (see OnScreenKeyboard.tsx). */
export function keyboardLayoutFor(type: TextQuestion['type']): KeyboardLayout {
  switch (type) {
    case 'personName':
      return 'name';
    case 'citizenId':
    case 'year':
      return 'numeric';
    case 'phone':
      return 'phone';
    case 'email':
      return 'email';
    default:
      return 'text';
  }
}

/**
 * A labelled text box typed on the kiosk's on-screen keyboard, which opens docked when the box is
 * focused. "Xong" stores the NFC text and calls `onDone` (the wizard moves on).
 */
export function TextInput({
  id,
  label,
  question,
  value,
  invalid,
  describedBy,
  method,
  onMethodChange,
  onChange,
  onDone,
}: {
  id: string;
  label: string;
  question: TextQuestion;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  /** The session's Telex/VNI/raw choice, so every field keeps what the resident picked. */
  method?: InputMethod | undefined;
  onMethodChange?: ((method: InputMethod) => void) | undefined;
  onChange: (value: string) => void;
  onDone?: ((committed: string) => void) | undefined;
}) {
  const keyboard = useOnScreenKeyboard({
    value,
    onChange,
    layout: keyboardLayoutFor(question.type),
    ...(onDone ? { onDone } : {}),
    ...(method ? { method } : {}),
    ...(onMethodChange ? { onMethodChange } : {}),
  });
  const maxLength =
    question.type === 'text' ? question.maxLength : question.type === 'address' ? ADDRESS_MAX_LENGTH : 120;
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={question.type === 'phone' ? 'tel' : question.type === 'email' ? 'email' : 'text'}
        maxLength={maxLength}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        {...keyboard.inputProps}
      />
      {keyboard.open && <OnScreenKeyboard {...keyboard.keyboardProps} />}
    </div>
  );
}
