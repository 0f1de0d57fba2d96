import { useLiveQuery } from 'dexie-react-hooks';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { FeeAccount } from '../../../shared/config/provisioning-config';
import type { PrintResult, ReceiptPrint } from '../../../shared/ipc/receipt-print';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import type { Outbox } from '../../outbox/outbox';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { FeeSection } from './FeeSection';
import { SurveyPrompt } from '../survey/SurveyPrompt';
import { formatDateTime } from './format-date-time';
import { PrintButton } from './PrintButton';
import { receiptStatus } from './receipt-status';
import './receipt-print.css';

/**
 * Shown the moment the submission is durably queued, online or not. The status
 * line follows the outbox live: saved on the kiosk → sending → the city's status.
 * Below it: what happens next, the fee (with a VietQR code where the kiosk has a
 * fee account), and a button to print it all.
 */
export function ReceiptScreen({
  submissionId,
  outbox,
  catalog,
  feeAccount,
  print,
  onDone,
}: {
  submissionId: string;
  outbox: Outbox;
  catalog: Catalog;
  feeAccount: FeeAccount | undefined;
  print: (receipt: ReceiptPrint) => Promise<PrintResult>;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const record = useLiveQuery(() => outbox.get(submissionId), [outbox, submissionId]);
  if (!record) return null;
  const procedure = catalog.procedures.find((p) => p.id === record.procedureId);
  const status = receiptStatus(record, i18n.language);
  const submittedAt = new Date(record.createdAt);

  return (
    <Screen
      title={t('receipt.title')}
      actions={
        <>
          {procedure && (
            <PrintButton
              print={print}
              receipt={{
                receiptCode: record.receiptCode,
                procedureId: procedure.id,
                procedureName: localized(procedure.name),
                submittedAt: submittedAt.toISOString(),
                processingTime: localized(procedure.processingTime),
              }}
            />
          )}
          <Button onClick={onDone}>{t('receipt.done')}</Button>
        </>
      }
    >
      <div className="receipt">
        <div className="receipt-code-block">
          <p>{t('receipt.codeLabel')}</p>
          <p
            className="receipt-code"
            aria-label={t('receipt.codeAria', { code: record.receiptCode.split('').join(' ') })}
          >
            {record.receiptCode}
          </p>
          <p className="hint">{t('receipt.keepCode')}</p>
        </div>
        <QRCodeSVG
          value={record.receiptCode}
          size={220}
          level="M"
          marginSize={2}
          role="img"
          aria-label={t('receipt.qrAria')}
        />
      </div>
      <dl className="receipt-facts">
        {procedure && (
          <div>
            <dt>{t('receipt.procedure')}</dt>
            <dd>{localized(procedure.name)}</dd>
          </div>
        )}
        <div>
          <dt>{t('receipt.submittedAt')}</dt>
          <dd>{formatDateTime(submittedAt, i18n.language)}</dd>
        </div>
      </dl>
      <section aria-labelledby="status-heading" className="receipt-status">
        <h2 id="status-heading">{t('receipt.status')}</h2>
        <p role="status" data-testid="receipt-status">
          {status.kind === 'city'
            ? t('receipt.cityStatus', { status: status.label })
            : t(`outboxState.${status.state}` as 'outboxState.queued')}
        </p>
      </section>
      {procedure && (
        <>
          <section aria-labelledby="next-heading" className="receipt-next">
            <h2 id="next-heading">{t('receipt.next')}</h2>
            <ol className="facts">
              {procedure.kiosk.mode === 'submit' ? (
                <li>{t('receipt.nextSend')}</li>
              ) : (
                // The kiosk prepared the dossier; the law still needs the resident in person.
                <>
                  <li>{t('receipt.nextSendPrepared')}</li>
                  <li>{t('receipt.nextInPerson', { reason: localized(procedure.kiosk.reason) })}</li>
                </>
              )}
              <li>{t('receipt.nextText', { office: localized(procedure.handlingOffice) })}</li>
              <li>{t('receipt.processingTimeText', { time: localized(procedure.processingTime) })}</li>
              <li>{t('receipt.nextLookup')}</li>
              <li>{t('receipt.nextCollect')}</li>
            </ol>
          </section>
          <FeeSection procedure={procedure} receiptCode={record.receiptCode} feeAccount={feeAccount} />
          <SurveyPrompt procedureId={record.procedureId} onDone={onDone} />
        </>
      )}
    </Screen>
  );
}
