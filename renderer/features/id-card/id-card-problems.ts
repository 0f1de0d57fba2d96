import type { CccdQrErrorCode } from '../../../shared/identity/cccd-qr';

/**
 * What the resident is told when a QR was read but is not a usable ID card QR. Three messages
 * are enough: another QR altogether, a card read badly, or a card whose data contradict each other.
 */
const NOT_A_CARD = 'idCard.problem.notCard';
const UNREADABLE = 'idCard.problem.unreadable';
const INCONSISTENT = 'idCard.problem.inconsistent';

export const ID_CARD_PROBLEM_KEYS = {
  empty: NOT_A_CARD,
  tooLong: NOT_A_CARD,
  notCccd: NOT_A_CARD,
  idNumber: UNREADABLE,
  oldIdNumber: UNREADABLE,
  fullName: UNREADABLE,
  dateOfBirth: UNREADABLE,
  sex: UNREADABLE,
  address: UNREADABLE,
  issueDate: UNREADABLE,
  birthYearMismatch: INCONSISTENT,
} as const satisfies Record<CccdQrErrorCode, string>;
