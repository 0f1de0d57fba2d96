import type { ValidationIssue } from '../../../shared/validation/validation-issue';

/**
 * The translation of each problem buildVietQrPayload can report (shared/payment/vietqr-transfer.ts),
 * as literal keys so the i18n check sees them. Unknown codes fall back to a general sentence.
 */
const KEYS = {
  'vietQr.bankBin.format': 'fees.issue.bankBin',
  'vietQr.accountNumber.length': 'fees.issue.accountNumberLength',
  'vietQr.accountNumber.characters': 'fees.issue.accountNumberCharacters',
  'vietQr.amount.notPositiveInteger': 'fees.issue.amount',
  'vietQr.amount.tooLong': 'fees.issue.amountTooLong',
  'vietQr.reference.length': 'fees.issue.referenceLength',
  'vietQr.reference.characters': 'fees.issue.referenceCharacters',
} as const;

export type VietQrIssueKey = (typeof KEYS)[keyof typeof KEYS] | 'fees.issue.other';

export function vietQrIssueKey(issue: ValidationIssue): VietQrIssueKey {
  return (KEYS as Record<string, VietQrIssueKey | undefined>)[issue.code] ?? 'fees.issue.other';
}
