import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSurveyRequest, type SurveyAnswers } from '../../../shared/survey/build-survey-request';
import { ServicesContext } from '../../app/services';

/**
 * Queues a resident's answers as an anonymous survey: a fresh random id, the
 * kiosk, ward, procedure and language, and the hour, nothing else. Null when the
 * kiosk has no survey queue, in which case the survey is not offered.
 */
export function useRecordSurvey(procedureId: string): ((answers: SurveyAnswers) => Promise<void>) | null {
  const services = useContext(ServicesContext);
  const { i18n } = useTranslation();
  if (!services?.surveys) return null;
  const { surveys, config, newId, now, bridge } = services;
  return async (answers) => {
    try {
      await surveys.enqueue(
        buildSurveyRequest({
          surveyId: newId(),
          kioskId: config.kioskId,
          wardCode: config.wardCode,
          procedureId,
          locale: i18n.language,
          answers,
          answeredAtMs: now().getTime(),
        }),
      );
    } catch (error) {
      // A survey that could not be stored is not worth troubling the resident about; staff see it in the log.
      const name = error instanceof Error ? error.name : 'unknown';
      bridge.log({ level: 'warn', event: 'survey.not_queued', data: { error: name } }).catch(() => undefined);
    }
  };
}
