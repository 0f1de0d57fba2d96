import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AccessibilityProvider } from '../features/accessibility/AccessibilityContext';
import type { AccessibilityServices } from '../features/accessibility/accessibility-services';
import { createAccessibilityStore } from '../features/accessibility/accessibility-store';
import { applyToRoot } from '../features/accessibility/apply-to-root';
import {
  EN_VOICE,
  FakeSpeechSynthesis,
  VI_VOICE,
  fakeUtterance,
} from '../features/accessibility/fake-speech-synthesis';
import { createReadAloud } from '../features/accessibility/read-aloud';
import { createI18n } from '../i18n/i18n';
import { Button } from './Button';
import { Screen } from './Screen';

function services(synth: FakeSpeechSynthesis): AccessibilityServices {
  return {
    store: createAccessibilityStore((s) => applyToRoot(document.documentElement, s)),
    reader: createReadAloud(synth, fakeUtterance),
  };
}

/** A question screen as the wizard draws it, with an answer typed in. */
function Question({ title = 'Người đi đăng ký' }: { title?: string }) {
  const [name, setName] = useState('Nguyễn Văn Bình');
  return (
    <Screen title={title} onBack={() => undefined} actions={<Button>Tiếp tục</Button>}>
      <p className="hint">Ghi đủ họ và tên, có dấu</p>
      <label htmlFor="q">Họ và tên của ông/bà</label>
      <input id="q" value={name} onChange={(e) => setName(e.target.value)} />
    </Screen>
  );
}

function renderScreen(synth = new FakeSpeechSynthesis([VI_VOICE, EN_VOICE]), ui = <Question />) {
  const i18n = createI18n('vi');
  const a11y = services(synth);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <AccessibilityProvider services={a11y}>{ui}</AccessibilityProvider>
    </I18nextProvider>,
  );
  return { ...view, a11y, synth, i18n };
}

afterEach(() => {
  document.documentElement.removeAttribute('data-text-size');
  document.documentElement.removeAttribute('data-contrast');
});

describe('Screen accessibility chrome', () => {
  it('offers read aloud, text size and contrast beside the language toggle', () => {
    renderScreen();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng' });
    expect(nav).toContainElement(screen.getByRole('button', { name: 'Đọc to' }));
    expect(nav).toContainElement(screen.getByRole('button', { name: 'Cỡ chữ, màu' }));
    expect(nav).toContainElement(screen.getByRole('button', { name: 'English' }));
  });

  it('changes text size and contrast on the document root at once', async () => {
    const user = userEvent.setup();
    const { a11y } = renderScreen();
    const toggle = screen.getByRole('button', { name: 'Cỡ chữ, màu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Cỡ chữ và độ tương phản' });
    expect(screen.getByRole('button', { name: 'Vừa' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Rất lớn' }));
    expect(document.documentElement).toHaveAttribute('data-text-size', 'extra-large');
    expect(screen.getByRole('button', { name: 'Rất lớn' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Vừa' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('button', { name: 'Tương phản cao' }));
    expect(document.documentElement).toHaveAttribute('data-contrast', 'high');
    expect(screen.getByRole('button', { name: 'Tương phản cao' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(panel).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(a11y.store.get()).toEqual({ textSize: 'extraLarge', highContrast: true });
  });

  it('reads the heading, hint and question in Vietnamese, never the typed answer', async () => {
    const user = userEvent.setup();
    const { synth } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.texts()).toEqual([
      'Người đi đăng ký.',
      'Ghi đủ họ và tên, có dấu.',
      'Họ và tên của ông/bà.',
    ]);
    expect(synth.spoken.every((u) => u.lang === 'vi-VN' && u.voice === VI_VOICE)).toBe(true);
    expect(synth.texts().join(' ')).not.toContain('Bình');
    // Nothing from the chrome or the actions bar.
    expect(synth.texts().join(' ')).not.toMatch(/Tiếp tục|Quay lại|English/);
  });

  it('becomes "Dừng đọc" while reading; pressing it again stops', async () => {
    const user = userEvent.setup();
    const { synth } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    await user.click(screen.getByRole('button', { name: 'Dừng đọc' }));
    expect(synth.queue).toEqual([]);
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();
  });

  it('returns to "Đọc to" when the reading finishes', async () => {
    const user = userEvent.setup();
    const { synth } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    act(() => synth.finishAll());
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();
  });

  it('stops when the resident touches anything else (e.g. Tiếp tục)', async () => {
    const { synth } = renderScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.queue.length).toBeGreaterThan(0);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(synth.queue).toEqual([]);
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();
  });

  it('stops when the screen changes or goes away', () => {
    const { synth, rerender, unmount, i18n, a11y } = renderScreen();
    const wrap = (ui: React.ReactNode) => (
      <I18nextProvider i18n={i18n}>
        <AccessibilityProvider services={a11y}>{ui}</AccessibilityProvider>
      </I18nextProvider>
    );
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    rerender(wrap(<Question title="Thông tin của trẻ" />));
    expect(synth.queue).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.queue.length).toBeGreaterThan(0);
    unmount();
    expect(synth.queue).toEqual([]);
    expect(a11y.reader.getState().speaking).toBe(false);
  });

  it('reads in English with an English voice after switching language, stopping the Vietnamese', async () => {
    const user = userEvent.setup();
    const { synth } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(synth.queue).toEqual([]);
    synth.spoken = [];
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(synth.spoken.length).toBeGreaterThan(0);
    expect(synth.spoken.every((u) => u.voice === EN_VOICE)).toBe(true);
  });

  it('without a Vietnamese voice, the button explains instead of reading, and is not disabled', async () => {
    const user = userEvent.setup();
    const { synth } = renderScreen(new FakeSpeechSynthesis([EN_VOICE]));
    const button = screen.getByRole('button', { name: 'Đọc to' });
    expect(button).toBeEnabled();
    await user.click(button);
    expect(synth.spoken).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Máy này chưa có giọng đọc tiếng Việt');
    expect(button).toHaveAccessibleDescription(/chưa có giọng đọc tiếng Việt/);
    await user.click(button);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('reads once a voice arrives late, as Chromium voices do', async () => {
    const user = userEvent.setup();
    const synth = new FakeSpeechSynthesis([]);
    renderScreen(synth);
    act(() => synth.setVoices([VI_VOICE]));
    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    expect(synth.spoken.length).toBeGreaterThan(0);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps <html lang> on the screen language', async () => {
    const user = userEvent.setup();
    renderScreen();
    expect(document.documentElement.lang).toBe('vi');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
  });
});
