import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/procedures/form-schema';
import { useLocalized } from '../../i18n/useLocalized';

/** The ids of the lines under a question's heading; absent where the line is not shown. */
export interface NoteIds {
  hint: string | undefined;
  card: string | undefined;
  optional: string | undefined;
}

/**
 * Which explanatory lines a question gets: its own hint, the address read from the ID card, and
 * "may be left empty". The input (or its group) lists these ids in aria-describedby, so a screen
 * reader reads them with the question instead of leaving them to be found.
 */
export function noteIds(base: string, question: Question, cardAddress: string | null): NoteIds {
  return {
    hint: question.hint ? `${base}-hint` : undefined,
    card: cardAddress ? `${base}-card-address` : undefined,
    optional: question.required ? undefined : `${base}-optional`,
  };
}

export function QuestionNotes({
  ids,
  question,
  cardAddress,
}: {
  ids: NoteIds;
  question: Question;
  cardAddress: string | null;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <>
      {question.hint && (
        <p id={ids.hint} className="hint">
          {localized(question.hint)}
        </p>
      )}
      {cardAddress && (
        <p id={ids.card} className="hint">
          {t('wizard.idCard.addressHint', { address: cardAddress })}
        </p>
      )}
      {!question.required && (
        <p id={ids.optional} className="hint">
          {t('wizard.optional')}
        </p>
      )}
    </>
  );
}
