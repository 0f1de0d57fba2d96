import { crossCheckCitizenId, validateCitizenId, type Sex } from '../validation/citizen-id';
import { compareDates, parseIsoDate, toIsoDate, type CalendarDate } from '../validation/dates';
import { normalizePersonName, validatePersonName } from '../validation/person-name';
import type { ValidationIssue } from '../validation/validation-issue';

/**
 * The QR code on the chip citizen ID card (CCCD gắn chip, Thông tư 06/2021/TT-BCA; kept on the
 * thẻ căn cước of Luật Căn cước 2023). It is plain UTF-8 text, fields separated by '|':
 *
 *   số CCCD (12) | số CMND cũ (9, may be empty) | họ và tên | ngày sinh ddmmyyyy | Nam/Nữ |
 *   nơi thường trú | ngày cấp ddmmyyyy
 *
 * Sources: the field list is what the press reported when the card came out (ictnews.vietnamnet.vn
 * "Mã QR trên Căn cước công dân ghi những thông tin gì", 2021; luatvietnam.vn "Giấy tờ có in mã
 * QR code"; baobariavungtau.com.vn 2022: "Số CCCD, số CMND 9 số; họ và tên; ngày sinh; giới tính;
 * nơi thường trú; ngày cấp CCCD"). The order and the ddmmyyyy dates match real payloads quoted in
 * public integrations, e.g. `0xx…|3525…|Lê Văn …|23052002|Nam|Tổ 10 Ấp An Thái, …|31122021`, and one
 * with the CMND slot empty (`…||Khuất …|24022002|Nam|…|31052021`).
 * Tolerance, because the national format is not published as a specification:
 * - trailing fields after the issue date (newer cards, a draft for thẻ căn cước lists relatives'
 *   numbers) are kept in `extra` and otherwise ignored;
 * - an empty issue date is accepted; a 6-field layout without the CMND slot (reported by one public
 *   integration, unverified) is recognised because its third field is a date, never a name;
 * - a trailing '|', CR/LF, a BOM and decomposed (NFD) Vietnamese are accepted; text comes back NFC.
 * Errors are codes (`CccdQrErrorCode`) that the renderer translates; no prose here.
 */
export interface CccdCard {
  /** Số định danh cá nhân, 12 digits. */
  idNumber: string;
  /** The old 9-digit CMND (or an older 12-digit number), when the card carries one. */
  oldIdNumber: string | null;
  fullName: string;
  /** ISO yyyy-mm-dd. */
  dateOfBirth: string;
  sex: Sex;
  address: string;
  /** ISO yyyy-mm-dd, or null when the card leaves it out. */
  issueDate: string | null;
  /** Fields after the issue date that this parser does not know (NFC, trimmed). */
  extra: string[];
}

export const CCCD_QR_ERROR_CODES = [
  'empty',
  'tooLong',
  'notCccd',
  'idNumber',
  'oldIdNumber',
  'fullName',
  'dateOfBirth',
  'sex',
  'address',
  'issueDate',
  'birthYearMismatch',
] as const;
export type CccdQrErrorCode = (typeof CCCD_QR_ERROR_CODES)[number];

export type CccdQrResult =
  | {
      ok: true;
      card: CccdCard;
      /** Findings that do not block (unknown province code, sex not matching the ID's digit 4). */
      warnings: ValidationIssue[];
    }
  | { ok: false; error: CccdQrErrorCode };

/** Real payloads are about 150–250 characters; anything far longer is not this QR. */
const MAX_PAYLOAD = 2000;
const MAX_ADDRESS = 300;

const fail = (error: CccdQrErrorCode): CccdQrResult => ({ ok: false, error });

const clean = (field: string) => field.normalize('NFC').replace(/\s+/g, ' ').trim();

/** ddmmyyyy to a real calendar date, or null. */
export function parseCardDate(raw: string): CalendarDate | null {
  const m = /^([0-9]{2})([0-9]{2})([0-9]{4})$/.exec(raw);
  if (!m) return null;
  return parseIsoDate(`${m[3]}-${m[2]}-${m[1]}`);
}

function parseSex(raw: string): Sex | null {
  // Compare without marks, so 'Nữ' in NFD, 'NỮ' or a reader that dropped the accents all work.
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain === 'nam') return 'male';
  if (plain === 'nu') return 'female';
  return null;
}

/** Splits the payload into the seven known fields, or null when it does not have that shape. */
function splitFields(payload: string): { known: string[]; extra: string[] } | null {
  const fields = payload.split('|').map(clean);
  // One trailing separator is an artefact of some encoders, not a field.
  if (fields.length > 7 && fields[fields.length - 1] === '') fields.pop();
  if (fields.length === 6 && /^[0-9]{8}$/.test(fields[2] ?? '') && !/^[0-9]*$/.test(fields[1] ?? '')) {
    fields.splice(1, 0, '');
  }
  if (fields.length < 7) return null;
  return { known: fields.slice(0, 7), extra: fields.slice(7) };
}

/**
 * Parses and validates one QR payload. `today` bounds the dates (a birth or issue date in the
 * future is a misread). The ID number is checked with the same rules as typed input, including
 * the cross-check of its digits 4–6 against the printed date of birth and sex.
 */
export function parseCccdQr(raw: string, today: CalendarDate): CccdQrResult {
  const payload = raw.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, '');
  if (payload.trim() === '') return fail('empty');
  if (payload.length > MAX_PAYLOAD) return fail('tooLong');
  const split = splitFields(payload);
  if (!split) return fail('notCccd');
  const [idNumber = '', oldId = '', name = '', dob = '', sexText = '', address = '', issued = ''] =
    split.known;

  // A QR whose first field is not a 12-digit number is some other QR (a URL, a VietQR, a receipt).
  if (!/^[0-9]{12}$/.test(idNumber)) return fail(/^[0-9]+$/.test(idNumber) ? 'idNumber' : 'notCccd');
  const idIssues = validateCitizenId(idNumber);
  if (idIssues.some((issue) => issue.severity === 'error')) return fail('idNumber');
  if (oldId !== '' && !/^(?:[0-9]{9}|[0-9]{12})$/.test(oldId)) return fail('oldIdNumber');

  const fullName = normalizePersonName(name);
  if (validatePersonName(fullName).length > 0) return fail('fullName');

  const birth = parseCardDate(dob);
  if (!birth || birth.year < 1900 || compareDates(birth, today) > 0) return fail('dateOfBirth');

  const sex = parseSex(sexText);
  if (!sex) return fail('sex');

  if (address === '' || address.length > MAX_ADDRESS) return fail('address');

  let issueDate: string | null = null;
  if (issued !== '') {
    const date = parseCardDate(issued);
    if (!date || compareDates(date, birth) < 0 || compareDates(date, today) > 0) return fail('issueDate');
    issueDate = toIsoDate(date);
  }

  const cross = crossCheckCitizenId(idNumber, { birthYear: birth.year, sex });
  // Printed on the same card by the same authority: a year that disagrees means a misread or a forgery.
  if (cross.some((issue) => issue.severity === 'error')) return fail('birthYearMismatch');

  return {
    ok: true,
    card: {
      idNumber,
      oldIdNumber: oldId === '' ? null : oldId,
      fullName,
      dateOfBirth: toIsoDate(birth),
      sex,
      address,
      issueDate,
      extra: split.extra,
    },
    warnings: [...idIssues, ...cross],
  };
}
