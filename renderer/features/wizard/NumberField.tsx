import { useTranslation } from 'react-i18next';
import type { KeyboardLayout } from '../keyboard/keyboard-layouts';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import { useOnScreenKeyboard } from '../keyboard/useOnScreenKeyboard';
import { groupForLocale } from './number-display';

const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');

/** What a typed field gets from QuestionInput: where it is, the answer, and what explains it. */
export interface TypedFieldProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (digits: string) => void;
  onDone?: ((digits: string) => void) | undefined;
}

/** A number question's field, with the question's bounds. */
export type BoundedNumberProps = TypedFieldProps & { min: number; max: number };

/**
 * A whole number typed on the on-screen number pad (an amount of money, an area, a head count),
 * shown grouped by thousands as the resident reads it (150.000.000) with its unit beside the box.
 * The answer is the digits only, so grouping never reaches validation or the city.
 * `rangeText` says what is accepted; the field points to it, and to `describedBy`.
 */
export function NumberField({
  unit,
  rangeText,
  layout,
  ...field
}: TypedFieldProps & {
  /** Shown after the box (₫); the label already names other units (m², người). */
  unit?: string | undefined;
  rangeText: string;
  layout: Extract<KeyboardLayout, 'numeric' | 'money'>;
}) {
  const { i18n } = useTranslation();
  const { id, onDone } = field;
  const digits = digitsOf(field.value);
  const keyboard = useOnScreenKeyboard({
    value: digits,
    // A physical keyboard types into the grouped text; only its digits count.
    onChange: (text) => field.onChange(digitsOf(text)),
    layout,
    ...(onDone ? { onDone: (committed: string) => onDone(digitsOf(committed)) } : {}),
  });
  const rangeId = `${id}-range`;
  return (
    <div className="text-field number-field">
      <label htmlFor={id}>{field.label}</label>
      <div className="number-field-row">
        <input
          id={id}
          type="text"
          aria-invalid={field.invalid}
          aria-describedby={[field.describedBy, rangeId].filter(Boolean).join(' ')}
          {...keyboard.inputProps}
          value={groupForLocale(digits, i18n.language)}
        />
        {unit && (
          <span className="number-field-unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      <p id={rangeId} className="hint">
        {rangeText}
      </p>
      {keyboard.open && <OnScreenKeyboard {...keyboard.keyboardProps} />}
    </div>
  );
}
