import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { FeeList } from '../receipt/FeeList';

/**
 * Where a handoff continues: the National Public Service Portal, which also opens from VNeID. Its
 * procedure pages use internal ids rather than the national code, so the QR opens the portal and
 * the screen gives the code to search for.
 */
const PORTAL_URL = 'https://dichvucong.gov.vn/';

/**
 * What it takes, before starting: how far the kiosk can take it (filed here, prepared here and
 * finished in person, or continued on the resident's phone), documents and which of them the kiosk
 * photographs, fees, time and office.
 */
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
  const { t } = useTranslation();
  const localized = useLocalized();
  const { kiosk } = procedure;
  // Nothing is photographed for a procedure the kiosk hands off.
  const photographs = kiosk.mode !== 'handoff' && procedure.documents.some((d) => d.capture);
  return (
    <Screen
      title={localized(procedure.name)}
      onBack={onBack}
      onHome={onHome}
      actions={kiosk.mode !== 'handoff' && <Button onClick={onStart}>{t('procedure.start')}</Button>}
    >
      <p className="lead">{localized(procedure.summary)}</p>
      {kiosk.mode === 'submit' ? (
        <p>{t('procedure.mode.submit')}</p>
      ) : (
        <section aria-labelledby="mode-heading" className="notice">
          <h2 id="mode-heading">
            {kiosk.mode === 'prepare' ? t('procedure.mode.prepare') : t('procedure.mode.handoff')}
          </h2>
          <p>{localized(kiosk.reason)}</p>
          {kiosk.mode === 'handoff' && (
            <figure className="handoff-qr">
              <QRCodeSVG
                value={PORTAL_URL}
                size={220}
                marginSize={2}
                role="img"
                aria-label={t('procedure.handoff.qrLabel')}
              />
              <figcaption>
                {t('procedure.handoff.scan')}
                {procedure.nationalCode && (
                  <> {t('procedure.handoff.searchCode', { code: procedure.nationalCode })}</>
                )}
              </figcaption>
            </figure>
          )}
        </section>
      )}
      <section aria-labelledby="docs-heading">
        <h2 id="docs-heading">{t('procedure.documents')}</h2>
        {photographs && <p className="hint">{t('procedure.photographedHint')}</p>}
        <ul className="facts">
          {procedure.documents.map((d, i) => (
            <li key={i}>
              {localized(d.name)}
              {d.condition && <span className="condition"> ({localized(d.condition)})</span>}
              {photographs && d.capture && (
                <strong className="capture-tag">
                  {' '}
                  {d.capture === 'required'
                    ? t('procedure.capture.required')
                    : t('procedure.capture.optional')}
                </strong>
              )}
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
        {procedure.fees.length === 0 ? <p>{t('fees.unlisted')}</p> : <FeeList fees={procedure.fees} />}
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
