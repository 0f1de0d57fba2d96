import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { formatVnd } from '../../ui/format-vnd';

/** What it takes, before starting: documents, fees, time, office, and whether the kiosk can finish it. */
export function ProcedureInfoScreen({
  procedure,
  onStart,
  onBack,
  onHome,
}: {
  procedure: Procedure;
  onStart: () => void;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  return (
    <Screen
      title={localized(procedure.name)}
      onBack={onBack}
      onHome={onHome}
      actions={
        procedure.completableAtKiosk ? (
          <Button onClick={onStart}>{t('procedure.start')}</Button>
        ) : (
          <p className="notice">{t('procedure.notAtKiosk')}</p>
        )
      }
    >
      <p className="lead">{localized(procedure.summary)}</p>
      <section aria-labelledby="docs-heading">
        <h2 id="docs-heading">{t('procedure.documents')}</h2>
        <ul className="facts">
          {procedure.documents.map((d, i) => (
            <li key={i}>
              {localized(d.name)}
              {d.condition && <span className="condition"> ({localized(d.condition)})</span>}
            </li>
          ))}
        </ul>
        <h3>{t('procedure.present')}</h3>
        <ul className="facts">
          {procedure.documentsToPresent.map((d, i) => (
            <li key={i}>{localized(d)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fees-heading">
        <h2 id="fees-heading">{t('procedure.fees')}</h2>
        <ul className="facts">
          {procedure.fees.map((f, i) => (
            <li key={i}>
              {localized(f.name)}:{' '}
              <strong>
                {f.amountVnd === 0 ? t('procedure.free') : formatVnd(f.amountVnd, i18n.language)}
              </strong>
              {f.condition && <span className="condition"> ({localized(f.condition)})</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="time-heading">
        <h2 id="time-heading">{t('procedure.processingTime')}</h2>
        <p>{localized(procedure.processingTime)}</p>
        <h2>{t('procedure.office')}</h2>
        <p>{localized(procedure.handlingOffice)}</p>
      </section>
    </Screen>
  );
}
