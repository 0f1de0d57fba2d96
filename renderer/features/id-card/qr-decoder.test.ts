import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQr, qrText } from './qr-decoder';

/** Draws a QR symbol as an RGBA image: `scale` px per module, a 4-module quiet zone. */
function qrImage(text: string, scale = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { data, width: size, height: size };
}

describe('decodeQr (jsQR)', () => {
  it('reads a chip ID card payload with its Vietnamese intact', async () => {
    const payload =
      '001190012345|012345678|Nguyễn Thị Mai Anh|15031990|Nữ|Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội|20042021';
    expect(await decodeQr(qrImage(payload))).toBe(payload);
  });

  it('answers null for an image without a QR code', async () => {
    expect(
      await decodeQr({ data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 }),
    ).toBeNull();
  });
});

describe('qrText', () => {
  it('decodes the bytes as UTF-8', () => {
    const bytes = [...new TextEncoder().encode('Nữ')];
    expect(qrText({ binaryData: bytes, data: 'garbled' })).toBe('Nữ');
  });

  it("falls back to the decoder's own text when the bytes are not UTF-8", () => {
    expect(qrText({ binaryData: [0xff, 0xfe, 0x41], data: 'ÿþA' })).toBe('ÿþA');
  });
});
