/**
 * Receipt codes a resident can read aloud or type: 8 random characters and a
 * check character from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), shown as XXXX-XXXX-C. The check character is a weighted sum mod 25
 * with alternating weights 2 and 1; both are invertible mod 25, so every
 * single-character mistake and every swap of neighbouring characters is caught.
 * (Luhn mod N would not do: it only catches every single mistake when N is even.)
 */
export const RECEIPT_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
const N = RECEIPT_ALPHABET.length;

export type RandomBytes = (count: number) => Uint8Array;

function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const point = RECEIPT_ALPHABET.indexOf(body.charAt(i));
    sum += (factor * point) % N;
    factor = factor === 2 ? 1 : 2;
  }
  return RECEIPT_ALPHABET.charAt((N - (sum % N)) % N);
}

export function generateReceiptCode(randomBytes: RandomBytes): string {
  const chars: string[] = [];
  const limit = 256 - (256 % N); // reject the top of the byte range so every character is equally likely
  while (chars.length < 8) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && chars.length < 8) chars.push(RECEIPT_ALPHABET.charAt(byte % N));
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
