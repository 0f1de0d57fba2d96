import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVietQrPayload } from './build-vietqr-payload';
import { emvCrcHex } from './crc16-ccitt-false';
import { encodeTlv } from './emv-tlv';
import { parseVietQrPayload } from './parse-vietqr-payload';

/** Appends a correct CRC, so a test can reach the checks behind the CRC check. */
const withCrc = (body: string) => body + '6304' + emvCrcHex(body + '6304');

const codesOf = (payload: string) => {
  const result = parseVietQrPayload(payload);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

const MERCHANT = encodeTlv(
  '38',
  encodeTlv('00', 'A000000727') +
    encodeTlv('01', encodeTlv('00', '970415') + encodeTlv('01', '113366668888')) +
    encodeTlv('02', 'QRIBFTTA'),
);

describe('parseVietQrPayload: published payloads', () => {
  it.each([
    {
      source: 'subiz/vietqr README.md',
      payload:
        '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
      transfer: {
        initiation: 'dynamic',
        bankBin: '970415',
        accountNumber: '0011001932418',
        service: 'QRIBFTTA',
        amountVnd: 120000,
        reference: 'ung ho lu lut',
      },
    },
    {
      source: 'subiz/vietqr vietqr_test.go (static, no amount)',
      payload: '00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4',
      transfer: {
        initiation: 'static',
        bankBin: '970423',
        accountNumber: '0099999999',
        service: 'QRIBFTTA',
        amountVnd: null,
        reference: null,
      },
    },
    {
      source: 'xuannghia/vietnam-qr-pay README.md ("VietQR Tĩnh")',
      payload: '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F',
      transfer: {
        initiation: 'static',
        bankBin: '970416',
        accountNumber: '257678859',
        service: 'QRIBFTTA',
        amountVnd: null,
        reference: null,
      },
    },
    {
      // MoMo wallet account at BVBank: letters in an 18-character account; 62/05 and root 80 are ignored.
      source: 'xuannghia/vietnam-qr-pay README.md ("MoMo")',
      payload:
        '00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8',
      transfer: {
        initiation: 'static',
        bankBin: '970454',
        accountNumber: '99MM24011M34875080',
        service: 'QRIBFTTA',
        amountVnd: null,
        reference: null,
      },
    },
    {
      // Field 62 before 38: EMVCo does not fix the order of root fields other than 00 first, 63 last.
      source: 'giautm/emvqr-go emvqr_test.go (Test_BuildPayload)',
      payload:
        '00020101021262110807tien le38560010A0000007270126000697041501121133666688880208QRIBFTTA5303704540460005802VN63046893',
      transfer: {
        initiation: 'dynamic',
        bankBin: '970415',
        accountNumber: '113366668888',
        service: 'QRIBFTTA',
        amountVnd: 6000,
        reference: 'tien le',
      },
    },
  ])('reads $source', ({ payload, transfer }) => {
    expect(parseVietQrPayload(payload)).toEqual({ ok: true, transfer });
  });

  it('refuses a published payload with one CRC digit changed (xuannghia/vietnam-qr-pay test-vietqr.spec.ts)', () => {
    expect(
      codesOf(
        '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB5',
      ),
    ).toEqual(['vietQr.payload.crcMismatch']);
  });

  it('refuses a published payload with one content character changed (giautm/emvqr-go TestCheckCRC)', () => {
    expect(
      codesOf(
        '00020101021262110807tienxle38560010A0000007270126000697041501121133666688880208QRIBFTTA5303704540460005802VN63046893',
      ),
    ).toEqual(['vietQr.payload.crcMismatch']);
  });

  it('refuses EMVCo codes of other schemes (VNPay, from giautm/emvqr-go and xuannghia/vietnam-qr-pay)', () => {
    for (const vnpay of [
      '00020101021126280010A000000775011001064159995204829953037045802VN5913123VIETNAMESE6005HANOI610610000062290313G7AUTO03 SAPO0708G7AUTO04630458BA',
      '00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685',
    ]) {
      expect(codesOf(vnpay)).toEqual(['vietQr.payload.notVietQr']);
    }
  });
});

describe('parseVietQrPayload: round trip', () => {
  it('reads back every transfer the builder accepts', () => {
    const transfer = fc.record({
      bankBin: fc.stringMatching(/^[0-9]{6}$/),
      accountNumber: fc.stringMatching(/^[0-9A-Za-z]{1,19}$/),
      amountVnd: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).filter((n) => String(n).length <= 13),
      reference: fc.stringMatching(/^[0-9A-Za-z -]{1,25}$/).filter((text) => text.trim() !== ''),
    });
    fc.assert(
      fc.property(transfer, (input) => {
        const built = buildVietQrPayload(input);
        if (!built.ok) throw new Error(JSON.stringify(built.issues));
        expect(parseVietQrPayload(built.payload)).toEqual({
          ok: true,
          transfer: { ...input, initiation: 'dynamic', service: 'QRIBFTTA' },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a lower-case CRC, as some generators print it', () => {
    const built = buildVietQrPayload({
      bankBin: '970415',
      accountNumber: '113366668888',
      amountVnd: 5000,
      reference: 'KFAC-9ACD-R',
    });
    if (!built.ok) throw new Error('fixture');
    expect(
      parseVietQrPayload(built.payload.replace(/6304(....)$/, (_, crc: string) => '6304' + crc.toLowerCase()))
        .ok,
    ).toBe(true);
  });
});

describe('parseVietQrPayload: malformed payloads', () => {
  const rest = '5303704' + '5802VN';

  it.each([
    ['non-ASCII text', withCrc('000201' + MERCHANT + rest).replace('VN', 'VÑ'), 'vietQr.payload.characters'],
    ['an empty string', '', 'vietQr.payload.characters'],
    ['a control character', withCrc('000201' + MERCHANT + rest) + '\n', 'vietQr.payload.characters'],
    [
      'more than 512 characters',
      withCrc('000201' + '9999' + 'x'.repeat(99)).repeat(5),
      'vietQr.payload.length',
    ],
    ['no CRC field', '000201' + MERCHANT + rest, 'vietQr.payload.crcMissing'],
    ['a broken TLV chain', withCrc('000201' + '0199'), 'vietQr.payload.structure'],
    ['a repeated field', withCrc('000201' + MERCHANT + rest + '5802VN'), 'vietQr.payload.duplicateField'],
    // "6304" + a valid CRC inside 62/08: the tail looks right, but the last field is 62, not 63.
    [
      'a CRC look-alike inside another field',
      (() => {
        const head = '0002016214' + '0810' + 'ZZ6304';
        return head + emvCrcHex(head);
      })(),
      'vietQr.payload.crcMissing',
    ],
    ['a payload format other than 01', withCrc('000202' + MERCHANT + rest), 'vietQr.payload.formatIndicator'],
    ['no payload format first', withCrc(MERCHANT + '000201' + rest), 'vietQr.payload.formatIndicator'],
    ['no field 38', withCrc('000201' + rest), 'vietQr.payload.notVietQr'],
  ])('refuses %s', (_, payload, code) => {
    expect(codesOf(payload)).toEqual([code]);
  });

  it.each([
    ['initiation 13', withCrc('000201' + '010213' + MERCHANT + rest), 'vietQr.payload.initiation'],
    ['currency USD', withCrc('000201' + MERCHANT + '5303840' + '5802VN'), 'vietQr.payload.currency'],
    ['country TH', withCrc('000201' + MERCHANT + '5303704' + '5802TH'), 'vietQr.payload.country'],
    ['a decimal amount', withCrc('000201' + MERCHANT + rest + '54071000.50'), 'vietQr.payload.amount'],
    [
      'an amount with a leading zero',
      withCrc('000201' + MERCHANT + rest + '540505000'),
      'vietQr.payload.amount',
    ],
    [
      'a 14-digit amount',
      withCrc('000201' + MERCHANT + rest + '541410000000000000'),
      'vietQr.payload.amount',
    ],
    ['a broken field 62', withCrc('000201' + MERCHANT + rest + '62040899'), 'vietQr.payload.structure'],
    [
      'a 26-character reference',
      withCrc('000201' + MERCHANT + rest + '62300826' + 'A'.repeat(26)),
      'vietQr.payload.reference',
    ],
    [
      'a 5-digit BIN',
      withCrc(
        '000201' +
          encodeTlv(
            '38',
            encodeTlv('00', 'A000000727') +
              encodeTlv('01', encodeTlv('00', '97041') + encodeTlv('01', '1133')) +
              encodeTlv('02', 'QRIBFTTA'),
          ) +
          rest,
      ),
      'vietQr.payload.beneficiary',
    ],
    [
      'no account number',
      withCrc(
        '000201' +
          encodeTlv(
            '38',
            encodeTlv('00', 'A000000727') +
              encodeTlv('01', encodeTlv('00', '970415')) +
              encodeTlv('02', 'QRIBFTTA'),
          ) +
          rest,
      ),
      'vietQr.payload.beneficiary',
    ],
    [
      'no service code',
      withCrc(
        '000201' +
          encodeTlv(
            '38',
            encodeTlv('00', 'A000000727') +
              encodeTlv('01', encodeTlv('00', '970415') + encodeTlv('01', '1133')),
          ) +
          rest,
      ),
      'vietQr.payload.service',
    ],
  ])('refuses %s', (_, payload, code) => {
    expect(codesOf(payload)).toEqual([code]);
  });
});
