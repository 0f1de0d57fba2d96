import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { listenForEarlyTouch } from './early-touch';
import type { StartedKioskProps } from './start-kiosk';

// The real start needs the main process and IndexedDB; here it resolves when the test says so.
let finishStart: (() => void) | undefined;
vi.mock('./start-kiosk', () => ({
  startKiosk: () =>
    new Promise((resolve) => {
      finishStart = () =>
        resolve(function Started({ beginAtOnce }: StartedKioskProps) {
          return <p>{beginAtOnce ? 'started, begin at once' : 'started, waiting'}</p>;
        });
    }),
}));

const { KioskBoot } = await import('./KioskBoot');

describe('KioskBoot', () => {
  it('shows the attract screen at once, remembers a touch on the prerendered screen, and hands over when started', async () => {
    // A touch on the prerendered attract screen before React took it over.
    document.body.innerHTML = '<button class="attract-touch">early</button>';
    listenForEarlyTouch();
    await userEvent.click(screen.getByRole('button', { name: 'early' }));
    document.body.innerHTML = '';

    const i18n = createI18n('vi');
    render(
      <I18nextProvider i18n={i18n}>
        <KioskBoot i18n={i18n} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button', { name: /Chạm vào màn hình để bắt đầu/ })).toBeInTheDocument();
    // The start is loaded with import(): wait until KioskBoot has called it.
    await vi.waitFor(() => expect(finishStart).toBeDefined());
    await act(async () => finishStart?.());
    expect(await screen.findByText('started, begin at once')).toBeInTheDocument();
  });
});
