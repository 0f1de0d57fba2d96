import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/procedures/form-schema';
import type { Catalog, Procedure } from '../../../shared/procedures/procedure-schema';
import {
  formSteps,
  type FormStep,
  type QuestionStep,
  type RepeatStep,
} from '../../../shared/procedures/form-steps';
import { hasBlockingIssue, validateForm } from '../../../shared/procedures/validate-answers';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { formatAnswer } from './format-answer';
import { itemHeading, itemNoun } from './item-heading';
import { effectiveAnswer } from './question-options';
import { todayInHanoi } from './today';
import { isQuotaError } from '../../outbox/storage-guard';
import './wizard.css';

/** Steps with their index in the wizard, so "change" opens the right screen. */
type Indexed<T extends FormStep> = { step: T; index: number };

/**
 * Every answer on one page, each with a way to change it, then submit. A repeatable section lists
 * each item under its own heading, and how many there are (changing that opens the add/remove screen).
 */
export function CheckAnswersScreen({
  procedure,
  catalog,
  answers,
  now,
  documents,
  onChange,
  onSubmit,
  onBack,
  onHome,
}: {
  procedure: Procedure;
  catalog: Catalog;
  answers: Answers;
  now: () => Date;
  /** The photo step's outcome, when the procedure has one: pages taken, or papers to bring. */
  documents?: { pages: number; onPaper: boolean; onChange: () => void } | undefined;
  onChange: (step: number) => void;
  onSubmit: () => Promise<void>;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'full'>('idle');
  const steps = formSteps(procedure.form, answers);
  const indexed = steps.map((step, index) => ({ step, index }));

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

  const row = ({ step, index }: Indexed<QuestionStep>) => {
    const label = localized(step.question.label);
    const shown = formatAnswer(
      step.question,
      effectiveAnswer(step.question, answers[step.path]),
      catalog,
      i18n.language,
    );
    return (
      <SummaryRow
        key={step.path}
        label={label}
        value={shown || t('check.notGiven')}
        changeLabel={t('check.changeNamed', { question: label })}
        onChange={() => onChange(index)}
      />
    );
  };

  const sectionBody = (own: Indexed<FormStep>[]) => {
    const questions = own.filter((s): s is Indexed<QuestionStep> => s.step.kind === 'question');
    const count = own.find((s): s is Indexed<RepeatStep> => s.step.kind === 'repeat');
    if (!count) return <dl>{questions.map(row)}</dl>;
    const { repeat } = count.step.section;
    const items = Array.from({ length: count.step.count }, (_, i) => i + 1);
    return (
      <>
        <dl>
          <SummaryRow
            label={t('wizard.check.itemCount', { item: itemNoun(repeat, i18n.language) })}
            value={String(count.step.count)}
            changeLabel={t('wizard.check.changeCount', { item: itemNoun(repeat, i18n.language) })}
            onChange={() => onChange(count.index)}
          />
        </dl>
        {items.map((item) => (
          <div key={item} className="summary-item">
            <h3>{itemHeading(t, repeat, item, i18n.language)}</h3>
            <dl>{questions.filter((s) => s.step.item === item).map(row)}</dl>
          </div>
        ))}
      </>
    );
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
      {procedure.form.sections.map((section) => {
        const own = indexed.filter((s) => s.step.section.id === section.id);
        if (own.length === 0) return null;
        return (
          <section key={section.id} className="summary">
            <h2>{localized(section.title)}</h2>
            {sectionBody(own)}
          </section>
        );
      })}
      {documents && (
        <section className="summary">
          <h2>{t('wizard.documents.heading')}</h2>
          <dl>
            <SummaryRow
              label={t('wizard.documents.photos')}
              value={
                documents.onPaper && documents.pages === 0
                  ? t('wizard.documents.onPaper')
                  : t('wizard.documents.pageCount', { count: documents.pages })
              }
              changeLabel={t('wizard.documents.change')}
              onChange={documents.onChange}
            />
          </dl>
        </section>
      )}
    </Screen>
  );
}

function SummaryRow({
  label,
  value,
  changeLabel,
  onChange,
}: {
  label: string;
  value: string;
  changeLabel: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>
        <span className="summary-value">{value}</span>
        <Button variant="secondary" aria-label={changeLabel} onClick={onChange}>
          {t('check.change')}
        </Button>
      </dd>
    </div>
  );
}
