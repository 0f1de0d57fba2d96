import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeeAccount } from '../../../shared/config/provisioning-config';
import type { PrintResult, ReceiptPrint } from '../../../shared/ipc/receipt-print';
import { parseVietQrPayload } from '../../../shared/payment/parse-vietqr-payload';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Catalog, Procedure } from '../../../shared/procedures/procedure-schema';
import { submissionRequest } from '../../../tests/support/submission-request';
import { createI18n } from '../../i18n/i18n';
import { Outbox } from '../../outbox/outbox';
import { OutboxDatabase } from '../../outbox/outbox-db';
import { ReceiptScreen } from './ReceiptScreen';

// The QR components draw paths; this stand-in keeps what each code says, so a test can read it back.
vi.mock('qrcode.react', () => ({
  QRCodeSVG: ({
    value,
    role,
    'aria-label': label,
  }: {
    value: string;
    role: string;
    'aria-label': string;
  }) => <svg data-value={value} role={role} aria-label={label} />,
}));

const CODE = 'KFAC-9ACD-R';
const ACCOUNT: FeeAccount = {
  bankBin: '970415',
  accountNumber: '113366668888',
  accountName: 'UBND PHUONG HOAN KIEM',
};
const HT_KS = BUNDLED_CATALOG.procedures.find((p) => p.id === 'HT-KS') as Procedure;
/** A procedure with a fee everyone pays (20,000 đ) and one per copy, only if wanted. */
const WITH_FEE: Procedure = {
  ...HT_KS,
  id: 'HT-TEST',
  fees: [
    { name: { vi: 'Lệ phí', en: 'Fee' }, amountVnd: 20_000 },
    {
      name: { vi: 'Bản sao', en: 'Copy' },
      amountVnd: 8_000,
      per: 'copy',
      condition: { vi: 'Nếu cần', en: 'If wanted' },
    },
  ],
};
/** Free for everyone, in every case. */
const FREE: Procedure = {
  ...HT_KS,
  id: 'HT-FREE',
  fees: [{ name: { vi: 'Không thu lệ phí', en: 'No fee' }, amountVnd: 0 }],
};
/** The catalog does not know the fee. */
const UNLISTED: Procedure = { ...HT_KS, id: 'HT-UNLISTED', fees: [] };
const HT_KH = BUNDLED_CATALOG.procedures.find((p) => p.id === 'HT-KH') as Procedure;
const CT_BS = BUNDLED_CATALOG.procedures.find((p) => p.id === 'CT-BS') as Procedure;
const CATALOG: Catalog = {
  ...BUNDLED_CATALOG,
  procedures: [HT_KS, WITH_FEE, FREE, UNLISTED, HT_KH, CT_BS],
};

const databases: OutboxDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function renderReceipt(
  procedureId: string,
  props: Partial<ComponentProps<typeof ReceiptScreen>> = {},
  locale: 'vi' | 'en' = 'vi',
) {
  const db = new OutboxDatabase(`receipt-test-${Math.random()}`);
  databases.push(db);
  const outbox = new Outbox(db, () => Date.parse('2026-11-23T03:00:00Z'));
  const record = await outbox.enqueue(submissionRequest(1, { receiptCode: CODE, procedureId }));
  const print = vi.fn<(receipt: ReceiptPrint) => Promise<PrintResult>>(async () => ({ ok: true }));
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ReceiptScreen
        submissionId={record.id}
        outbox={outbox}
        catalog={CATALOG}
        feeAccount={ACCOUNT}
        print={print}
        onDone={() => undefined}
        {...props}
      />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { print };
}

const feeQr = () => screen.queryByRole('img', { name: /VietQR/ });

