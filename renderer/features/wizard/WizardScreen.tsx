import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/procedures/form-schema';
import type { Catalog, Procedure } from '../../../shared/procedures/procedure-schema';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import { formSteps, type QuestionStep, type RepeatStep } from '../../../shared/procedures/form-steps';
import {
  crossCheckIssues,
  hasBlockingIssue,
  validateAnswer,
} from '../../../shared/procedures/validate-answers';
import type { ValidationIssue } from '../../../shared/validation/validation-issue';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { IssueList } from './IssueList';
import { QuestionInput } from './QuestionInput';
import { QuestionNotes, noteIds } from './QuestionNotes';
import { RepeatItemsStep } from './RepeatItemsStep';
import { REQUESTER_SECTION } from './id-card-answers';
import { itemHeading } from './item-heading';
import { normalizeAnswer } from './normalize-answer';
import { effectiveAnswer, optionsFor } from './question-options';
import { removeRepeatItem } from './remove-repeat-item';
import { todayInHanoi } from './today';

/** An answer path as an element id: 'tv[2].ho_ten' → 'tv-2--ho_ten'. */
const elementId = (path: string) => path.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * One question per screen, driven by the procedure's form definition. Continue
 * validates the answer; errors block, warnings are shown once and then let the
 * resident go on. Back (and the check-answers page) keep every answer. A
 * repeatable section ends with a screen to add or remove items.
 */
export function WizardScreen({
  procedure,
  catalog,
  answers,
  step,
  returnToCheck,
  now,
  suggestedCommune,
  inputMethod,
  onInputMethod,
  cardAddress,
  onScanIdCard,
  onAnswer,
  onGoToStep,
  onCheckAnswers,
  onBack,
  onHome,
}: {
  procedure: Procedure;
  catalog: Catalog;
  answers: Answers;
  step: number;
  returnToCheck: boolean;
  now: () => Date;
  /** Offered first by commune questions; the composition root passes the kiosk's own ward. */
  suggestedCommune?: string;
  /** The on-screen keyboard's Telex/VNI/raw choice, kept by the session for every field. */
  inputMethod?: InputMethod;
  onInputMethod?: (method: InputMethod) => void;
  /** The address read from the resident's ID card: a hint on their address questions, never an answer. */
  cardAddress?: string | null;
  /** Offered on the requester's first question: read the chip ID card instead of typing. */
  onScanIdCard?: () => void;
  onAnswer: (path: string, value: string) => void;
  onGoToStep: (step: number) => void;
  onCheckAnswers: () => void;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const steps = formSteps(procedure.form, answers);
  const index = Math.min(step, steps.length - 1);
  const [shown, setShown] = useState<{ path: string; issues: ValidationIssue[] } | null>(null);
  const current = steps[index];
  if (!current) throw new Error(`${procedure.id}: the form has no questions to ask`);
  const issues = shown?.path === current.path ? shown.issues : [];

  /** Moves on from `path`, in the steps as they are with `withAnswers`. */
  const advance = (path: string, withAnswers: Answers) => {
    const after = formSteps(procedure.form, withAnswers);
    const position = after.findIndex((s) => s.path === path);
    if (returnToCheck || position === after.length - 1) onCheckAnswers();
    else onGoToStep(position + 1);
  };

  /** The new item's questions appear where this screen is now, so the wizard stays at this index. */
  const addItem = (repeat: RepeatStep) => {
    onAnswer(repeat.path, String(repeat.count + 1));
    onGoToStep(index);
  };

  const removeItem = (repeat: RepeatStep, item: number) => {
    const changes = removeRepeatItem(repeat.section, answers, item);
    for (const [path, value] of Object.entries(changes)) onAnswer(path, value);
    const after = formSteps(procedure.form, { ...answers, ...changes });
    onGoToStep(after.findIndex((s) => s.path === repeat.path));
  };

  const errorId = issues.length > 0 ? `${elementId(current.path)}-issues` : undefined;
  const progress = (
    <p className="progress">{t('wizard.progress', { current: index + 1, total: steps.length })}</p>
  );
  const continueLabel = returnToCheck ? t('wizard.saveAndReturn') : t('wizard.continue');

  if (current.kind === 'repeat') {
    return (
      <Screen
        title={localized(current.section.title)}
        onBack={onBack}
        onHome={onHome}
        actions={<Button onClick={() => advance(current.path, answers)}>{continueLabel}</Button>}
      >
        {progress}
        <RepeatItemsStep
          section={current.section}
          count={current.count}
          answers={answers}
          catalog={catalog}
          onAdd={() => addItem(current)}
          onRemove={(item) => removeItem(current, item)}
        />
      </Screen>
    );
  }

  const question: QuestionStep = current;
  const value = effectiveAnswer(question.question, answers[question.path]);
  /** Continue, or "Xong" on the keyboard with the text it committed (the render's value is older). */
  const next = (raw: string = value) => {
    const normalized = normalizeAnswer(question.question, raw);
    const withAnswer = { ...answers, [question.path]: normalized };
    const own = validateAnswer(question.question, normalized, todayInHanoi(now()));
    const found = hasBlockingIssue(own)
      ? own
      : [...own, ...(crossCheckIssues(procedure.form, withAnswer)[question.path] ?? [])];
    const alreadyWarned =
      shown?.path === question.path && shown.issues.length > 0 && !hasBlockingIssue(shown.issues);
    if (hasBlockingIssue(found) || (found.length > 0 && !alreadyWarned)) {
      setShown({ path: question.path, issues: found });
      return;
    }
    onAnswer(question.path, normalized);
    setShown(null);
    advance(question.path, withAnswer);
  };

  const repeat = question.section.repeat;
  const requester = question.section.id === REQUESTER_SECTION && !repeat;
  const firstOfRequester = requester && steps.findIndex((s) => s.section.id === REQUESTER_SECTION) === index;
  const addressHint = requester && cardAddress && question.question.type === 'address' ? cardAddress : null;
  // The input points at every line that explains it, and at the error once one is shown.
  const base = elementId(question.path);
  const notes = noteIds(base, question.question, addressHint);
  const describedBy =
    [notes.hint, notes.card, notes.optional, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <Screen
      title={localized(question.section.title)}
      onBack={onBack}
      onHome={onHome}
      actions={<Button onClick={() => next()}>{continueLabel}</Button>}
    >
      {progress}
      {repeat && question.item !== undefined && (
        <h2 className="item-heading">{itemHeading(t, repeat, question.item, i18n.language)}</h2>
      )}
      {firstOfRequester && onScanIdCard && (
        <div className="id-card-offer">
          <p className="hint">{t('wizard.idCard.offer')}</p>
          <Button variant="secondary" onClick={onScanIdCard}>
            {t('wizard.idCard.scan')}
          </Button>
        </div>
      )}
      <QuestionNotes ids={notes} question={question.question} cardAddress={addressHint} />
      <QuestionInput
        key={question.path}
        id={base}
        question={question.question}
        value={value}
        options={optionsFor(question.question, catalog)}
        invalid={hasBlockingIssue(issues)}
        describedBy={describedBy}
        suggestedCommune={suggestedCommune}
        method={inputMethod}
        onMethodChange={onInputMethod}
        onChange={(v) => {
          setShown(null);
          onAnswer(question.path, v);
        }}
        onDone={(committed) => next(committed)}
      />
      {errorId && <IssueList id={errorId} issues={issues} />}
    </Screen>
  );
}
