import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import { generateReceiptCode, RECEIPT_ALPHABET } from '../../../shared/receipt/receipt-code';
import { submissionRequest } from '../../../tests/support/submission-request';
import { createI18n } from '../../i18n/i18n';
import { Outbox } from '../../outbox/outbox';
import { OutboxDatabase } from '../../outbox/outbox-db';
import { createReceiptLookup, type ReceiptLookup } from './create-receipt-lookup';
import { StatusLookupScreen } from './StatusLookupScreen';

const CITY = 'https://city.example';
const NOW = Date.parse('2026-11-23T03:00:00Z');

/** A valid receipt code per seed (the check character is right). */
const codeFor = (seed: number) =>
  generateReceiptCode((n) => Uint8Array.from({ length: n }, (_, i) => (seed * 31 + i * 17) % 200));

/** The same code with its first character swapped for another: the check character must catch it. */
const withTypo = (code: string) => {
  const first = code.charAt(0);
  const other = RECEIPT_ALPHABET.charAt((RECEIPT_ALPHABET.indexOf(first) + 1) % RECEIPT_ALPHABET.length);
  return other + code.slice(1);
};

type CityAnswer = { status: number; body?: unknown } | 'offline';

/** A city API stand-in: health and status answers by receipt code, or no network at all. */
function fakeCity(answers: Record<string, CityAnswer> = {}, network: { up: boolean } = { up: true }) {
  const calls: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    if (!network.up) throw new TypeError('Failed to fetch');
    if (url.pathname === '/v1/health')
      return Response.json({ status: 'ok', time: new Date(NOW).toISOString() });
    const code = decodeURIComponent(url.pathname.split('/')[3] ?? '');
    const answer = answers[code] ?? { status: 404, body: { code: 'not_found', message: 'No submission' } };
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return Response.json(answer.body ?? {}, { status: answer.status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const databases: OutboxDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await db.delete();
  }
});

function newOutbox() {
  const db = new OutboxDatabase(`lookup-test-${Math.random()}`);
  databases.push(db);
  return new Outbox(db, () => NOW);
}

function renderLookup(lookup: ReceiptLookup, locale: 'vi' | 'en' = 'vi') {
  const onBack = vi.fn();
  const onHome = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <StatusLookupScreen lookup={lookup} catalog={BUNDLED_CATALOG} onBack={onBack} onHome={onHome} />
    </I18nextProvider>,
  );
  return { onBack, onHome };
}

/** Taps the code on the pad, one character at a time, as a resident would. */
async function enterCode(user: UserEvent, code: string) {
  const pad = screen.getByRole('group', { name: /Bàn phím|keypad/ });
  for (const character of code.replace(/-/g, '')) {
    await user.click(within(pad).getByRole('button', { name: character }));
  }
}

