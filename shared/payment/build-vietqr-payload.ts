import type { ValidationIssue } from '../validation/validation-issue';
import { emvCrcHex } from './crc16-ccitt-false';
import { encodeTlv } from './emv-tlv';
import {
  NAPAS_VIETQR_GUID,
  SERVICE_TO_ACCOUNT,
  validateVietQrTransfer,
  type VietQrTransfer,
} from './vietqr-transfer';

export type BuildVietQrResult = { ok: true; payload: string } | { ok: false; issues: ValidationIssue[] };

/**
 * The text of a dynamic VietQR code (NAPAS 247 transfer to an account, EMVCo merchant-presented
 * format), fields in the order the NAPAS examples and the bank apps' own codes use:
 * 00 format "01", 01 initiation "12" (dynamic: one payment, fixed amount), 38 NAPAS account template
 * (00 GUID, 01 beneficiary {00 BIN, 01 account}, 02 service), 53 currency 704, 54 amount, 58 "VN",
 * 62 additional data {08 purpose = reference}, 63 CRC over everything before it including "6304".
 */
export function buildVietQrPayload(transfer: VietQrTransfer): BuildVietQrResult {
  const issues = validateVietQrTransfer(transfer);
  if (issues.length > 0) return { ok: false, issues };

  const beneficiary = encodeTlv('00', transfer.bankBin) + encodeTlv('01', transfer.accountNumber);
  const merchantAccount =
    encodeTlv('00', NAPAS_VIETQR_GUID) + encodeTlv('01', beneficiary) + encodeTlv('02', SERVICE_TO_ACCOUNT);
  const body =
    encodeTlv('00', '01') +
    encodeTlv('01', '12') +
    encodeTlv('38', merchantAccount) +
    encodeTlv('53', '704') +
    encodeTlv('54', String(transfer.amountVnd)) +
    encodeTlv('58', 'VN') +
    encodeTlv('62', encodeTlv('08', transfer.reference)) +
    '6304';
  return { ok: true, payload: body + emvCrcHex(body) };
}
