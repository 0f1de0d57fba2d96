import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { ConfigErrorScreen } from './ConfigErrorScreen';

const show = (locale: 'vi' | 'en') =>
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ConfigErrorScreen
        path="/etc/mot-cua-kiosk/kiosk.config.json"
        problems={[
          { field: 'enrolmentToken', problem: 'missing', detail: 'Invalid input' },
          { field: 'wardCode', problem: 'invalid', detail: 'the 5-digit code of the ward or commune' },
        ]}
      />
    </I18nextProvider>,
  );

describe('ConfigErrorScreen', () => {
  it('names a missing enrolment token and says what to do about it, in Vietnamese first', () => {
    show('vi');
    const item = screen.getByText('enrolmentToken').closest('li');
    expect(item?.textContent).toContain('thiếu trường này');
    expect(item?.textContent).toContain('xin Thành phố cấp mã mới');
    // Only the token gets the extra sentence.
    expect(screen.getByText('wardCode').closest('li')?.textContent).not.toContain('Thành phố');
  });

  it('says the same in English', () => {
    show('en');
    expect(screen.getByText('enrolmentToken').closest('li')?.textContent).toContain(
      'ask the city for a new one',
    );
  });
});
