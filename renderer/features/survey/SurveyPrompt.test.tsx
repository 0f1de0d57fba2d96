import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import Dexie from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SURVEY_QUESTIONS } from '../../../shared/survey/survey-definition';
import { ServicesContext, type KioskServices } from '../../app/services';
import { createI18n } from '../../i18n/i18n';
import enText from '../../i18n/locales/en.json';
import viText from '../../i18n/locales/vi.json';
import { OutboxDatabase } from '../../outbox/outbox-db';
import { SurveyQueue } from '../../outbox/survey-queue';
import { SurveyPrompt } from './SurveyPrompt';

const SURVEY_ID = '5a000000-0000-4000-8000-000000000042';
const NOW = new Date('2026-11-23T03:47:12.345Z');
const LEVELS_VI = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function renderPrompt({
  withQueue = true,
  locale = 'vi',
  newId = () => SURVEY_ID,
}: { withQueue?: boolean; locale?: 'vi' | 'en'; newId?: () => string } = {}) {
  const name = `survey-prompt-${Math.random()}`;
  names.push(name);
  const db = new OutboxDatabase(name);
  const queue = new SurveyQueue(db, () => NOW.getTime(), { releaseAt: (now) => now });
  const onDone = vi.fn();
  // Only what the survey uses; the rest of the kiosk is not involved.
  const services = {
    surveys: withQueue ? queue : undefined,
    config: { kioskId: 'HN-00001', wardCode: '00004' },
    newId,
    now: () => NOW,
    bridge: { log: async () => null },
  } as unknown as KioskServices;
  const view = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ServicesContext.Provider value={services}>
        <main>
          <h1>Đã nhận hồ sơ</h1>
          <SurveyPrompt procedureId="HT-KS" onDone={onDone} />
        </main>
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return { ...view, db, queue, onDone, user: userEvent.setup() };
}

const dialog = () => screen.getByRole('dialog', { name: /Khảo sát nhanh|Quick survey/ });
const axeViolations = async (container: Element) => {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

// Whole journeys with user-event and axe: slow on a busy CI machine, so a roomier timeout.
describe('SurveyPrompt', { timeout: 15_000 }, () => {
  it('is not offered on a kiosk without a survey queue', () => {
    const { container } = renderPrompt({ withQueue: false });
    expect(container.querySelector('.survey-invite')).toBeNull();
  });

  it('asks four questions, one per screen, and queues only the anonymous answers', async () => {
    const { user, queue, onDone } = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    const levels = [4, 5, 3, 2];
    for (const [i, question] of SURVEY_QUESTIONS.entries()) {
      expect(within(dialog()).getByText(`Câu ${i + 1}/4`)).toBeInTheDocument();
      const group = screen.getByRole('radiogroup', { name: viText.survey.questions[question.id] });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => r.getAttribute('value')),
      ).toEqual(['1', '2', '3', '4', '5']);
      for (const label of LEVELS_VI)
        expect(within(group).getByRole('radio', { name: label })).toBeInTheDocument();
      await user.click(within(group).getByRole('radio', { name: LEVELS_VI[(levels[i] ?? 1) - 1] }));
      await user.click(screen.getByRole('button', { name: i === 3 ? 'Gửi ý kiến' : 'Câu tiếp theo' }));
    }
    const thanks = await screen.findByRole('heading', { name: 'Cảm ơn ông/bà!' });
    await waitFor(() => expect(thanks).toHaveFocus()); // focused by an effect just after it appears
    const [queued] = await queue.due(Number.MAX_SAFE_INTEGER, 10);
    expect(queued?.request).toEqual({
      surveyId: SURVEY_ID,
      kioskId: 'HN-00001',
      wardCode: '00004',
      procedureId: 'HT-KS',
      locale: 'vi',
      answeredHour: '2026-11-23T03:00:00.000Z',
      answers: [
        { questionId: 'findInformation', level: 4 },
        { questionId: 'procedureInformation', level: 5 },
        { questionId: 'formGuidance', level: 3 },
        { questionId: 'overall', level: 2 },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('asks for a level before moving on, and keeps earlier answers when going back', async () => {
    const { user } = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng chọn một mức');
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription(/Vui lòng chọn một mức/);
    await user.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByRole('radio', { name: 'Hài lòng' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(screen.getByRole('radio', { name: 'Hài lòng' })).toBeChecked();
  });

  it('can be skipped at any question, with the button or Escape, and then sends nothing', async () => {
    const { user, queue, onDone } = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    await user.click(screen.getByRole('radio', { name: 'Rất hài lòng' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Bỏ qua khảo sát' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    expect(screen.getByText('Câu 1/4')).toBeInTheDocument(); // a fresh start
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await queue.counts()).toEqual({ queued: 0, rejected: 0 });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('goes back to the receipt after thanking, and does not invite again', async () => {
    const { user, queue } = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('radio', { name: 'Bình thường' }));
      await user.click(screen.getByRole('button', { name: i === 3 ? 'Gửi ý kiến' : 'Câu tiếp theo' }));
    }
    await user.click(await screen.findByRole('button', { name: 'Xem lại biên nhận' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Cảm ơn ông/bà đã trả lời khảo sát nhanh.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lời khảo sát' })).toBeNull();
    expect((await queue.counts()).queued).toBe(1);
  });

  it('queues once even when Send is tapped twice', async () => {
    let n = 0;
    const { user, queue } = renderPrompt({ newId: () => `5a000000-0000-4000-8000-00000000000${++n}` });
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    for (let i = 0; i < 3; i++) {
      await user.click(screen.getByRole('radio', { name: 'Hài lòng' }));
      await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    }
    await user.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    const send = screen.getByRole('button', { name: 'Gửi ý kiến' });
    await act(async () => {
      send.click();
      send.click();
    });
    await screen.findByRole('heading', { name: 'Cảm ơn ông/bà!' });
    expect((await queue.counts()).queued).toBe(1);
  });

  it('switches language inside the survey and records the language used', async () => {
    const { user, queue } = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    await user.click(within(dialog()).getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('radiogroup', { name: enText.survey.questions.findInformation }),
    ).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Very satisfied' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(screen.getByRole('button', { name: 'Skip the survey' }));
    expect(await queue.counts()).toEqual({ queued: 0, rejected: 0 });
    await user.click(screen.getByRole('button', { name: 'Answer the survey' }));
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('radio', { name: 'Satisfied' }));
      await user.click(screen.getByRole('button', { name: i === 3 ? 'Send answers' : 'Next question' }));
    }
    await screen.findByRole('heading', { name: 'Thank you!' });
    expect((await queue.due(Number.MAX_SAFE_INTEGER, 1))[0]?.request.locale).toBe('en');
  });

  it('is axe-clean, names every button, and never says SIPAS', async () => {
    const { user, container } = renderPrompt();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Trả lời khảo sát' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' })); // with the alert showing
    expect(await axeViolations(container)).toEqual([]);
    for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName(/\S/);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveAccessibleName(/\S/);
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('radio', { name: 'Hài lòng' }));
      await user.click(screen.getByRole('button', { name: i === 3 ? 'Gửi ý kiến' : 'Câu tiếp theo' }));
    }
    await screen.findByRole('heading', { name: 'Cảm ơn ông/bà!' });
    expect(await axeViolations(container)).toEqual([]);
    expect(container.textContent).not.toMatch(/SIPAS/i);
    expect(JSON.stringify([viText.survey, enText.survey])).not.toMatch(/SIPAS/i);
  });
});
