import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { createI18n } from '../../i18n/i18n';
import { ProcedureInfoScreen } from './ProcedureInfoScreen';

const byId = (id: string) => BUNDLED_CATALOG.procedures.find((p) => p.id === id) as Procedure;
const HT_KS = byId('HT-KS');
const feeLines = () =>
  within(screen.getByRole('region', { name: /^(Lệ phí|Fees)$/ }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const reason = { vi: 'Hai bên nam, nữ phải có mặt khi trao giấy.', en: 'Both partners must be present.' };

function renderInfo(procedure: Procedure, locale: 'vi' | 'en' = 'vi') {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ProcedureInfoScreen
        procedure={procedure}
        onStart={() => undefined}
        onBack={() => undefined}
        onHome={() => undefined}
      />
    </I18nextProvider>,
  );
}

describe('ProcedureInfoScreen', () => {
  it('says a submit procedure is filed here, and marks the documents the kiosk photographs', () => {
    renderInfo(HT_KS);
    expect(screen.getByText('Ông/bà có thể nộp hồ sơ ngay tại máy này.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bắt đầu kê khai' })).toBeInTheDocument();
    expect(screen.getByText(/Máy sẽ chụp ảnh các giấy tờ/)).toBeInTheDocument();
    expect(screen.getByText(/Giấy chứng sinh/).closest('li')).toHaveTextContent('(chụp ảnh tại máy)');
    expect(screen.getByText(/Văn bản ủy quyền/).closest('li')).toHaveTextContent(
      '(chụp ảnh tại máy, nếu có)',
    );
    expect(screen.getByText(/Tờ khai đăng ký khai sinh/).closest('li')).not.toHaveTextContent('chụp ảnh');
  });

  it('gives the reason a prepare procedure must be finished in person, and still starts the form', () => {
    renderInfo({ ...HT_KS, kiosk: { mode: 'prepare', reason } });
    expect(
      screen.getByRole('heading', { name: 'Máy giúp kê khai, ông/bà cần hoàn tất trực tiếp' }),
    ).toBeInTheDocument();
    expect(screen.getByText(reason.vi)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bắt đầu kê khai' })).toBeInTheDocument();
  });

  it('hands off to the portal with a QR code and the code to search, and photographs nothing', () => {
    renderInfo({ ...HT_KS, kiosk: { mode: 'handoff', reason } }, 'en');
    expect(screen.getByRole('heading', { name: 'This one continues on your phone' })).toBeInTheDocument();
    expect(screen.getByText(reason.en)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'QR code that opens the National Public Service Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Search for procedure code 1\.001193\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the form' })).toBeNull();
    expect(screen.queryByText(/photographed here/)).toBeNull();
  });

  it('gives each fee its rate: free, once, per copy, with the case it applies in', () => {
    renderInfo(HT_KS);
    expect(feeLines()).toEqual([
      'Lệ phí đăng ký khai sinh đúng hạn: Miễn phí',
      expect.stringMatching(/^Lệ phí đăng ký khai sinh quá hạn: 5\.000\s₫ \(Sau 60 ngày kể từ ngày sinh\)$/),
      expect.stringMatching(/^Bản sao trích lục khai sinh: 8\.000\s₫ mỗi bản \(Nếu cần\)$/),
    ]);
  });

  it('says a certified copy is charged per page, in English too', () => {
    renderInfo(byId('CT-BS'), 'en');
    expect(feeLines()).toEqual([
      'Copy certification fee, pages 1 and 2: ₫2,000 per page (For each copy)',
      'Copy certification fee, from page 3: ₫1,000 per page (For each copy; at most 200,000 dong per copy)',
    ]);
  });

  it('says the office states a fee the catalog does not list, rather than an empty list', () => {
    renderInfo({ ...HT_KS, fees: [] });
    expect(feeLines()).toEqual([]);
    expect(screen.getByText(/Máy chưa có mức lệ phí của thủ tục này/)).toBeInTheDocument();
  });
});
