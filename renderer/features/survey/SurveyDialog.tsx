import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswers } from '../../../shared/survey/build-survey-request';
import { SURVEY_QUESTIONS, type SatisfactionLevel } from '../../../shared/survey/survey-definition';
import { Button } from '../../ui/Button';
import { LanguageToggle } from '../../ui/LanguageToggle';
import { LevelChoice } from './LevelChoice';
import { QUESTION_TEXT } from './survey-text';

/**
 * The quick survey over the receipt, one question per screen, then a thank-you.
 * Skipping (button or Escape) at any point sends nothing.
 */
export function SurveyDialog({
  onSend,
  onSkip,
  onBackToReceipt,
  onDone,
}: {
  onSend: (answers: SurveyAnswers) => Promise<void>;
  onSkip: () => void;
  onBackToReceipt: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [missing, setMissing] = useState(false);
  const [phase, setPhase] = useState<'asking' | 'sending' | 'thanked'>('asking');
  // Set synchronously, so a second tap before the re-render cannot queue the survey twice.
  const sent = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [index, phase]);

  const question = SURVEY_QUESTIONS[index] ?? SURVEY_QUESTIONS[0];
  const last = index === SURVEY_QUESTIONS.length - 1;
  const choose = (level: SatisfactionLevel) => {
    setAnswers((before) => ({ ...before, [question.id]: level }));
    setMissing(false);
  };
  const next = async () => {
    if (answers[question.id] === undefined) {
      setMissing(true);
      return;
    }
    if (!last) {
      setIndex(index + 1);
      return;
    }
    if (sent.current) return;
    sent.current = true;
    setPhase('sending');
    await onSend(answers);
    setPhase('thanked');
  };
  const back = () => {
    setMissing(false);
    setIndex(Math.max(0, index - 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && phase === 'asking') onSkip();
    if (event.key !== 'Tab' || !dialog.current) return;
    // Keep keyboard focus inside the dialog: the receipt behind it is covered.
    // The language button comes first and the main action last; the level tiles are in between.
    const buttons = dialog.current.querySelectorAll<HTMLButtonElement>('button:not(:disabled)');
    const first = buttons[0];
    const final = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      final?.focus();
    } else if (!event.shiftKey && document.activeElement === final) {
      event.preventDefault();
      first?.focus();
    }
  };

  const titleId = `${ids}-title`;
  const headingId = `${ids}-heading`;
  const errorId = `${ids}-error`;
  return (
    <div
      ref={dialog}
      className="survey-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="survey-topbar">
        <span id={titleId} className="brand">
          {t('survey.inviteTitle')}
        </span>
        <LanguageToggle />
      </div>
      <div className="survey-body">
        {phase === 'thanked' ? (
          <>
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {t('survey.thanksTitle')}
            </h2>
            <p>{t('survey.thanksText')}</p>
          </>
        ) : (
          <>
            <p className="survey-progress">
              {t('survey.progress', { current: index + 1, total: SURVEY_QUESTIONS.length })}
            </p>
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {t(QUESTION_TEXT[question.id])}
            </h2>
            <LevelChoice
              name={`${ids}-${question.id}`}
              labelledBy={headingId}
              describedBy={missing ? errorId : undefined}
              value={answers[question.id]}
              onChange={choose}
            />
            {missing && (
              <p id={errorId} role="alert" className="survey-error">
                {t('survey.chooseLevel')}
              </p>
            )}
          </>
        )}
      </div>
      <div className="survey-actions">
        {phase === 'thanked' ? (
          <>
            <Button variant="secondary" onClick={onBackToReceipt}>
              {t('survey.backToReceipt')}
            </Button>
            <Button onClick={onDone}>{t('survey.done')}</Button>
          </>
        ) : (
          <>
            <Button variant="secondary" onClick={onSkip} disabled={phase === 'sending'}>
              {t('survey.skip')}
            </Button>
            <div className="actions-main">
              {index > 0 && (
                <Button variant="secondary" onClick={back} disabled={phase === 'sending'}>
                  {t('common.back')}
                </Button>
              )}
              <Button onClick={() => void next()} disabled={phase === 'sending'}>
                {last ? t('survey.send') : t('survey.next')}
              </Button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
