/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR): the checksum EMVCo
 * merchant-presented QR codes, VietQR included, carry in field 63. Hand-written rather than taken from
 * the `crc` package: it is a dozen lines, shared/ stays dependency-free, and the test pins it to the CRC
 * catalogue's check value and to real VietQR payloads.
 */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    const byte = text.charCodeAt(i);
    // EMVCo payloads are checksummed as bytes; above 0x7F a UTF-16 code unit is not one byte.
    if (byte > 0x7f) throw new RangeError(`crc16CcittFalse: non-ASCII character at ${i}`);
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** The CRC as EMVCo writes it in field 63: four upper-case hex digits, zero-padded ('007B', never '7B'). */
export function emvCrcHex(text: string): string {
  return crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, '0');
}
