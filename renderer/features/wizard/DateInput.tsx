import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../shared/validation/dates';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import { useOnScreenKeyboard } from '../keyboard/useOnScreenKeyboard';

type Part = 'day' | 'month' | 'year';
const NEXT: Record<Part, Part | null> = { day: 'month', month: 'year', year: null };

/**
 * A date as three labelled number boxes (day, month, year) — easier on a touch
 * screen than a calendar, and no locale-dependent native picker. Each box types on
 * the on-screen number pad; its "Xong" moves to the next box, and after the year
 * hands the date to `onDone`. Emits yyyy-mm-dd once all three are filled, otherwise an empty answer.
 */
export function DateInput({
  id,
  legend,
  value,
  invalid,
  describedBy,
  onChange,
  onDone,
}: {
  id: string;
  legend: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (iso: string) => void;
  onDone?: ((iso: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const initial = parseIsoDate(value);
  const [parts, setParts] = useState({
    day: initial ? String(initial.day) : '',
    month: initial ? String(initial.month) : '',
    year: initial ? String(initial.year) : '',
  });
  const isoOf = (p: typeof parts) =>
    p.day !== '' && p.month !== '' && p.year.length === 4
      ? `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`
      : '';
  const update = (key: Part, raw: string) => {
    const next = { ...parts, [key]: raw.replace(/[^0-9]/g, '').slice(0, key === 'year' ? 4 : 2) };
    setParts(next);
    onChange(isoOf(next));
    return next;
  };
  const done = (key: Part, raw: string) => {
    const next = update(key, raw);
    const following = NEXT[key];
    if (following) document.getElementById(`${id}-${following}`)?.focus();
    else onDone?.(isoOf(next));
  };
  const field = (key: Part, label: string, size: number) => (
    <DatePart
      id={`${id}-${key}`}
      label={label}
      size={size}
      value={parts[key]}
      invalid={invalid}
      describedBy={describedBy}
      onChange={(raw) => update(key, raw)}
      onDone={(raw) => done(key, raw)}
    />
  );
  return (
    <fieldset className="date-input" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {field('day', t('wizard.date.day'), 2)}
      {field('month', t('wizard.date.month'), 2)}
      {field('year', t('wizard.date.year'), 4)}
    </fieldset>
  );
}

function DatePart({
  id,
  label,
  size,
  value,
  invalid,
  describedBy,
  onChange,
  onDone,
}: {
  id: string;
  label: string;
  size: number;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (raw: string) => void;
  onDone: (raw: string) => void;
}) {
  const keyboard = useOnScreenKeyboard({ value, onChange, layout: 'numeric', onDone });
  return (
    <div className="date-part">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        size={size}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        {...keyboard.inputProps}
      />
      {keyboard.open && <OnScreenKeyboard {...keyboard.keyboardProps} />}
    </div>
  );
}
