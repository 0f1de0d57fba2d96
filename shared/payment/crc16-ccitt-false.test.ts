import { describe, expect, it } from 'vitest';
import { crc16CcittFalse, emvCrcHex } from './crc16-ccitt-false';

describe('crc16CcittFalse', () => {
  it('matches the CRC catalogue check value for "123456789"', () => {
    // CRC RevEng catalogue, CRC-16/IBM-3740 (alias CRC-16/CCITT-FALSE): check=0x29b1
    // (reveng.sourceforge.io/crc-catalogue/16.htm).
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
  });

  it('returns the initial value for empty input', () => {
    expect(crc16CcittFalse('')).toBe(0xffff);
  });

  it.each([
    // giautm/emvqr-go, emvqr_test.go (TestGetIn): a VNPay EMVCo code, not VietQR; only the CRC is used here.
    '00020101021126280010A000000775011001064159995204829953037045802VN5913123VIETNAMESE6005HANOI610610000062290313G7AUTO03 SAPO0708G7AUTO04630458BA',
    // xuannghia/vietnam-qr-pay, README.md ("VNPay"): another VNPay code.
    '00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685',
    // subiz/vietqr, vietqr_test.go: a static VietQR code.
    '00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4',
  ])('reproduces the CRC of a published EMVCo payload: %s', (payload) => {
    expect(emvCrcHex(payload.slice(0, -4))).toBe(payload.slice(-4));
  });

  it('zero-pads to four upper-case hex digits', () => {
    expect(emvCrcHex('123456789')).toBe('29B1');
    // Found by search in build-vietqr-payload.test.ts: this payload's CRC is 0x0091.
    expect(
      emvCrcHex(
        '00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA5303704540450005802VN62150811KFAC-9ACD-R6304',
      ),
    ).toBe('0091');
  });

  it('refuses characters that are not one byte', () => {
    expect(() => crc16CcittFalse('Chuyển tiền')).toThrow(RangeError);
  });
});
