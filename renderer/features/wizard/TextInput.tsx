import type { Question } from '../../../shared/procedures/form-schema';
import { ADDRESS_MAX_LENGTH } from '../../../shared/procedures/form-schema';

type TextQuestion = Extract<
  Question,
  { type: 'text' | 'personName' | 'citizenId' | 'phone' | 'year' | 'email' | 'address' }
>;

const NUMERIC = new Set<Question['type']>(['citizenId', 'phone', 'year']);

/** A labelled text box; the input mode tells a touch keyboard which keys to offer. */
export function TextInput({
  id,
  label,
  question,
  value,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  label: string;
  question: TextQuestion;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const maxLength =
    question.type === 'text' ? question.maxLength : question.type === 'address' ? ADDRESS_MAX_LENGTH : 120;
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={question.type === 'phone' ? 'tel' : question.type === 'email' ? 'email' : 'text'}
        inputMode={NUMERIC.has(question.type) ? 'numeric' : question.type === 'email' ? 'email' : 'text'}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
