import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import { createI18n } from '../../i18n/i18n';
import { WizardScreen } from './WizardScreen';

const HT_KS = BUNDLED_CATALOG.procedures.find((p) => p.id === 'HT-KS') as Procedure;

/** The wizard with the session's answers, step and keyboard method held in state. */
function renderWizard(options: { cardAddress?: string } = {}) {
  const onScanIdCard = vi.fn();
  const seen = { step: 0, method: 'telex' as InputMethod, answers: {} as Record<string, string> };
  function Harness() {
    const [answers, setAnswers] = useState<Record<string, string>>({});
    const [step, setStep] = useState(0);
    const [method, setMethod] = useState<InputMethod>('telex');
    seen.step = step;
    seen.method = method;
    seen.answers = answers;
    return (
      <WizardScreen
        procedure={HT_KS}
        catalog={BUNDLED_CATALOG}
        answers={answers}
        step={step}
        returnToCheck={false}
        now={() => new Date('2026-11-23T03:00:00Z')}
        inputMethod={method}
        onInputMethod={setMethod}
        cardAddress={options.cardAddress ?? null}
        onScanIdCard={onScanIdCard}
        onAnswer={(path, value) => setAnswers((a) => ({ ...a, [path]: value }))}
        onGoToStep={setStep}
        onCheckAnswers={() => undefined}
        onBack={() => setStep((s) => Math.max(0, s - 1))}
        onHome={() => undefined}
      />
    );
  }
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <Harness />
    </I18nextProvider>,
  );
  return { seen, onScanIdCard };
}

const keyboard = () => screen.getByRole('group', { name: 'Bàn phím' });
const tapKeys = async (keys: string) => {
  for (const key of keys) {
    const name = key === ' ' ? 'Dấu cách' : new RegExp(`^${key}$`, 'i');
    await userEvent.click(within(keyboard()).getByRole('button', { name }));
  }
};

describe('the wizard with the on-screen keyboard', () => {
  it('types a name in Telex; Xong stores it and goes to the next question', async () => {
    const { seen } = renderWizard();
    await userEvent.click(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' }));
    await tapKeys('Nguyeenx Vawn Binhf');
    await userEvent.click(within(keyboard()).getByRole('button', { name: 'Xong' }));
    expect(seen.answers['nguoi_yeu_cau.ho_ten']).toBe('Nguyễn Văn Bình'.normalize('NFC'));
    expect(seen.step).toBe(1);
    expect(
      screen.getByRole('textbox', { name: 'Số định danh cá nhân (số CCCD) của ông/bà' }),
    ).toBeInTheDocument();
  });

  it('keeps the input method the resident chose for the next field', async () => {
    const { seen } = renderWizard();
    await userEvent.click(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' }));
    await userEvent.click(within(keyboard()).getByRole('button', { name: 'VNI' }));
    expect(seen.method).toBe('vni');
  });

  it('validates the text Xong committed, and stays on a blocking issue', async () => {
    const { seen } = renderWizard();
    await userEvent.click(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' }));
    await userEvent.click(within(keyboard()).getByRole('button', { name: 'Xong' }));
    expect(seen.step).toBe(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng trả lời câu này.');
  });

  it("offers the ID card on the requester's first question only", async () => {
    const { onScanIdCard } = renderWizard();
    await userEvent.click(screen.getByRole('button', { name: 'Đọc thẻ căn cước' }));
    expect(onScanIdCard).toHaveBeenCalledOnce();
    await userEvent.type(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà' }), 'An');
    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(screen.queryByRole('button', { name: 'Đọc thẻ căn cước' })).toBeNull();
  });
});
