import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/procedures/form-schema';
import type { Catalog, Procedure } from '../../../shared/procedures/procedure-schema';
import { formSteps } from '../../../shared/procedures/form-steps';
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
import { normalizeAnswer } from './normalize-answer';
import { effectiveAnswer, optionsFor } from './question-options';
import { todayInHanoi } from './today';

/**
 * One question per screen, driven by the procedure's form definition. Continue
 * validates the answer; errors block, warnings are shown once and then let the
 * resident go on. Back (and the check-answers page) keep every answer.
 */
export function WizardScreen({
  procedure,
  catalog,
  answers,
  step,
  returnToCheck,
  now,
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
  onAnswer: (path: string, value: string) => void;
  onGoToStep: (step: number) => void;
  onCheckAnswers: () => void;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const steps = formSteps(procedure.form, answers);
  const index = Math.min(step, steps.length - 1);
  const [shown, setShown] = useState<{ path: string; issues: ValidationIssue[] } | null>(null);
  const current = steps[index];
  if (!current) throw new Error(`${procedure.id}: the form has no questions to ask`);
  const issues = shown?.path === current.path ? shown.issues : [];
  const value = effectiveAnswer(current.question, answers[current.path]);

  const next = () => {
    const normalized = normalizeAnswer(current.question, value);
    const withAnswer = { ...answers, [current.path]: normalized };
    const own = validateAnswer(current.question, normalized, todayInHanoi(now()));
    const found = hasBlockingIssue(own)
      ? own
      : [...own, ...(crossCheckIssues(procedure.form, withAnswer)[current.path] ?? [])];
    const alreadyWarned =
      shown?.path === current.path && shown.issues.length > 0 && !hasBlockingIssue(shown.issues);
    if (hasBlockingIssue(found) || (found.length > 0 && !alreadyWarned)) {
      setShown({ path: current.path, issues: found });
      return;
    }
    onAnswer(current.path, normalized);
    setShown(null);
    const after = formSteps(procedure.form, withAnswer);
    const position = after.findIndex((s) => s.path === current.path);
    if (returnToCheck || position === after.length - 1) onCheckAnswers();
    else onGoToStep(position + 1);
  };

  const errorId = issues.length > 0 ? `${current.path}-issues` : undefined;
  return (
    <Screen
      title={localized(current.section.title)}
      onBack={onBack}
      onHome={onHome}
      actions={
        <Button onClick={next}>{returnToCheck ? t('wizard.saveAndReturn') : t('wizard.continue')}</Button>
      }
    >
      <p className="progress">{t('wizard.progress', { current: index + 1, total: steps.length })}</p>
      {current.question.hint && <p className="hint">{localized(current.question.hint)}</p>}
      {!current.question.required && <p className="hint">{t('wizard.optional')}</p>}
      <QuestionInput
        key={current.path}
        id={current.path.replace('.', '-')}
        question={current.question}
        value={value}
        options={optionsFor(current.question, catalog)}
        invalid={hasBlockingIssue(issues)}
        describedBy={errorId}
        onChange={(v) => {
          setShown(null);
          onAnswer(current.path, v);
        }}
      />
      {errorId && <IssueList id={errorId} issues={issues} />}
    </Screen>
  );
}
