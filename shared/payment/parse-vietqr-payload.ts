import { error, type ValidationIssue } from '../validation/validation-issue';
import { emvCrcHex } from './crc16-ccitt-false';
import { decodeTlv, type TlvField } from './emv-tlv';
import {
  ACCOUNT_NUMBER_CHARACTERS,
  ACCOUNT_NUMBER_MAX,
  AMOUNT_MAX_DIGITS,
  BANK_BIN,
  NAPAS_VIETQR_GUID,
  REFERENCE_MAX,
} from './vietqr-transfer';

/** What a VietQR payload says, read back. Static codes leave the amount (and often the reference) out. */
export interface ParsedVietQr {
  initiation: 'static' | 'dynamic' | null;
  bankBin: string;
  accountNumber: string;
  /** 38/02, e.g. "QRIBFTTA" (to an account) or "QRIBFTTC" (to a card). */
  service: string;
  amountVnd: number | null;
  reference: string | null;
}

export type ParseVietQrResult =
  { ok: true; transfer: ParsedVietQr } | { ok: false; issues: ValidationIssue[] };

/** EMVCo: the whole payload is at most 512 characters of the common character set (printable ASCII). */
const PAYLOAD_MAX = 512;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const CRC_TAIL = /6304[0-9A-Fa-f]{4}$/;

const fail = (code: string, params?: ValidationIssue['params']): ParseVietQrResult => ({
  ok: false,
  issues: [error(code, params)],
});

function fieldValue(fields: readonly TlvField[], id: string): string | undefined {
  return fields.find((field) => field.id === id)?.value;
}

function template(value: string | undefined): TlvField[] | null {
  if (value === undefined) return null;
  const decoded = decodeTlv(value);
  return decoded.ok ? decoded.fields : null;
}

/** 38/01: the beneficiary's bank (00, NAPAS BIN) and account (01). */
function readBeneficiary(merchant: readonly TlvField[]): { bankBin: string; accountNumber: string } | null {
  const fields = template(fieldValue(merchant, '01'));
  const bankBin = fields && fieldValue(fields, '00');
  const accountNumber = fields && fieldValue(fields, '01');
  if (!bankBin || !BANK_BIN.test(bankBin)) return null;
  if (!accountNumber || accountNumber.length > ACCOUNT_NUMBER_MAX) return null;
  if (!ACCOUNT_NUMBER_CHARACTERS.test(accountNumber)) return null;
  return { bankBin, accountNumber };
}

/**
 * Decodes and checks a VietQR payload: printable ASCII, intact TLV structure, CRC last and correct,
 * NAPAS template with a 6-digit BIN and an account, currency VND, country VN. For tests (round trip)
 * and for checking a code before it is shown; foreign EMVCo codes (VNPay, PromptPay…) are refused.
 */
export function parseVietQrPayload(payload: string): ParseVietQrResult {
  if (!PRINTABLE_ASCII.test(payload)) return fail('vietQr.payload.characters');
  if (payload.length > PAYLOAD_MAX) return fail('vietQr.payload.length', { max: PAYLOAD_MAX });
  if (!CRC_TAIL.test(payload)) return fail('vietQr.payload.crcMissing');
  if (emvCrcHex(payload.slice(0, -4)) !== payload.slice(-4).toUpperCase()) {
    return fail('vietQr.payload.crcMismatch');
  }

  const root = decodeTlv(payload);
  if (!root.ok) return fail('vietQr.payload.structure', { offset: root.offset });
  const ids = root.fields.map((field) => field.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) return fail('vietQr.payload.duplicateField', { field: duplicate });
  // The tail matched "6304…", but only as a field of its own, and the last one, is it the CRC.
  if (ids.at(-1) !== '63') return fail('vietQr.payload.crcMissing');
  if (ids[0] !== '00' || root.fields[0]?.value !== '01') return fail('vietQr.payload.formatIndicator');

  const issues: ValidationIssue[] = [];
  const fields = root.fields;

  const initiationText = fieldValue(fields, '01');
  const initiation = initiationText === '11' ? 'static' : initiationText === '12' ? 'dynamic' : null;
  if (initiationText !== undefined && initiation === null) issues.push(error('vietQr.payload.initiation'));

  const merchant = template(fieldValue(fields, '38'));
  if (merchant === null || fieldValue(merchant, '00') !== NAPAS_VIETQR_GUID)
    return fail('vietQr.payload.notVietQr');
  const beneficiary = readBeneficiary(merchant);
  if (beneficiary === null) issues.push(error('vietQr.payload.beneficiary'));
  const service = fieldValue(merchant, '02');
  if (service === undefined) issues.push(error('vietQr.payload.service'));

  if (fieldValue(fields, '53') !== '704') issues.push(error('vietQr.payload.currency'));
  if (fieldValue(fields, '58') !== 'VN') issues.push(error('vietQr.payload.country'));

  // VND has no minor unit: an amount is whole digits, no leading zero, at most 13 characters.
  const amountText = fieldValue(fields, '54');
  const amountOk = amountText === undefined || /^[1-9][0-9]*$/.test(amountText);
  if (!amountOk || (amountText?.length ?? 0) > AMOUNT_MAX_DIGITS) issues.push(error('vietQr.payload.amount'));

  const additional = fieldValue(fields, '62');
  const additionalFields = template(additional);
  if (additional !== undefined && additionalFields === null) issues.push(error('vietQr.payload.structure'));
  const reference = additionalFields ? fieldValue(additionalFields, '08') : undefined;
  if (reference !== undefined && reference.length > REFERENCE_MAX)
    issues.push(error('vietQr.payload.reference'));

  if (issues.length > 0 || beneficiary === null || service === undefined) return { ok: false, issues };
  return {
    ok: true,
    transfer: {
      initiation,
      ...beneficiary,
      service,
      amountVnd: amountText === undefined ? null : Number(amountText),
      reference: reference ?? null,
    },
  };
}
