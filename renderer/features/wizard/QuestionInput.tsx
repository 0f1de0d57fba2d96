import type { ChoiceOption, Question } from '../../../shared/procedures/form-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { DateInput } from './DateInput';

/** The input for one question, by type. Labels come from the form definition. */
export function QuestionInput({
  id,
  question,
  value,
  options,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  question: Question;
  value: string;
  options: ChoiceOption[];
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const localized = useLocalized();
  const label = localized(question.label);

  if (question.type === 'choice') {
    return (
      <fieldset className="choice" aria-describedby={describedBy}>
        <legend>{label}</legend>
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
  if (question.type === 'pastDate') {
    return (
      <DateInput
        id={id}
        legend={label}
        value={value}
        invalid={invalid}
        describedBy={describedBy}
        onChange={onChange}
      />
    );
  }
  const numeric = question.type === 'citizenId' || question.type === 'phone' || question.type === 'year';
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={question.type === 'phone' ? 'tel' : 'text'}
        inputMode={numeric ? 'numeric' : 'text'}
        autoComplete="off"
        spellCheck={false}
        maxLength={question.type === 'text' ? question.maxLength : 120}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
