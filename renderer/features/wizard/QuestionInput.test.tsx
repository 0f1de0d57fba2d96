import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/procedures/form-schema';
import { createI18n } from '../../i18n/i18n';
import { QuestionInput } from './QuestionInput';
import { optionsFor } from './question-options';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';

const label = { vi: 'Câu hỏi', en: 'Question' };

/** Renders one question with its answer held in state, as the wizard does; returns the answers given. */
function renderQuestion(
  question: Question,
  options: {
    initial?: string;
    locale?: 'vi' | 'en';
    suggestedCommune?: string;
    onDone?: (value: string) => void;
  } = {},
) {
  const values: string[] = [];
  function Harness() {
    const [value, setValue] = useState(options.initial ?? '');
    return (
      <QuestionInput
        id="q"
        question={question}
        value={value}
        options={optionsFor(question, BUNDLED_CATALOG)}
        invalid={false}
        describedBy={undefined}
        suggestedCommune={options.suggestedCommune}
        onDone={options.onDone}
        onChange={(v) => {
          values.push(v);
          setValue(v);
        }}
      />
    );
  }
  render(
    <I18nextProvider i18n={createI18n(options.locale ?? 'vi')}>
      <Harness />
    </I18nextProvider>,
  );
  return { values, user: userEvent.setup(), last: () => values.at(-1) };
}

