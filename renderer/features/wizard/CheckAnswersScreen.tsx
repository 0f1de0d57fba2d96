import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/procedures/form-schema';
import type { Catalog, Procedure } from '../../../shared/procedures/procedure-schema';
import { formSteps } from '../../../shared/procedures/form-steps';
import { hasBlockingIssue, validateForm } from '../../../shared/procedures/validate-answers';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { formatAnswer } from './format-answer';
import { effectiveAnswer } from './question-options';
import { todayInHanoi } from './today';
import { isQuotaError } from '../../outbox/storage-guard';

/** Every answer on one page, each with a way to change it, then submit. */
export function CheckAnswersScreen({
  procedure,
  catalog,
  answers,
  now,
  onChange,
  onSubmit,
  onBack,
  onHome,
}: {
  procedure: Procedure;
  catalog: Catalog;
  answers: Answers;
  now: () => Date;
  onChange: (step: number) => void;
  onSubmit: () => Promise<void>;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'full'>('idle');
  const steps = formSteps(procedure.form, answers);

  const submit = async () => {
    const problems = validateForm(procedure.form, answers, todayInHanoi(now()));
    const firstBad = steps.findIndex((s) => hasBlockingIssue(problems[s.path]));
    if (firstBad >= 0) {
      onChange(firstBad);
      return;
    }
    setState('saving');
    try {
      await onSubmit();
    } catch (error) {
      // Nothing is lost: the answers are still here and the resident can try again or ask staff.
      setState(isQuotaError(error) ? 'full' : 'failed');
    }
  };

  return (
    <Screen
      title={t('check.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <Button onClick={() => void submit()} disabled={state === 'saving'}>
          {state === 'saving' ? t('check.saving') : t('check.submit')}
        </Button>
      }
    >
      <p className="lead">{localized(procedure.name)}</p>
      {(state === 'failed' || state === 'full') && (
        <p role="alert" className="issue-error">
          {state === 'full' ? t('check.storageFull') : t('check.saveFailed')}
        </p>
      )}
      {procedure.form.sections
        .filter((section) => steps.some((s) => s.section.id === section.id))
        .map((section) => (
          <section key={section.id} className="summary">
            <h2>{localized(section.title)}</h2>
            <dl>
              {steps.map((s, index) =>
                s.section.id !== section.id ? null : (
                  <div key={s.path} className="summary-row">
                    <dt>{localized(s.question.label)}</dt>
                    <dd>
                      <span className="summary-value">
                        {formatAnswer(
                          s.question,
                          effectiveAnswer(s.question, answers[s.path]),
                          catalog,
                          i18n.language,
                        ) || t('check.notGiven')}
                      </span>
                      <Button
                        variant="secondary"
                        aria-label={t('check.changeNamed', { question: localized(s.question.label) })}
                        onClick={() => onChange(index)}
                      >
                        {t('check.change')}
                      </Button>
                    </dd>
                  </div>
                ),
              )}
            </dl>
          </section>
        ))}
    </Screen>
  );
}