describe('ReceiptScreen', () => {
  it('keeps the receipt code, its QR code and the live status', async () => {
    await renderReceipt('HT-KS');
    expect(screen.getByLabelText(/^Mã biên nhận:/)).toHaveTextContent(CODE);
    expect(screen.getByRole('img', { name: 'Mã QR của mã biên nhận' })).toHaveAttribute('data-value', CODE);
    expect(screen.getByRole('status')).toHaveTextContent('Đã lưu trên máy, đang chờ gửi.');
  });

  it('says what happens next: sending, the office, the processing time, lookup, and when it was submitted', async () => {
    await renderReceipt('HT-KS');
    const next = screen.getByRole('region', { name: 'Tiếp theo' });
    expect(next).toHaveTextContent(/Máy tự gửi hồ sơ/);
    expect(next).toHaveTextContent(`Hồ sơ được chuyển đến: ${HT_KS.handlingOffice.vi}`);
    expect(next).toHaveTextContent(`Thời gian giải quyết dự kiến: ${HT_KS.processingTime.vi}`);
    expect(next).toHaveTextContent(/Tra cứu hồ sơ/);
    // 03:00 UTC is 10:00 in Hanoi.
    expect(screen.getByText('Thời điểm nộp').nextElementSibling).toHaveTextContent(/10:00.*23\/11\/2026/);
  });

  it('for a procedure the kiosk can only prepare, says what must still be done in person', async () => {
    expect(HT_KH.kiosk.mode).toBe('prepare');
    await renderReceipt('HT-KH');
    const next = screen.getByRole('region', { name: 'Tiếp theo' });
    expect(next).not.toHaveTextContent(/không cần làm gì thêm/);
    if (HT_KH.kiosk.mode === 'prepare') {
      expect(next).toHaveTextContent(`Còn một bước phải làm trực tiếp: ${HT_KH.kiosk.reason.vi}`);
    }
  });

  it('tells a resident whose procedure is complete at the kiosk that nothing more is needed', async () => {
    await renderReceipt('HT-KS');
    expect(screen.getByRole('region', { name: 'Tiếp theo' })).toHaveTextContent(/không cần làm gì thêm/);
  });

  it('shows a VietQR code for a fee when the kiosk has a fee account, with the amount and the receipt code', async () => {
    await renderReceipt('HT-TEST');
    expect(screen.getByText(/^Lệ phí phải nộp: 20\.000\s₫$/)).toBeInTheDocument();
    const qr = feeQr();
    expect(qr).toHaveAccessibleName(/^Mã VietQR để nộp lệ phí 20\.000\s₫$/);
    const parsed = parseVietQrPayload(qr?.getAttribute('data-value') ?? '');
    expect(parsed).toEqual({
      ok: true,
      transfer: {
        initiation: 'dynamic',
        bankBin: '970415',
        accountNumber: '113366668888',
        service: 'QRIBFTTA',
        amountVnd: 20_000,
        reference: CODE,
      },
    });
    expect(screen.getByText('Người nhận: UBND PHUONG HOAN KIEM')).toBeInTheDocument();
    expect(screen.getByText(`Nội dung chuyển khoản: ${CODE}`)).toBeInTheDocument();
    // The copy fee depends on the dossier: the kiosk does not charge it, it gives its rate.
    const fees = screen.getByRole('region', { name: 'Lệ phí' });
    expect(fees).toHaveTextContent(/Ngoài ra, tùy hồ sơ, ông\/bà có thể phải nộp thêm/);
    expect(within(fees).getByRole('listitem')).toHaveTextContent(/^Bản sao: 8\.000\s₫ mỗi bản \(Nếu cần\)$/);
  });

  it('says to pay at the office when the kiosk has no fee account', async () => {
    await renderReceipt('HT-TEST', { feeAccount: undefined });
    expect(feeQr()).toBeNull();
    expect(screen.getByText(/^Lệ phí phải nộp: 20\.000\s₫$/)).toBeInTheDocument();
    expect(screen.getByText('Ông/bà nộp lệ phí tại bộ phận một cửa của phường.')).toBeInTheDocument();
  });

  it('says there is no fee only when no listed fee can cost anything', async () => {
    await renderReceipt('HT-FREE');
    expect(feeQr()).toBeNull();
    expect(screen.getByText('Thủ tục này không mất lệ phí.')).toBeInTheDocument();
  });

  it('lists per-copy and late fees with their rates instead of saying there is no fee', async () => {
    await renderReceipt('HT-KS');
    expect(feeQr()).toBeNull();
    const fees = screen.getByRole('region', { name: 'Lệ phí' });
    expect(fees).not.toHaveTextContent(/không mất lệ phí/);
    expect(fees).toHaveTextContent(/chỉ thu khi áp dụng với hồ sơ của ông\/bà/);
    expect(
      within(fees)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Lệ phí đăng ký khai sinh quá hạn: 5\.000\s₫ \(Sau 60 ngày kể từ ngày sinh\)$/),
      expect.stringMatching(/^Bản sao trích lục khai sinh: 8\.000\s₫ mỗi bản \(Nếu cần\)$/),
    ]);
  });

  it('gives per-page rates in English', async () => {
    await renderReceipt('CT-BS', {}, 'en');
    const fees = screen.getByRole('region', { name: 'Fees' });
    expect(fees).not.toHaveTextContent(/has no fee/);
    expect(
      within(fees)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Copy certification fee, pages 1 and 2: ₫2,000 per page \(For each copy\)$/),
      expect.stringMatching(/^Copy certification fee, from page 3: ₫1,000 per page \(For each copy; at most/),
    ]);
  });

  it('says the office states the fee when the catalog lists none', async () => {
    await renderReceipt('HT-UNLISTED');
    expect(feeQr()).toBeNull();
    expect(screen.queryByText('Thủ tục này không mất lệ phí.')).toBeNull();
    expect(screen.getByText(/Máy chưa có mức lệ phí của thủ tục này/)).toBeInTheDocument();
  });

  it('explains in words, translated, when the payment code cannot be built', async () => {
    await renderReceipt('HT-TEST', { feeAccount: { ...ACCOUNT, bankBin: '97041' } }, 'en');
    expect(feeQr()).toBeNull();
    expect(
      screen.getByText(
        "The payment code cannot be shown: the bank code of the fee account is wrong. Please pay the fee at the ward's one-stop office.",
      ),
    ).toBeInTheDocument();
  });

  it('prints through the bridge with a summary free of personal data, and says it printed', async () => {
    const user = userEvent.setup();
    const { print } = await renderReceipt('HT-KS');
    await user.click(screen.getByRole('button', { name: 'In biên nhận' }));
    expect(print).toHaveBeenCalledWith({
      receiptCode: CODE,
      procedureId: 'HT-KS',
      procedureName: 'Đăng ký khai sinh',
      submittedAt: '2026-11-23T03:00:00.000Z',
      processingTime: HT_KS.processingTime.vi,
    });
    expect(await screen.findByText(/Đã in biên nhận/)).toBeInTheDocument();
  });

  it.each([
    [{ ok: false, reason: 'no_printer' } as const, /Máy này không có máy in/],
    [{ ok: false, reason: 'busy' } as const, /Máy in đang in/],
    [{ ok: false, reason: 'failed' } as const, /Chưa in được/],
  ])('explains a print that did not happen (%j)', async (result, message) => {
    const user = userEvent.setup();
    await renderReceipt('HT-KS', { print: async () => result });
    await user.click(screen.getByRole('button', { name: 'In biên nhận' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('treats a broken bridge as a failed print, without crashing', async () => {
    const user = userEvent.setup();
    await renderReceipt('HT-KS', { print: () => Promise.reject(new Error('bridge down')) });
    await user.click(screen.getByRole('button', { name: 'In biên nhận' }));
    expect(await screen.findByText(/Chưa in được/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In biên nhận' })).toBeEnabled();
  });
});
