import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { relevantAnswers } from '../../../shared/procedures/form-steps';
import { createI18n } from '../../i18n/i18n';
import { CheckAnswersScreen } from './CheckAnswersScreen';
import { WizardScreen } from './WizardScreen';

const HT_KS = BUNDLED_CATALOG.procedures.find((p) => p.id === 'HT-KS') as Procedure;
const label = (vi: string) => ({ vi, en: vi });

/** A guest-stay notice: who notifies, then one or more guests (a repeatable section). */
const GUESTS: Procedure = {
  ...HT_KS,
  id: 'CT-TEST',
  form: {
    sections: [
      {
        id: 'chu_nha',
        title: label('Chủ nhà'),
        questions: [{ id: 'ho_ten', type: 'personName', required: true, label: label('Tên chủ nhà') }],
      },
      {
        id: 'khach',
        title: label('Người lưu trú'),
        repeat: { min: 1, max: 3, itemLabel: { vi: 'Người lưu trú', en: 'Guest' } },
        questions: [
          { id: 'ho_ten', type: 'personName', required: true, label: label('Tên người lưu trú') },
          { id: 'so_dem', type: 'integer', min: 1, max: 30, required: true, label: label('Số đêm') },
        ],
      },
    ],
    crossChecks: [],
  },
};

/** The session as the app keeps it, reduced to what the wizard and the check page need. */
function renderWizard() {
  let submitted: Record<string, string> | null = null;
  function Harness() {
    const [answers, setAnswers] = useState<Record<string, string>>({});
    const [at, setAt] = useState<{ screen: 'wizard' | 'check'; step: number; returnToCheck: boolean }>({
      screen: 'wizard',
      step: 0,
      returnToCheck: false,
    });
    const common = {
      procedure: GUESTS,
      catalog: BUNDLED_CATALOG,
      answers,
      now: () => new Date('2026-11-23T03:00:00Z'),
    };
    if (at.screen === 'check')
      return (
        <CheckAnswersScreen
          {...common}
          onChange={(step) => setAt({ screen: 'wizard', step, returnToCheck: true })}
          onSubmit={async () => {
            submitted = relevantAnswers(GUESTS.form, answers);
          }}
          onBack={() => setAt({ screen: 'wizard', step: Number.MAX_SAFE_INTEGER, returnToCheck: false })}
          onHome={() => undefined}
        />
      );
    return (
      <WizardScreen
        {...common}
        step={at.step}
        returnToCheck={at.returnToCheck}
        onAnswer={(path, value) => setAnswers((a) => ({ ...a, [path]: value }))}
        onGoToStep={(step) => setAt({ screen: 'wizard', step, returnToCheck: false })}
        onCheckAnswers={() => setAt({ screen: 'check', step: 0, returnToCheck: false })}
        onBack={() => setAt((s) => ({ ...s, step: Math.max(0, s.step - 1), returnToCheck: false }))}
        onHome={() => undefined}
      />
    );
  }
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <Harness />
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), submitted: () => submitted };
}

const tap = (user: ReturnType<typeof userEvent.setup>, name: string | RegExp) =>
  user.click(screen.getByRole('button', { name }));

describe('a repeatable section in the wizard', () => {
  it('asks each item under its own heading, adds and removes items, and lists them on the check page', async () => {
    const { user, submitted } = renderWizard();
    await user.type(screen.getByRole('textbox', { name: 'Tên chủ nhà' }), 'Trần Thị Lan');
    await tap(user, 'Tiếp tục');

    // The minimum of one guest is asked straight away.
    expect(screen.getByRole('heading', { level: 2, name: 'Người lưu trú thứ 1' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Tên người lưu trú' }), 'Nguyễn Văn An');
    await tap(user, 'Tiếp tục');
    expect(screen.getByRole('spinbutton', { name: 'Số đêm' })).toHaveAttribute('aria-valuenow', '1');
    await tap(user, 'Thêm 1');
    await tap(user, 'Tiếp tục');

    // The add/remove screen lists the guest; the only guest cannot be removed (min 1).
    expect(screen.getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Xóa/ })).toBeNull();
    await tap(user, 'Thêm người lưu trú khác');
    expect(screen.getByRole('heading', { level: 2, name: 'Người lưu trú thứ 2' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Tên người lưu trú' }), 'Lê Thị Bình');
    await tap(user, 'Tiếp tục');

    // Back keeps the answers given.
    await tap(user, 'Quay lại');
    expect(screen.getByRole('textbox', { name: 'Tên người lưu trú' })).toHaveValue('Lê Thị Bình');
    await tap(user, 'Tiếp tục');
    await tap(user, 'Tiếp tục');

    // Removing asks first, then moves the later guests up.
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await tap(user, 'Xóa Người lưu trú thứ 1');
    await tap(user, 'Không xóa');
    await tap(user, 'Xóa Người lưu trú thứ 1');
    await tap(user, 'Có, xóa');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('Lê Thị Bình')).toBeInTheDocument();
    await tap(user, 'Thêm người lưu trú khác');
    await user.type(screen.getByRole('textbox', { name: 'Tên người lưu trú' }), 'Phạm Văn Cường');
    await tap(user, 'Tiếp tục');
    await tap(user, 'Tiếp tục');
    await tap(user, 'Tiếp tục');

    // The check page: the count and each item under its heading, each answer changeable.
    expect(screen.getByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Người lưu trú thứ 1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Người lưu trú thứ 2' })).toBeInTheDocument();
    expect(screen.getByText('Số người lưu trú')).toBeInTheDocument();
    await tap(user, 'Sửa danh sách người lưu trú');
    expect(screen.getByRole('button', { name: 'Thêm người lưu trú khác' })).toBeInTheDocument();
    await tap(user, 'Lưu và xem lại');
    await tap(user, 'Gửi hồ sơ');
    expect(submitted()).toEqual({
      'chu_nha.ho_ten': 'Trần Thị Lan',
      'khach[1].ho_ten': 'Lê Thị Bình',
      'khach[1].so_dem': '1',
      'khach[2].ho_ten': 'Phạm Văn Cường',
      'khach[2].so_dem': '1',
      'khach[]': '2',
    });
  });
});
