import { error, type ValidationIssue } from '../validation/validation-issue';

/**
 * What a VietQR "transfer to account" code asks the resident's bank app to do: pay `amountVnd` to
 * `accountNumber` at the bank with NAPAS BIN `bankBin`, with `reference` (our receipt code) as the
 * transfer content, so the payment can be matched to the dossier.
 */
export interface VietQrTransfer {
  bankBin: string;
  accountNumber: string;
  amountVnd: number;
  reference: string;
}

/** NAPAS's application identifier in field 38/00: marks the code as VietQR (NAPAS 247). */
export const NAPAS_VIETQR_GUID = 'A000000727';
/** Field 38/02: fast transfer to an account ("QRIBFTTC" would be to a card number). */
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
/** Limits from the NAPAS VietQR profile: account "ans" up to 19, purpose up to 25; EMVCo amount up to 13. */
export const ACCOUNT_NUMBER_MAX = 19;
export const REFERENCE_MAX = 25;
export const AMOUNT_MAX_DIGITS = 13;

export const BANK_BIN = /^[0-9]{6}$/;
export const ACCOUNT_NUMBER_CHARACTERS = /^[0-9A-Za-z]+$/;
/**
 * Letters, digits, spaces and hyphens (a receipt code is XXXX-XXXX-C). Bank apps copy field 62/08
 * into the transfer content, and several of them drop or mangle other punctuation and every
 * Vietnamese diacritic, which would break matching the payment to its receipt.
 */
export const REFERENCE_CHARACTERS = /^[0-9A-Za-z -]+$/;

/** Problems as codes (`validation.<code>` in the renderer's locales), never as prose. */
export function validateVietQrTransfer(transfer: VietQrTransfer): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { bankBin, accountNumber, amountVnd, reference } = transfer;

  if (!BANK_BIN.test(bankBin)) issues.push(error('vietQr.bankBin.format'));

  if (accountNumber.length === 0 || accountNumber.length > ACCOUNT_NUMBER_MAX) {
    issues.push(error('vietQr.accountNumber.length', { max: ACCOUNT_NUMBER_MAX }));
  } else if (!ACCOUNT_NUMBER_CHARACTERS.test(accountNumber)) {
    issues.push(error('vietQr.accountNumber.characters'));
  }

  // VND has no minor unit, and an unsafe integer would not print as the digits it stands for.
  if (!Number.isSafeInteger(amountVnd) || amountVnd <= 0) {
    issues.push(error('vietQr.amount.notPositiveInteger'));
  } else if (String(amountVnd).length > AMOUNT_MAX_DIGITS) {
    issues.push(error('vietQr.amount.tooLong', { max: AMOUNT_MAX_DIGITS }));
  }

  if (reference.trim().length === 0 || reference.length > REFERENCE_MAX) {
    issues.push(error('vietQr.reference.length', { max: REFERENCE_MAX }));
  } else if (!REFERENCE_CHARACTERS.test(reference)) {
    issues.push(error('vietQr.reference.characters'));
  }

  return issues;
}
