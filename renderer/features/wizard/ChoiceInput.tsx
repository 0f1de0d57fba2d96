import type { ChoiceOption } from '../../../shared/procedures/form-schema';
import { useLocalized } from '../../i18n/useLocalized';

/** One option among several, as large radio tiles (a long list scrolls in its own box). */
export function ChoiceInput({
  id,
  legend,
  value,
  options,
  describedBy,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  options: readonly ChoiceOption[];
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const localized = useLocalized();
  return (
    <fieldset className="choice" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className={options.length > 8 ? 'choice-grid choice-many' : 'choice-grid'}>
        {options.map((option) => (
          <label
            key={option.value}
            className={option.value === value ? 'choice-option selected' : 'choice-option'}
          >
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{localized(option.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
