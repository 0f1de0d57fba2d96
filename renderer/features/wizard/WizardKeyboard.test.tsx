import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import { formSteps } from '../../../shared/procedures/form-steps';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import { createI18n } from '../../i18n/i18n';
import { WizardScreen } from './WizardScreen';

const byId = (id: string) => BUNDLED_CATALOG.procedures.find((p) => p.id === id) as Procedure;
const HT_KS = byId('HT-KS');
const HKD_DK = byId('HKD-DK');
const stepOf = (path: string, procedure = HKD_DK) =>
  formSteps(procedure.form, {}).findIndex((s) => s.path === path);

/**
 * The wizard with the session's answers, step and keyboard method held in state: HT-KS from its
 * first question, or another procedure from the question at `from`.
 */
function renderWizard(
  options: { cardAddress?: string; procedure?: Procedure; from?: string; locale?: 'vi' | 'en' } = {},
) {
  const { procedure = HT_KS, from, locale = 'vi' } = options;
  const onScanIdCard = vi.fn();
  const first = from === undefined ? 0 : stepOf(from, procedure);
  const seen = { step: first, method: 'telex' as InputMethod, answers: {} as Record<string, string> };
  function Harness() {
    const [answers, setAnswers] = useState<Record<string, string>>({});
    const [step, setStep] = useState(first);
    const [method, setMethod] = useState<InputMethod>('telex');
    seen.step = step;
    seen.method = method;
    seen.answers = answers;
    return (
      <WizardScreen
        procedure={procedure}
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
    <I18nextProvider i18n={createI18n(locale)}>
      <Harness />
    </I18nextProvider>,
  );
  return { seen, onScanIdCard, user: userEvent.setup() };
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

const CAPITAL = 'ho_kinh_doanh.von_kinh_doanh';
const CAPITAL_LABEL = 'Vốn kinh doanh (đồng)';
const HINT = 'Tổng số vốn bỏ ra để kinh doanh, ví dụ 150.000.000 đồng';
const RANGE = /Nhập số tiền bằng bàn phím số, tối đa 1\.000\.000\.000\.000\s₫\./;

describe('the wizard links each input to the text that explains it', () => {
  it("reads the capital question's hint and bounds with its box, then the error once shown", async () => {
    const { user, seen } = renderWizard({ procedure: HKD_DK, from: CAPITAL });
    const box = screen.getByRole('textbox', { name: CAPITAL_LABEL });
    expect(box).toHaveAccessibleDescription(new RegExp(`^${HINT} ${RANGE.source}$`));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(seen.step).toBe(stepOf(CAPITAL));
    // The question's own lines and the error first, then the field's bounds.
    expect(box).toHaveAccessibleDescription(
      new RegExp(`^${HINT} Vui lòng trả lời câu này\\. ${RANGE.source}$`),
    );
  });

  it('types a real amount on the pad and moves on with its digits', async () => {
    const { user, seen } = renderWizard({ procedure: HKD_DK, from: CAPITAL });
    await user.click(screen.getByRole('textbox', { name: CAPITAL_LABEL }));
    const pad = screen.getByRole('group', { name: 'Bàn phím số' });
    for (const key of ['1', '5', '0', '000 (ba số không)', '000 (ba số không)', 'Xong'])
      await user.click(within(pad).getByRole('button', { name: key }));
    expect(seen.answers[CAPITAL]).toBe('150000000');
    expect(seen.step).toBe(stepOf('ho_kinh_doanh.so_lao_dong'));
    // The optional worker count is a wide range: typed too, and starts empty.
    const workers = screen.getByRole('textbox', { name: 'Số lao động (người)' });
    expect(workers).toHaveValue('');
    expect(workers).toHaveAccessibleDescription(
      'Câu này có thể bỏ trống. Nhập số bằng bàn phím số, từ 0 đến 10.000.',
    );
  });

  it('explains an amount over the maximum as money, in English too', async () => {
    const { user } = renderWizard({ procedure: HKD_DK, from: CAPITAL, locale: 'en' });
    const box = screen.getByRole('textbox', { name: 'Business capital (VND)' });
    await user.type(box, '2000000000000');
    expect(box).toHaveValue('2,000,000,000,000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^The amount can be at most ₫1,000,000,000,000\. Please check the number of zeros\.$/,
    );
    expect(box).toHaveAccessibleDescription(/Please check the number of zeros\. Type the amount/);
  });

  it('points an optional email box at "optional", and gives it the email keyboard', async () => {
    const { user } = renderWizard({ procedure: HKD_DK, from: 'ho_kinh_doanh.email' });
    const box = screen.getByRole('textbox', { name: 'Email' });
    expect(box).toHaveAccessibleDescription('Câu này có thể bỏ trống.');
    await user.click(box);
    const keyboard = screen.getByRole('group', { name: 'Bàn phím' });
    expect(within(keyboard).getByRole('button', { name: '@ (a còng)' })).toBeInTheDocument();
    expect(within(keyboard).getByRole('button', { name: '. (dấu chấm)' })).toBeInTheDocument();
  });

  it('describes a group of choices by its hint', () => {
    const khai = HT_KS.form.sections.find((s) => s.id === 'co_cha')?.questions.find((q) => q.id === 'khai');
    renderWizard({ from: 'co_cha.khai' });
    expect(screen.getByRole('group', { name: khai?.label.vi })).toHaveAccessibleDescription(
      khai?.hint?.vi ?? 'a hint',
    );
  });
});
