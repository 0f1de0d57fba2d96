import { useLiveQuery } from 'dexie-react-hooks';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import type { Outbox } from '../../outbox/outbox';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { receiptStatus } from './receipt-status';

/**
 * Shown the moment the submission is durably queued, online or not. The status
 * line follows the outbox live: saved on the kiosk → sending → the city's status.
 */
export function ReceiptScreen({
  submissionId,
  outbox,
  catalog,
  onDone,
}: {
  submissionId: string;
  outbox: Outbox;
  catalog: Catalog;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const record = useLiveQuery(() => outbox.get(submissionId), [outbox, submissionId]);
  if (!record) return null;
  const procedure = catalog.procedures.find((p) => p.id === record.procedureId);
  const status = receiptStatus(record, i18n.language);

  return (
    <Screen title={t('receipt.title')} actions={<Button onClick={onDone}>{t('receipt.done')}</Button>}>
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
      <section aria-labelledby="status-heading" className="receipt-status">
        <h2 id="status-heading">{t('receipt.status')}</h2>
        <p role="status" data-testid="receipt-status">
          {status.kind === 'city'
            ? t('receipt.cityStatus', { status: status.label })
            : t(`outboxState.${status.state}` as 'outboxState.queued')}
        </p>
      </section>
      {procedure && (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t('receipt.next')}</h2>
          <p>{t('receipt.nextText', { office: localized(procedure.handlingOffice) })}</p>
          <p>
            {t('receipt.processingTime')}: {localized(procedure.processingTime)}
          </p>
        </section>
      )}
    </Screen>
  );
}
