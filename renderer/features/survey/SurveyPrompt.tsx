import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SurveyDialog } from './SurveyDialog';
import { useRecordSurvey } from './useRecordSurvey';
import './survey.css';

/**
 * The invitation to the quick survey, placed on the receipt: four questions on
 * the 5-level scale, anonymous, never required. The survey opens over the
 * receipt; skipping returns to it with nothing sent. `onDone` is called when the
 * resident taps "Done" on the thank-you screen (the session can end there).
 * Renders nothing on a kiosk without a survey queue.
 */
export function SurveyPrompt({ procedureId, onDone }: { procedureId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const record = useRecordSurvey(procedureId);
  const [phase, setPhase] = useState<'invited' | 'open' | 'answered'>('invited');
  if (!record) return null;
  return (
    <section className="survey-invite" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('survey.inviteTitle')}</h2>
      {phase === 'answered' ? (
        <p>{t('survey.thanksNote')}</p>
      ) : (
        <>
          <p>{t('survey.inviteText')}</p>
          <Button onClick={() => setPhase('open')}>{t('survey.start')}</Button>
        </>
      )}
      {phase === 'open' && (
        <SurveyDialog
          onSend={record}
          onSkip={() => setPhase('invited')}
          onBackToReceipt={() => setPhase('answered')}
          onDone={onDone}
        />
      )}
    </section>
  );
}
