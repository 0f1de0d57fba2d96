import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../receipt/format-date-time';
import type { LookupResult } from './lookup-receipt';
import { portalStatus, statusHint } from './portal-status';

/** What the lookup found, in plain words: on this kiosk, the city's status, or why there is no answer. */
export function LookupResultView({
  code,
  result,
  procedureName,
}: {
  code: string;
  result: LookupResult;
  procedureName: (procedureId: string | null) => string | null;
}) {
  const { t, i18n } = useTranslation();
  const procedure = 'procedureId' in result ? procedureName(result.procedureId) : null;

  const statusLine = (status: number) => {
    const names = portalStatus(status, i18n.language);
    return names.local === null
      ? t('statusLookup.status', { status: names.vi })
      : t('statusLookup.statusWithPortalName', { status: names.local, portal: names.vi });
  };
  const dossierLine = (dossierCode: string | null) =>
    dossierCode ? t('statusLookup.dossierCode', { code: dossierCode }) : t('statusLookup.noDossierCode');

  let message: string;
  let details: string[] = [];
  let hint: string | null = null;
  switch (result.kind) {
    case 'onKiosk':
      message = result.state === 'queued' ? t('statusLookup.onKiosk') : t('statusLookup.sending');
      break;
    case 'rejected':
      message = t('statusLookup.rejected');
      break;
    case 'city': {
      message = statusLine(result.status);
      const key = statusHint(result.status);
      hint = key && t(key);
      details = [
        dossierLine(result.dossierCode),
        t('statusLookup.updatedAt', { time: formatDateTime(new Date(result.updatedAt), i18n.language) }),
      ];
      break;
    }
    case 'lastKnown': {
      message = statusLine(result.status);
      const key = statusHint(result.status);
      hint = key && t(key);
      details = [
        dossierLine(result.dossierCode),
        t('statusLookup.lastKnown', { time: formatDateTime(result.checkedAt, i18n.language) }),
      ];
      break;
    }
    case 'notFound':
      message = t('statusLookup.notFound');
      break;
    case 'offline':
      message = t('statusLookup.offline');
      break;
  }

  return (
    <section aria-labelledby="lookup-result-heading" className="lookup-result">
      <h2 id="lookup-result-heading">{t('statusLookup.resultHeading')}</h2>
      <p>
        {t('statusLookup.codeLine')} <strong className="lookup-code">{code}</strong>
      </p>
      {procedure && <p>{t('statusLookup.procedure', { name: procedure })}</p>}
      <p role="status" className="lookup-message">
        {message}
      </p>
      {details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {hint && <p className="notice">{hint}</p>}
    </section>
  );
}
