import type { FeeAccount } from '../../../shared/config/provisioning-config';
import { buildVietQrPayload } from '../../../shared/payment/build-vietqr-payload';
import type { ValidationIssue } from '../../../shared/validation/validation-issue';

/**
 * How the receipt asks for the fee: nothing to pay, a VietQR code for the ward's account (the
 * receipt code as the transfer content, so the payment matches the dossier), or pay at the office
 * when the kiosk has no fee account or the code cannot be built.
 */
export type FeePayment =
  | { kind: 'free' }
  | { kind: 'atOffice'; amountVnd: number }
  | { kind: 'vietQr'; amountVnd: number; payload: string; account: FeeAccount }
  | { kind: 'invalid'; amountVnd: number; issues: ValidationIssue[] };

export function feePayment(
  amountVnd: number,
  account: FeeAccount | undefined,
  receiptCode: string,
): FeePayment {
  if (amountVnd <= 0) return { kind: 'free' };
  if (!account) return { kind: 'atOffice', amountVnd };
  const built = buildVietQrPayload({
    bankBin: account.bankBin,
    accountNumber: account.accountNumber,
    amountVnd,
    reference: receiptCode,
  });
  return built.ok
    ? { kind: 'vietQr', amountVnd, payload: built.payload, account }
    : { kind: 'invalid', amountVnd, issues: built.issues };
}
