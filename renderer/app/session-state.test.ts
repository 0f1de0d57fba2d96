import { describe, expect, it } from 'vitest';
import { initialSession, sessionReducer, type SessionAction, type SessionState } from './session-state';

const run = (...actions: SessionAction[]): SessionState => actions.reduce(sessionReducer, initialSession);

describe('session state', () => {
  it('walks attract → language → home → procedure → wizard', () => {
    const state = run(
      { type: 'begin' },
      { type: 'languageChosen' },
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'startForm' },
    );
    expect(state.screen).toEqual({ name: 'wizard', procedureId: 'HT-KS', step: 0, returnToCheck: false });
  });

  it('keeps answers when going back, and across reopening the same procedure', () => {
    const state = run(
      { type: 'begin' },
      { type: 'languageChosen' },
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'startForm' },
      { type: 'answer', path: 'tre.ho_ten', value: 'An' },
      { type: 'goToStep', step: 1 },
      { type: 'back' },
      { type: 'back' },
      { type: 'back' },
      { type: 'openProcedure', procedureId: 'HT-KS' },
    );
    expect(state.screen).toEqual({ name: 'procedure', procedureId: 'HT-KS' });
    expect(state.answers).toEqual({ 'tre.ho_ten': 'An' });
  });

  it('starts a different procedure from empty answers', () => {
    const state = run(
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'answer', path: 'tre.ho_ten', value: 'An' },
      { type: 'openProcedure', procedureId: 'HT-KH' },
    );
    expect(state.answers).toEqual({});
  });

  it('a change from the check page returns to it', () => {
    const state = run(
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'goToStep', step: 3, returnToCheck: true },
    );
    expect(state.screen).toEqual({ name: 'wizard', procedureId: 'HT-KS', step: 3, returnToCheck: true });
  });

  it('drops every answer once the submission is handed to the outbox, and on reset', () => {
    const answered = run(
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'answer', path: 'a.b', value: 'x' },
    );
    const submitted = sessionReducer(answered, { type: 'submitted', submissionId: 'id-1' });
    expect(submitted).toEqual({ ...initialSession, screen: { name: 'receipt', submissionId: 'id-1' } });
    expect(sessionReducer(answered, { type: 'reset' })).toEqual(initialSession);
  });

  it('back from the first screens leads back to the attract screen', () => {
    expect(run({ type: 'begin' }, { type: 'back' })).toEqual(initialSession);
    expect(run({ type: 'begin' }, { type: 'languageChosen' }, { type: 'back' }).screen).toEqual({
      name: 'language',
    });
  });
});

describe('status lookup', () => {
  it('opens from home; back and home both return there, keeping the search and answers', () => {
    const atLookup = run(
      { type: 'begin' },
      { type: 'languageChosen' },
      { type: 'search', query: 'khai sinh' },
      { type: 'openProcedure', procedureId: 'HT-KS' },
      { type: 'answer', path: 'tre.ho_ten', value: 'An' },
      { type: 'home' },
      { type: 'openStatusLookup' },
    );
    expect(atLookup.screen).toEqual({ name: 'statusLookup' });
    for (const leave of [{ type: 'back' }, { type: 'home' }] as const) {
      const left = sessionReducer(atLookup, leave);
      expect(left.screen).toEqual({ name: 'home', lifeEvent: null });
      expect(left.query).toBe('khai sinh');
      expect(left.answers).toEqual({ 'tre.ho_ten': 'An' });
    }
  });

  it('is wiped by reset like every other screen', () => {
    expect(run({ type: 'begin' }, { type: 'openStatusLookup' }, { type: 'reset' })).toEqual(initialSession);
  });
});
