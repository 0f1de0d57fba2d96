/**
 * EMVCo data objects: a 2-digit ID, a 2-digit length (01–99) and that many characters of value.
 * Templates (VietQR fields 38, 62) hold further data objects in their value, decoded the same way.
 */
export interface TlvField {
  id: string;
  value: string;
}

export type TlvProblem = 'id' | 'length' | 'truncated';

export type TlvDecodeResult =
  { ok: true; fields: TlvField[] } | { ok: false; problem: TlvProblem; offset: number };

const TWO_DIGITS = /^[0-9]{2}$/;

/** Encodes one data object. Callers validate values first, so a bad ID or length is a programming error. */
export function encodeTlv(id: string, value: string): string {
  if (!TWO_DIGITS.test(id)) throw new RangeError(`encodeTlv: bad id ${JSON.stringify(id)}`);
  if (value.length < 1 || value.length > 99) {
    throw new RangeError(`encodeTlv: value of ${id} has length ${value.length}, not 1–99`);
  }
  return id + String(value.length).padStart(2, '0') + value;
}

/** Splits text into data objects; every character must belong to one, nothing left over. */
export function decodeTlv(text: string): TlvDecodeResult {
  const fields: TlvField[] = [];
  let offset = 0;
  while (offset < text.length) {
    if (offset + 4 > text.length) return { ok: false, problem: 'truncated', offset };
    const id = text.slice(offset, offset + 2);
    const lengthText = text.slice(offset + 2, offset + 4);
    if (!TWO_DIGITS.test(id)) return { ok: false, problem: 'id', offset };
    if (!TWO_DIGITS.test(lengthText) || lengthText === '00') return { ok: false, problem: 'length', offset };
    const end = offset + 4 + Number(lengthText);
    if (end > text.length) return { ok: false, problem: 'truncated', offset };
    fields.push({ id, value: text.slice(offset + 4, end) });
    offset = end;
  }
  return { ok: true, fields };
}
