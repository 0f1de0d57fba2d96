import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../shared/validation/dates';

/**
 * A date as three labelled number boxes (day, month, year) — easier on a touch
 * screen than a calendar, and no locale-dependent native picker.
 * Emits yyyy-mm-dd once all three are filled, otherwise an empty answer.
 */
export function DateInput({
  id,
  legend,
  value,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (iso: string) => void;
}) {
  const { t } = useTranslation();
  const initial = parseIsoDate(value);
  const [parts, setParts] = useState({
    day: initial ? String(initial.day) : '',
    month: initial ? String(initial.month) : '',
    year: initial ? String(initial.year) : '',
  });
  const update = (key: keyof typeof parts, raw: string) => {
    const next = { ...parts, [key]: raw.replace(/[^0-9]/g, '').slice(0, key === 'year' ? 4 : 2) };
    setParts(next);
    const complete = next.day !== '' && next.month !== '' && next.year.length === 4;
    onChange(complete ? `${next.year}-${next.month.padStart(2, '0')}-${next.day.padStart(2, '0')}` : '');
  };
  const field = (key: keyof typeof parts, label: string, size: number) => (
    <div className="date-part">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        size={size}
        value={parts[key]}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => update(key, e.target.value)}
      />
    </div>
  );
  return (
    <fieldset className="date-input">
      <legend>{legend}</legend>
      {field('day', t('wizard.date.day'), 2)}
      {field('month', t('wizard.date.month'), 2)}
      {field('year', t('wizard.date.year'), 4)}
    </fieldset>
  );
}
