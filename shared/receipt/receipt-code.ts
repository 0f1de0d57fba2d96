/**
 * Receipt codes a resident can read aloud or type: 8 random characters and a
 * check character from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), shown as XXXX-XXXX-C. The check is Luhn mod N, which catches every
 * single-character mistake and most swaps of neighbours.
 */
export const RECEIPT_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
const N = RECEIPT_ALPHABET.length;

export type RandomBytes = (count: number) => Uint8Array;

function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const point = RECEIPT_ALPHABET.indexOf(body[i]!);
    let addend = factor * point;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return RECEIPT_ALPHABET[(N - (sum % N)) % N]!;
}

export function generateReceiptCode(randomBytes: RandomBytes): string {
  const chars: string[] = [];
  const limit = 256 - (256 % N); // reject the top of the byte range so every character is equally likely
  while (chars.length < 8) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && chars.length < 8) chars.push(RECEIPT_ALPHABET[byte % N]!);
    }
  }
  const body = chars.join('');
  return `${body.slice(0, 4)}-${body.slice(4)}-${checkCharacter(body)}`;
}

/** Uppercases, drops spaces and dashes, and confirms the check character. */
export function normalizeReceiptCode(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 9 || [...compact].some((c) => !RECEIPT_ALPHABET.includes(c))) return null;
  const body = compact.slice(0, 8);
  if (checkCharacter(body) !== compact[8]) return null;
  return `${body.slice(0, 4)}-${body.slice(4)}-${compact[8]}`;
}