describe('StatusLookupScreen', () => {
  it('offers only the receipt alphabet on a pad of large keys, with delete and clear', async () => {
    const user = userEvent.setup();
    renderLookup(vi.fn());
    const pad = screen.getByRole('group', { name: 'Bàn phím nhập mã biên nhận' });
    const keys = within(pad).getAllByRole('button');
    expect(keys.map((key) => key.textContent).join('')).toBe(RECEIPT_ALPHABET);
    expect(within(pad).queryByRole('button', { name: 'O' })).toBeNull();
    expect(within(pad).queryByRole('button', { name: '0' })).toBeNull();

    await enterCode(user, 'KFA');
    expect(screen.getByText('KFA_-____-_')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xóa ký tự cuối' }));
    expect(screen.getByText('KF__-____-_')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xóa hết' }));
    expect(screen.getByText('____-____-_')).toBeInTheDocument();

    // Nine characters fill the code; the pad stops there.
    await enterCode(user, 'KFAC-9ACD-R');
    expect(screen.getByText('KFAC-9ACD-R')).toBeInTheDocument();
    expect(within(pad).getByRole('button', { name: 'A' })).toBeDisabled();
  });

  it('catches a typo with the check character, before asking anyone', async () => {
    const user = userEvent.setup();
    const lookup = vi.fn<ReceiptLookup>();
    renderLookup(lookup);
    await enterCode(user, withTypo('KFAC-9ACD-R'));
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Mã này có ký tự chưa đúng.');
    expect(lookup).not.toHaveBeenCalled();
    // Fixing the character clears the message.
    await user.click(screen.getByRole('button', { name: 'Xóa hết' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for the rest of a code that is too short', async () => {
    const user = userEvent.setup();
    const lookup = vi.fn<ReceiptLookup>();
    renderLookup(lookup);
    await enterCode(user, 'KFAC9');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Mã biên nhận có đủ 9 ký tự.');
    expect(lookup).not.toHaveBeenCalled();
  });

  it('finds a submission still queued on this kiosk without asking the city', async () => {
    const user = userEvent.setup();
    const outbox = newOutbox();
    const code = codeFor(1);
    await outbox.enqueue(submissionRequest(1, { receiptCode: code }));
    const city = fakeCity();
    renderLookup(createReceiptLookup({ outbox, cityApiUrl: CITY, fetch: city.fetch, now: () => NOW }));
    await enterCode(user, code);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Hồ sơ đã được lưu an toàn trên máy này và đang chờ gửi.',
    );
    expect(screen.getByText('Thủ tục: Đăng ký khai sinh')).toBeInTheDocument();
    expect(city.calls).toEqual([]);
  });

  it("shows the city's status with the portal's Vietnamese name and the dossier code", async () => {
    const user = userEvent.setup();
    const code = codeFor(2);
    const city = fakeCity({
      [code]: {
        status: 200,
        body: {
          receiptCode: code,
          status: 4,
          updatedAt: '2026-11-24T02:30:00Z',
          dossierCode: 'H26.01-261124-0001',
        },
      },
    });
    renderLookup(createReceiptLookup({ outbox: newOutbox(), cityApiUrl: CITY, fetch: city.fetch }));
    await enterCode(user, code);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Trạng thái: Đang xử lý');
    expect(screen.getByText('Mã hồ sơ: H26.01-261124-0001')).toBeInTheDocument();
    expect(screen.getByText('Cập nhật lúc 09:30 24/11/2026.')).toBeInTheDocument();
  });

  it('keeps the Vietnamese status name beside the English one, and says what to do next', async () => {
    const user = userEvent.setup();
    const code = codeFor(3);
    const city = fakeCity({
      [code]: {
        status: 200,
        body: { receiptCode: code, status: 5, updatedAt: '2026-11-24T02:30:00Z', dossierCode: null },
      },
    });
    renderLookup(createReceiptLookup({ outbox: newOutbox(), cityApiUrl: CITY, fetch: city.fetch }), 'en');
    await enterCode(user, code);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Status: Additional documents requested (on the portal: Yêu cầu bổ sung giấy tờ)',
    );
    expect(screen.getByText(/^Dossier code: not yet/)).toBeInTheDocument();
    expect(screen.getByText(/The office needs more documents/)).toBeInTheDocument();
  });

  it('says the city does not know a code it answers 404 for', async () => {
    const user = userEvent.setup();
    const city = fakeCity();
    renderLookup(createReceiptLookup({ outbox: newOutbox(), cityApiUrl: CITY, fetch: city.fetch }));
    await enterCode(user, codeFor(4));
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Hệ thống của thành phố chưa có hồ sơ với mã này.',
    );
  });

  it('explains being offline, and tries again once the network is back', async () => {
    const user = userEvent.setup();
    const code = codeFor(5);
    const network = { up: false };
    const city = fakeCity(
      {
        [code]: {
          status: 200,
          body: { receiptCode: code, status: 9, updatedAt: '2026-11-24T02:30:00Z', dossierCode: null },
        },
      },
      network,
    );
    renderLookup(createReceiptLookup({ outbox: newOutbox(), cityApiUrl: CITY, fetch: city.fetch }));
    await enterCode(user, code);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Máy đang mất kết nối nên chưa tra cứu được.',
    );
    network.up = true;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Trạng thái: Đã xử lý xong');
    expect(screen.getByText(/Đã có kết quả/)).toBeInTheDocument();
  });

  it("offline, shows a delivered submission's last known status from this kiosk", async () => {
    const user = userEvent.setup();
    const outbox = newOutbox();
    const code = codeFor(6);
    const { id } = await outbox.enqueue(submissionRequest(6, { receiptCode: code }));
    await outbox.markSending(id);
    await outbox.markDelivered(id, '2026-11-23T03:00:01Z', 1);
    await outbox.recordStatus(id, 2, 'H26.01-261123-0042');
    const city = fakeCity({}, { up: false });
    renderLookup(createReceiptLookup({ outbox, cityApiUrl: CITY, fetch: city.fetch, now: () => NOW }));
    await enterCode(user, code);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Trạng thái: Được tiếp nhận');
    expect(screen.getByText('Mã hồ sơ: H26.01-261123-0042')).toBeInTheDocument();
    expect(
      screen.getByText(/trạng thái máy này biết gần nhất \(lúc 10:00 23\/11\/2026\)/),
    ).toBeInTheDocument();
  });

  it('never crashes on a lookup that throws, and lets the resident start again', async () => {
    const user = userEvent.setup();
    renderLookup(() => Promise.reject(new Error('boom')));
    await enterCode(user, codeFor(7));
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Máy đang mất kết nối');
    await user.click(screen.getByRole('button', { name: 'Tra cứu mã khác' }));
    expect(screen.getByText('____-____-_')).toBeInTheDocument();
  });

  it('always offers back and home', async () => {
    const user = userEvent.setup();
    const { onBack, onHome } = renderLookup(vi.fn());
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    await user.click(screen.getByRole('button', { name: 'Trang chủ' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(onHome).toHaveBeenCalledOnce();
  });
});
