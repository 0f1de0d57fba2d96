import { describe, expect, it } from 'vitest';
import { buildVietQrPayload } from './build-vietqr-payload';
import type { VietQrTransfer } from './vietqr-transfer';

/**
 * Published dynamic VietQR payloads (transfer to an account, with amount and content) from other,
 * independent implementations. Our builder must reproduce each byte for byte, CRC included.
 */
const PUBLISHED: { source: string; transfer: VietQrTransfer; payload: string }[] = [
  {
    source: 'github.com/subiz/vietqr README.md (Generate(120000, "970415", "0011001932418", …))',
    transfer: {
      bankBin: '970415',
      accountNumber: '0011001932418',
      amountVnd: 120000,
      reference: 'ung ho lu lut',
    },
    payload:
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
  },
  {
    source: 'github.com/subiz/vietqr vietqr_test.go (TestQR, case 2)',
    transfer: {
      bankBin: '970422',
      accountNumber: '0023457923442',
      amountVnd: 40123,
      reference: 'test text string',
    },
    payload:
      '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6',
  },
  {
    // The source passes "chuyển khoản" and strips the diacritics itself; we require ASCII up front.
    source: 'github.com/subiz/vietqr vietqr_test.go (TestQR, case 4)',
    transfer: {
      bankBin: '970422',
      accountNumber: '0023457923442',
      amountVnd: 40123,
      reference: 'chuyen khoan',
    },
    payload:
      '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F',
  },
  {
    // 19-character alphanumeric account and 25-character content: both at the limit. The source trims
    // longer input; we refuse it instead (see below).
    source: 'github.com/subiz/vietqr vietqr_test.go (TestQR, case 6)',
    transfer: {
      bankBin: '970422',
      accountNumber: '0023457923442ASDFLJ',
      amountVnd: 40123,
      reference: 'chuyen khoan alsdkf laksj',
    },
    payload:
      '00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB',
  },
  {
    source: 'github.com/xuannghia/vietnam-qr-pay README.md ("VietQR Động")',
    transfer: { bankBin: '970416', accountNumber: '257678859', amountVnd: 10000, reference: 'Chuyen tien' },
    payload:
      '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6',
  },
  {
    source: 'github.com/xuannghia/vietnam-qr-pay test/test-vietqr.spec.ts and README.md ("Decode")',
    transfer: { bankBin: '970416', accountNumber: '257678859', amountVnd: 1000, reference: 'Chuyen tien' },
    payload:
      '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8',
  },
  {
    source: 'github.com/xuannghia/vietnam-qr-pay README.md ("build() method")',
    transfer: { bankBin: '970416', accountNumber: '257678859', amountVnd: 999999, reference: 'Cam on nhe' },
    payload:
      '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454069999995802VN62140810Cam on nhe6304E786',
  },
];

const VALID: VietQrTransfer = {
  bankBin: '970415',
  accountNumber: '113366668888',
  amountVnd: 5000,
  reference: 'KFAC-9ACD-R',
};

const codesOf = (transfer: VietQrTransfer) => {
  const result = buildVietQrPayload(transfer);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('buildVietQrPayload', () => {
  it.each(PUBLISHED)('reproduces $source byte for byte', ({ transfer, payload }) => {
    expect(buildVietQrPayload(transfer)).toEqual({ ok: true, payload });
  });

  it('carries a receipt code as the transfer content and zero-pads a small CRC', () => {
    // KFAC-9ACD-R is a valid receipt code whose payload happens to have CRC 0x0091 (found by search):
    // a builder that printed the CRC without padding ("91") would fail here.
    expect(buildVietQrPayload(VALID)).toEqual({
      ok: true,
      payload:
        '00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA5303704540450005802VN62150811KFAC-9ACD-R63040091',
    });
  });

  it.each(['97041', '9704150', '97041A', ' 970415', ''])('refuses the bank BIN %j', (bankBin) => {
    expect(codesOf({ ...VALID, bankBin })).toEqual(['vietQr.bankBin.format']);
  });

  it.each([
    ['', 'vietQr.accountNumber.length'],
    ['1'.repeat(20), 'vietQr.accountNumber.length'],
    ['0011 0019', 'vietQr.accountNumber.characters'],
    ['0011-0019', 'vietQr.accountNumber.characters'],
    ['ĐA123', 'vietQr.accountNumber.characters'],
  ])('refuses the account number %j with %s', (accountNumber, code) => {
    expect(codesOf({ ...VALID, accountNumber })).toEqual([code]);
  });

  it.each([
    [0, 'vietQr.amount.notPositiveInteger'],
    [-5000, 'vietQr.amount.notPositiveInteger'],
    [5000.5, 'vietQr.amount.notPositiveInteger'],
    [Number.NaN, 'vietQr.amount.notPositiveInteger'],
    [Number.POSITIVE_INFINITY, 'vietQr.amount.notPositiveInteger'],
    [2 ** 53, 'vietQr.amount.notPositiveInteger'],
    [10_000_000_000_000, 'vietQr.amount.tooLong'],
  ])('refuses the amount %d with %s', (amountVnd, code) => {
    expect(codesOf({ ...VALID, amountVnd })).toEqual([code]);
  });

  it('accepts the largest 13-digit amount', () => {
    expect(codesOf({ ...VALID, amountVnd: 9_999_999_999_999 })).toEqual([]);
  });

  it.each([
    ['', 'vietQr.reference.length'],
    ['   ', 'vietQr.reference.length'],
    ['A'.repeat(26), 'vietQr.reference.length'],
    ['Lệ phí khai sinh', 'vietQr.reference.characters'],
    ['KFAC/9ACD/R', 'vietQr.reference.characters'],
    ['KFAC-9ACD-R\n', 'vietQr.reference.characters'],
  ])('refuses the reference %j with %s', (reference, code) => {
    expect(codesOf({ ...VALID, reference })).toEqual([code]);
  });

  it('reports every bad field at once, as codes with their limits', () => {
    const result = buildVietQrPayload({ bankBin: 'x', accountNumber: '', amountVnd: 0, reference: '' });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'vietQr.bankBin.format', severity: 'error' },
        { code: 'vietQr.accountNumber.length', severity: 'error', params: { max: 19 } },
        { code: 'vietQr.amount.notPositiveInteger', severity: 'error' },
        { code: 'vietQr.reference.length', severity: 'error', params: { max: 25 } },
      ],
    });
  });
});
