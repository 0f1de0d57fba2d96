import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { useOnScreenKeyboard } from './useOnScreenKeyboard';

/** A wizard question as QuestionInput would wire it. */
function NameQuestion({ onDone }: { onDone: (text: string) => void }) {
  const [value, setValue] = useState('');
  const keyboard = useOnScreenKeyboard({ value, onChange: setValue, layout: 'name', onDone });
  return (
    <>
      <label htmlFor="name">Họ và tên</label>
      <input id="name" type="text" {...keyboard.inputProps} />
      <label htmlFor="other">Nơi sinh</label>
      <input id="other" type="text" />
      <button type="button">Tiếp tục</button>
      {keyboard.open && <OnScreenKeyboard {...keyboard.keyboardProps} />}
    </>
  );
}

function renderQuestion() {
  const onDone = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <NameQuestion onDone={onDone} />
    </I18nextProvider>,
  );
  return { onDone, field: screen.getByRole('textbox', { name: 'Họ và tên' }) };
}

const keyboard = () => screen.queryByRole('group', { name: 'Bàn phím' });

describe('useOnScreenKeyboard', () => {
  it('opens docked on focus, types into the field without taking its focus, and commits on Xong', async () => {
    const user = userEvent.setup();
    const { onDone, field } = renderQuestion();
    expect(keyboard()).toBeNull();
    expect(field).toHaveAttribute('inputmode', 'none');

    await user.click(field);
    expect(keyboard()).toHaveClass('osk-docked');
    expect(field).toHaveAttribute('aria-controls', keyboard()?.id);
    for (const name of ['N', 'g', 'u', 'y', 'e', 'e', 'n', 'x']) {
      await user.click(screen.getByRole('button', { name }));
      expect(field).toHaveFocus();
    }
    expect(field).toHaveValue('Nguyễn');

    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(keyboard()).toBeNull();
    expect(onDone).toHaveBeenCalledWith('Nguyễn');
    expect(field).toHaveValue('Nguyễn');

    await user.click(field);
    expect(keyboard()).not.toBeNull();
  });

  it('stays open when a button elsewhere is tapped, and closes when another field takes the focus', async () => {
    const user = userEvent.setup();
    const { field } = renderQuestion();
    await user.click(field);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(keyboard()).not.toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'Nơi sinh' }));
    expect(keyboard()).toBeNull();
  });

  it('stores NFC when text arrives decomposed from a physical keyboard', async () => {
    const user = userEvent.setup();
    const { field } = renderQuestion();
    await user.click(field);
    await user.keyboard('Hoa\u0300');
    expect(field).toHaveValue('Hoa\u0300');
    await user.click(screen.getByRole('textbox', { name: 'Nơi sinh' }));
    expect(field).toHaveValue('Hoà');
  });
});