describe('multiChoice: toggle tiles', () => {
  const needs: Question = {
    id: 'nhu_cau',
    type: 'multiChoice',
    required: true,
    label,
    maxSelected: 2,
    options: [
      { value: 'a', label: { vi: 'Lựa chọn A', en: 'Option A' } },
      { value: 'b', label: { vi: 'Lựa chọn B', en: 'Option B' } },
      { value: 'c', label: { vi: 'Lựa chọn C', en: 'Option C' } },
    ],
  };

  it('presses and releases tiles, keeping the answer in option order', async () => {
    const { user, last } = renderQuestion(needs);
    expect(screen.getByRole('group', { name: 'Câu hỏi' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lựa chọn C' }));
    await user.click(screen.getByRole('button', { name: 'Lựa chọn A' }));
    expect(last()).toBe('a|c');
    expect(screen.getByRole('button', { name: 'Lựa chọn A' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Lựa chọn B' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Lựa chọn C' }));
    expect(last()).toBe('a');
  });

  it('rests the other tiles once maxSelected are chosen, and says so', async () => {
    const { user } = renderQuestion(needs, { initial: 'a|b' });
    expect(screen.getByText('Chọn tối đa 2 mục.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lựa chọn C' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Lựa chọn B' }));
    expect(screen.getByRole('button', { name: 'Lựa chọn C' })).toBeEnabled();
  });
});

describe('integer: a − / + stepper', () => {
  const copies: Question = { id: 'so_ban', type: 'integer', min: 1, max: 5, required: true, label };

  it('steps within min..max and disables the button at each end', async () => {
    const { user, last } = renderQuestion(copies, { initial: '1' });
    const value = screen.getByRole('spinbutton', { name: 'Câu hỏi' });
    expect(value).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('button', { name: 'Bớt 1' })).toBeDisabled();
    for (let i = 0; i < 6; i++) {
      const more = screen.getByRole('button', { name: 'Thêm 1' });
      if (!(more as HTMLButtonElement).disabled) await user.click(more);
    }
    expect(last()).toBe('5');
    expect(value).toHaveAttribute('aria-valuenow', '5');
    expect(screen.getByRole('button', { name: 'Thêm 1' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Bớt 1' }));
    expect(last()).toBe('4');
    expect(screen.getByText('Chọn số từ 1 đến 5 bằng nút − và +.')).toBeInTheDocument();
  });

  it('answers to the arrow keys, for staff with a keyboard', async () => {
    const { user, last } = renderQuestion(copies, { initial: '3' });
    screen.getByRole('spinbutton').focus();
    await user.keyboard('{ArrowUp}');
    expect(last()).toBe('4');
    await user.keyboard('{Home}');
    expect(last()).toBe('1');
  });

  it('starts an optional number empty; + gives one, and it can be cleared again', async () => {
    const optional: Question = { ...copies, min: 0, max: 10, required: false };
    const { user, last } = renderQuestion(optional);
    expect(screen.getByRole('spinbutton')).toHaveAttribute('aria-valuetext', 'Chưa chọn');
    expect(screen.queryByRole('button', { name: 'Bỏ trống' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Thêm 1' }));
    expect(last()).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Bỏ trống' }));
    expect(last()).toBe('');
  });

  it('adds ±10 buttons for a wide range', async () => {
    const wide: Question = { ...copies, min: 0, max: 100 };
    const { user, last } = renderQuestion(wide, { initial: '95' });
    await user.click(screen.getByRole('button', { name: 'Thêm 10' }));
    expect(last()).toBe('100');
    await user.click(screen.getByRole('button', { name: 'Bớt 10' }));
    expect(last()).toBe('90');
  });
});

describe('money: an amount typed on the number pad, grouped as it is read', () => {
  const capital: Question = {
    id: 'von',
    type: 'money',
    min: 0,
    max: 1_000_000_000_000,
    required: true,
    label,
  };
  const pad = () => screen.getByRole('group', { name: /^(Bàn phím số|Number pad)$/ });
  const tap = async (user: ReturnType<typeof userEvent.setup>, ...keys: string[]) => {
    for (const key of keys) await user.click(within(pad()).getByRole('button', { name: key }));
  };

  it('types 150.000.000 ₫ with the 000 key; the answer is the digits', async () => {
    const done: string[] = [];
    const { user, last } = renderQuestion(capital, { onDone: (v) => done.push(v) });
    const box = screen.getByRole('textbox', { name: 'Câu hỏi' });
    expect(screen.queryByRole('spinbutton')).toBeNull();
    await user.click(box);
    await tap(user, '1', '5', '0', '000 (ba số không)', '000 (ba số không)');
    expect(box).toHaveValue('150.000.000');
    expect(last()).toBe('150000000');
    expect(screen.getByText('₫')).toBeInTheDocument();
    await tap(user, 'Xong');
    expect(done).toEqual(['150000000']);
  });

  it('states its bounds as money, and the box points at them', () => {
    renderQuestion(capital);
    const range = screen.getByText(/^Nhập số tiền bằng bàn phím số, tối đa 1\.000\.000\.000\.000\s₫\.$/);
    expect(screen.getByRole('textbox', { name: 'Câu hỏi' })).toHaveAccessibleDescription(
      range.textContent ?? '',
    );
    cleanup();
    renderQuestion({ ...capital, min: 1_000_000 }, { locale: 'en' });
    expect(
      screen.getByText(/^Type the amount on the number pad, from ₫1,000,000 to ₫1,000,000,000,000\.$/),
    ).toBeInTheDocument();
  });

  it('groups with commas in English, and keeps only digits typed on a physical keyboard', async () => {
    const { user, last } = renderQuestion(capital, { initial: '2500000', locale: 'en' });
    const box = screen.getByRole('textbox', { name: 'Question' });
    expect(box).toHaveValue('2,500,000');
    await user.type(box, '0');
    expect(last()).toBe('25000000');
    expect(box).toHaveValue('25,000,000');
  });
});

describe('integer over a wide range: the number pad instead of the stepper', () => {
  const area: Question = { id: 'dien_tich', type: 'integer', min: 1, max: 100_000, required: true, label };

  it('starts empty, types on the number pad and shows the range grouped', async () => {
    const { user, last } = renderQuestion(area);
    expect(screen.queryByRole('spinbutton')).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Câu hỏi' });
    expect(box).toHaveValue('');
    expect(box).toHaveAccessibleDescription('Nhập số bằng bàn phím số, từ 1 đến 100.000.');
    await user.click(box);
    const pad = screen.getByRole('group', { name: 'Bàn phím số' });
    expect(within(pad).queryByRole('button', { name: /^000/ })).toBeNull();
    for (const key of '1250') await user.click(within(pad).getByRole('button', { name: key }));
    expect(box).toHaveValue('1.250');
    expect(last()).toBe('1250');
  });
});

describe('commune: a searchable picker of the 126 units', () => {
  const commune: Question = { id: 'xa_phuong', type: 'commune', required: true, label };

  it('finds a unit without diacritics and answers with its code', async () => {
    const { user, last } = renderQuestion(commune);
    await user.type(screen.getByRole('searchbox', { name: /Gõ tên xã, phường/ }), 'cau giay');
    await user.click(screen.getByRole('radio', { name: 'Phường Cầu Giấy' }));
    expect(last()).toBe('00166');
    expect(screen.getByRole('radio', { name: 'Phường Cầu Giấy' })).toBeChecked();
  });

  it('offers the units that took over an old district as hints, not as the answer', async () => {
    const { user, values } = renderQuestion(commune);
    await user.type(screen.getByRole('searchbox'), 'Quận Hoàn Kiếm');
    expect(screen.getByText(/không còn quận, huyện/)).toBeInTheDocument();
    const cuaNam = screen.getByRole('radio', { name: 'Phường Cửa Nam' });
    expect(cuaNam).toHaveAccessibleDescription('Có một phần Quận Hoàn Kiếm cũ');
    expect(values).toEqual([]);
  });

  it('says when nothing matches', async () => {
    const { user } = renderQuestion(commune);
    await user.type(screen.getByRole('searchbox'), 'Sài Gòn');
    expect(screen.getByText(/Không tìm thấy xã, phường nào/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it("keeps the chosen unit on screen, and offers the kiosk's own ward before anything is typed", () => {
    renderQuestion(commune, { initial: '00070', suggestedCommune: '00004' });
    const offered = within(screen.getByRole('radiogroup')).getAllByRole('radio');
    expect(offered.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Phường Hoàn Kiếm',
      'Phường Ba Đình',
    ]);
    expect(offered[0]).toBeChecked();
    expect(offered[1]).toHaveAccessibleDescription('Nơi đặt máy này');
  });

  it('shows the ASCII name too in English', () => {
    renderQuestion(commune, { initial: '00190', locale: 'en' });
    expect(screen.getByRole('radio', { name: 'Phường Ô Chợ Dừa' })).toBeChecked();
    expect(screen.getByText('O Cho Dua Ward')).toBeInTheDocument();
  });
});

describe('other newer types', () => {
  it('date: the day / month / year boxes, whatever the range', async () => {
    const { user, last } = renderQuestion({
      id: 'ngay',
      type: 'date',
      range: 'future',
      required: true,
      label,
    });
    expect(screen.getByRole('group', { name: 'Câu hỏi' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Ngày' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Tháng' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'Năm' }), '2027');
    expect(last()).toBe('2027-12-01');
  });

  it('email: an email text box, typed on the on-screen keyboard (no system keyboard)', () => {
    renderQuestion({ id: 'email', type: 'email', required: false, label });
    const box = screen.getByRole('textbox', { name: 'Câu hỏi' });
    expect(box).toHaveAttribute('type', 'email');
    expect(box).toHaveAttribute('inputmode', 'none');
  });

  it('email: its keyboard has @ and ., and types letters as they are', async () => {
    const { user, last } = renderQuestion({ id: 'email', type: 'email', required: false, label });
    await user.click(screen.getByRole('textbox', { name: 'Câu hỏi' }));
    const keyboard = screen.getByRole('group', { name: 'Bàn phím' });
    for (const key of ['a', 'n', 'h', '@ (a còng)', 'h', 'n', '. (dấu chấm)', 'v', 'n'])
      await user.click(within(keyboard).getByRole('button', { name: key }));
    expect(last()).toBe('anh@hn.vn');
    expect(keyboard).toHaveAttribute('data-layout', 'email');
  });

  it('personName: opens the name keyboard on focus; Telex taps type Vietnamese; Xong hands over NFC', async () => {
    const done: string[] = [];
    const { user, last } = renderQuestion(
      { id: 'ten', type: 'personName', required: true, label },
      { onDone: (v) => done.push(v) },
    );
    expect(screen.queryByRole('group', { name: 'Bàn phím' })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'Câu hỏi' }));
    const keyboard = screen.getByRole('group', { name: 'Bàn phím' });
    for (const key of 'Nguyeenx') {
      // The name keyboard capitalises the first letter by itself, so the key shows N, then n.
      await user.click(within(keyboard).getByRole('button', { name: new RegExp(`^${key}$`, 'i') }));
    }
    expect(last()).toBe('Nguyễn');
    await user.click(within(keyboard).getByRole('button', { name: 'Xong' }));
    expect(done).toEqual(['Nguyễn'.normalize('NFC')]);
    expect(screen.queryByRole('group', { name: 'Bàn phím' })).toBeNull();
  });

  it('citizenId: the number pad, with no letters', async () => {
    const { user } = renderQuestion({ id: 'cccd', type: 'citizenId', required: true, label });
    await user.click(screen.getByRole('textbox', { name: 'Câu hỏi' }));
    const pad = screen.getByRole('group', { name: 'Bàn phím số' });
    expect(within(pad).queryByRole('button', { name: 'a' })).toBeNull();
    await user.click(within(pad).getByRole('button', { name: '7' }));
    expect(screen.getByRole('textbox', { name: 'Câu hỏi' })).toHaveValue('7');
  });

  it('date: each box types on the number pad; Xong moves on, and after the year hands over the date', async () => {
    const done: string[] = [];
    const { user } = renderQuestion(
      { id: 'ngay', type: 'date', range: 'future', required: true, label },
      { onDone: (v) => done.push(v) },
    );
    await user.click(screen.getByRole('textbox', { name: 'Ngày' }));
    const tap = async (keys: string) => {
      const pad = screen.getByRole('group', { name: 'Bàn phím số' });
      for (const key of keys) await user.click(within(pad).getByRole('button', { name: key }));
      await user.click(within(pad).getByRole('button', { name: 'Xong' }));
    };
    await tap('1');
    expect(screen.getByRole('textbox', { name: 'Tháng' })).toHaveFocus();
    await tap('12');
    expect(screen.getByRole('textbox', { name: 'Năm' })).toHaveFocus();
    await tap('2027');
    expect(done).toEqual(['2027-12-01']);
  });

  it('address: a text box of up to 200 characters', () => {
    renderQuestion({ id: 'dia_chi', type: 'address', required: true, label });
    expect(screen.getByRole('textbox', { name: 'Câu hỏi' })).toHaveAttribute('maxlength', '200');
  });
});
