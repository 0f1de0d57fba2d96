import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { AccessibilityProvider } from '../accessibility/AccessibilityContext';
import { createAccessibilityStore } from '../accessibility/accessibility-store';
import { FakeSpeechSynthesis, VI_VOICE, fakeUtterance } from '../accessibility/fake-speech-synthesis';
import { createReadAloud } from '../accessibility/read-aloud';
import { DimmedScreen } from './DimmedScreen';
import { IdleWarning } from './IdleWarning';

function renderWith(ui: React.ReactElement, synth = new FakeSpeechSynthesis([VI_VOICE])) {
  const a11y = { store: createAccessibilityStore(), reader: createReadAloud(synth, fakeUtterance) };
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <AccessibilityProvider services={a11y}>{ui}</AccessibilityProvider>
    </I18nextProvider>,
  );
  return synth;
}

describe('IdleWarning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const warning = (props: Partial<Parameters<typeof IdleWarning>[0]> = {}) => (
    <IdleWarning
      deadline={Date.now() + 30_000}
      now={() => Date.now()}
      readAloud={() => false}
      onExtend={() => undefined}
      {...props}
    />
  );

  it('asks in a modal dialog, counts down visibly, and has the focus on its one large button', () => {
    renderWith(warning());
    const dialog = screen.getByRole('dialog', { name: 'Ông/bà còn ở đây không?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/mọi điều ông\/bà đã nhập sẽ được xoá/);
    const button = screen.getByRole('button', { name: 'Tôi cần thêm thời gian' });
    expect(button).toHaveFocus();
    expect(dialog).toHaveTextContent('30 giây');
    act(() => vi.advanceTimersByTime(12_000));
    expect(dialog).toHaveTextContent('18 giây');
  });

  it('tells screen readers politely at the start and once more at 10 s, not every second', () => {
    renderWith(warning());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Còn 30 giây trước khi xoá thông tin.');
    act(() => vi.advanceTimersByTime(15_000));
    expect(status).toHaveTextContent('Còn 30 giây');
    act(() => vi.advanceTimersByTime(5_000));
    expect(status).toHaveTextContent('Còn 10 giây');
    act(() => vi.advanceTimersByTime(5_000));
    expect(status).toHaveTextContent('Còn 10 giây');
  });

  it('extends with one tap on the button, on the dialog or anywhere around it', async () => {
    const onExtend = vi.fn();
    renderWith(warning({ onExtend }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Tôi cần thêm thời gian' }));
    expect(onExtend).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('heading', { name: 'Ông/bà còn ở đây không?' }));
    await user.click(screen.getByRole('dialog').parentElement as HTMLElement);
    expect(onExtend).toHaveBeenCalledTimes(3);
  });

  it('extends from the keyboard too (Enter on the focused button)', async () => {
    const onExtend = vi.fn();
    renderWith(warning({ onExtend }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.keyboard('{Enter}');
    expect(onExtend).toHaveBeenCalledTimes(1);
  });

  it('is read aloud when the resident has been using read aloud, and not otherwise', () => {
    const quiet = renderWith(warning());
    expect(quiet.texts()).toEqual([]);
    document.body.innerHTML = '';
    const synth = renderWith(warning({ readAloud: () => true }));
    expect(synth.texts().join(' ')).toMatch(/Ông\/bà còn ở đây không\?.*sẽ được xoá/);
    // The per-second count and the screen-reader line are not read out on top.
    expect(synth.texts().join(' ')).not.toMatch(/Còn 30 giây|\b30\b/);
  });

  it('gives the focus back to where it was once answered', () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const { unmount } = render(<I18nextProvider i18n={createI18n('vi')}>{warning()}</I18nextProvider>);
    expect(outside).not.toHaveFocus();
    unmount();
    expect(outside).toHaveFocus();
    outside.remove();
  });
});

describe('DimmedScreen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes on the click that ends the touch, not on its pointerdown', () => {
    const onWake = vi.fn();
    renderWith(<DimmedScreen onWake={onWake} />);
    const shield = screen.getByRole('button', { name: /Màn hình đang nghỉ\. Chạm để bật lại\./ });
    expect(shield).toHaveFocus();
    fireEvent.pointerDown(shield);
    fireEvent.pointerUp(shield);
    expect(onWake).not.toHaveBeenCalled();
    fireEvent.click(shield);
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('wakes shortly after the finger lifts when no click follows (the finger slid)', () => {
    vi.useFakeTimers();
    const onWake = vi.fn();
    renderWith(<DimmedScreen onWake={onWake} />);
    const shield = screen.getByRole('button', { name: /Màn hình đang nghỉ/ });
    fireEvent.pointerDown(shield);
    fireEvent.pointerCancel(shield);
    act(() => vi.advanceTimersByTime(499));
    expect(onWake).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('keeps the touch from focusing anything, and swallows a key while waking', () => {
    const onWake = vi.fn();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    renderWith(<DimmedScreen onWake={onWake} />);
    const shield = screen.getByRole('button', { name: /Màn hình đang nghỉ/ });
    expect(fireEvent.pointerDown(shield)).toBe(false);
    expect(fireEvent.keyDown(document.body, { key: 'Enter' })).toBe(false);
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
    document.removeEventListener('keydown', outside);
  });

  it('says both languages, like the attract screen', () => {
    renderWith(<DimmedScreen onWake={() => undefined} />);
    expect(screen.getByRole('button')).toHaveAccessibleName(
      'Màn hình đang nghỉ. Chạm để bật lại. The screen is resting. Touch to wake it.',
    );
    expect(screen.getByText('The screen is resting. Touch to wake it.')).toHaveAttribute('lang', 'en');
  });
});
