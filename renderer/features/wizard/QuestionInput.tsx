import type { ChoiceOption, Question } from '../../../shared/procedures/form-schema';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import { useLocalized } from '../../i18n/useLocalized';
import { ChoiceInput } from './ChoiceInput';
import { CommunePicker } from './CommunePicker';
import { DateInput } from './DateInput';
import { IntegerKeypadInput } from './IntegerKeypadInput';
import { IntegerStepper } from './IntegerStepper';
import { MoneyInput } from './MoneyInput';
import { MultiChoiceInput } from './MultiChoiceInput';
import { integerEntry } from './integer-entry';
import { TextInput } from './TextInput';
import './wizard.css';

/** The input for one question, by type. Labels come from the form definition. */
export function QuestionInput({
  id,
  question,
  value,
  options,
  invalid,
  describedBy,
  suggestedCommune,
  method,
  onMethodChange,
  onChange,
  onDone,
}: {
  id: string;
  question: Question;
  value: string;
  options: ChoiceOption[];
  invalid: boolean;
  describedBy: string | undefined;
  /** Offered first by a commune question: usually the kiosk's own ward. */
  suggestedCommune?: string | undefined;
  /** The on-screen keyboard's input method, kept for the whole session. */
  method?: InputMethod | undefined;
  onMethodChange?: ((method: InputMethod) => void) | undefined;
  onChange: (value: string) => void;
  /** "Xong" on the on-screen keyboard: the committed answer, to validate and move on. */
  onDone?: ((value: string) => void) | undefined;
}) {
  const localized = useLocalized();
  const label = localized(question.label);
  const common = { id, legend: label, value, describedBy, onChange };
  /** A number typed on the pad, within the question's bounds. */
  const typed = (bounds: { min: number; max: number }) => ({
    id,
    label,
    value,
    min: bounds.min,
    max: bounds.max,
    invalid,
    describedBy,
    onChange,
    onDone,
  });

  switch (question.type) {
    case 'choice':
      return <ChoiceInput {...common} options={options} />;
    case 'multiChoice':
      return (
        <MultiChoiceInput
          {...common}
          options={options}
          minSelected={question.minSelected}
          maxSelected={question.maxSelected}
        />
      );
    case 'pastDate':
    case 'date':
      return <DateInput {...common} invalid={invalid} onDone={onDone} />;
    case 'money':
      return <MoneyInput {...typed(question)} />;
    case 'integer':
      if (integerEntry(question) === 'keypad') return <IntegerKeypadInput {...typed(question)} />;
      return (
        <IntegerStepper
          {...common}
          min={question.min}
          max={question.max}
          required={question.required}
          invalid={invalid}
        />
      );
    case 'commune':
      return <CommunePicker {...common} suggested={suggestedCommune} invalid={invalid} />;
    default:
      return (
        <TextInput
          id={id}
          label={label}
          question={question}
          value={value}
          invalid={invalid}
          describedBy={describedBy}
          method={method}
          onMethodChange={onMethodChange}
          onChange={onChange}
          onDone={onDone}
        />
      );
  }
}
