import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { FeeAccount } from '../../../shared/config/provisioning-config';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { formatVnd } from '../../ui/format-vnd';
import { feeDue } from './fee-due';
import { FeeList } from './FeeList';
import { feePayment } from './fee-payment';
import { vietQrIssueKey } from './vietqr-issue-key';

/**
 * The fee on the receipt: none, a VietQR code to pay with any banking app, or pay at the office;
 * then the fees the office works out (per copy, per page, only in some cases) with their rates.
 * "No fee" is said only when the catalog lists fees and none of them can cost anything.
 */
export function FeeSection({
  procedure,
  receiptCode,
  feeAccount,
}: {
  procedure: Procedure;
  receiptCode: string;
  feeAccount: FeeAccount | undefined;
}) {
  const { t, i18n } = useTranslation();
  const due = feeDue(procedure);
  const payment = feePayment(due.amountVnd, feeAccount, receiptCode);
  const amount = payment.kind === 'free' ? '' : formatVnd(payment.amountVnd, i18n.language);
  // Free only when fees are listed and none of them can cost anything.
  const free = payment.kind === 'free' && !due.unlisted && due.variable.length === 0;

  return (
    <section aria-labelledby="fee-heading" className="receipt-fee">
      <h2 id="fee-heading">{t('fees.heading')}</h2>
      {payment.kind !== 'free' && <p className="receipt-fee-amount">{t('fees.amount', { amount })}</p>}
      {due.unlisted && <p>{t('fees.unlisted')}</p>}
      {free && <p>{t('fees.none')}</p>}
      {payment.kind === 'vietQr' && (
        <div className="receipt-fee-qr">
          <QRCodeSVG
            value={payment.payload}
            size={220}
            level="M"
            marginSize={2}
            role="img"
            aria-label={t('fees.qrAria', { amount })}
          />
          <div>
            <p>{t('fees.scanToPay')}</p>
            <p>{t('fees.accountName', { name: payment.account.accountName })}</p>
            <p>{t('fees.reference', { code: receiptCode })}</p>
          </div>
        </div>
      )}
      {payment.kind === 'atOffice' && <p>{t('fees.payAtOffice')}</p>}
      {payment.kind === 'invalid' && (
        <p className="notice">
          {t('fees.qrUnavailable', {
            reason: payment.issues.map((issue) => t(vietQrIssueKey(issue), issue.params ?? {})).join(' '),
          })}
        </p>
      )}
      {due.variable.length > 0 && (
        <>
          <p>{payment.kind === 'free' ? t('fees.variable') : t('fees.alsoVariable')}</p>
          <FeeList fees={due.variable} />
        </>
      )}
    </section>
  );
}
