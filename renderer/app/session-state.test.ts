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

  describe('the document-photo step', () => {
    const photo = { blob: new Blob(['jpeg']), width: 1600, height: 1200 };
    const atLastQuestion = (documentStep: boolean) =>
      run(
        { type: 'begin' },
        { type: 'languageChosen' },
        { type: 'openProcedure', procedureId: 'HT-KS', documentStep },
        { type: 'startForm' },
        { type: 'goToStep', step: 19 },
      );

    it('comes after the last question and before check answers, and back leads through it', () => {
      const atPhotos = sessionReducer(atLastQuestion(true), { type: 'checkAnswers' });
      expect(atPhotos.screen).toEqual({ name: 'documents', procedureId: 'HT-KS', returnToCheck: false });
      const atCheck = sessionReducer(atPhotos, { type: 'documentsDone', onPaper: false });
      expect(atCheck.screen).toEqual({ name: 'check', procedureId: 'HT-KS' });
      expect(sessionReducer(atCheck, { type: 'back' }).screen).toEqual(atPhotos.screen);
      expect(sessionReducer(atPhotos, { type: 'back' }).screen).toMatchObject({ name: 'wizard' });
    });

    it('is skipped by a procedure with nothing to photograph, and by an edit from check answers', () => {
      expect(sessionReducer(atLastQuestion(false), { type: 'checkAnswers' }).screen.name).toBe('check');
      const editing = sessionReducer(atLastQuestion(true), {
        type: 'goToStep',
        step: 3,
        returnToCheck: true,
      });
      expect(sessionReducer(editing, { type: 'checkAnswers' }).screen.name).toBe('check');
    });

    it("opens from check answers' change link and returns there", () => {
      const atCheck = run(
        { type: 'openProcedure', procedureId: 'HT-KS', documentStep: true },
        { type: 'startForm' },
        { type: 'checkAnswers' },
        { type: 'documentsDone', onPaper: false },
      );
      const changing = sessionReducer(atCheck, { type: 'openDocuments' });
      expect(changing.screen).toEqual({ name: 'documents', procedureId: 'HT-KS', returnToCheck: true });
      expect(sessionReducer(changing, { type: 'back' }).screen.name).toBe('check');
    });

    it('keeps photos in memory for the session only: wiped on submit, reset and a different procedure', () => {
      const withPhotos = sessionReducer(atLastQuestion(true), {
        type: 'photos',
        photos: { 'doc-1': [photo] },
      });
      expect(withPhotos.photos).toEqual({ 'doc-1': [photo] });
      expect(sessionReducer(withPhotos, { type: 'home' }).photos).toEqual({ 'doc-1': [photo] });
      expect(sessionReducer(withPhotos, { type: 'submitted', submissionId: 's1' }).photos).toEqual({});
      expect(sessionReducer(withPhotos, { type: 'reset' }).photos).toEqual({});
      const other = sessionReducer(withPhotos, { type: 'openProcedure', procedureId: 'HT-KH' });
      expect(other.photos).toEqual({});
      expect(other.documentStep).toBe(false);
    });

    it('remembers that the papers come on paper when the kiosk has no camera', () => {
      const state = run(
        { type: 'openProcedure', procedureId: 'HT-KS', documentStep: true },
        { type: 'startForm' },
        { type: 'checkAnswers' },
        { type: 'documentsDone', onPaper: true },
      );
      expect(state.documentsOnPaper).toBe(true);
      expect(sessionReducer(state, { type: 'reset' }).documentsOnPaper).toBe(false);
    });
  });

  it('keeps the keyboard input method for the session, back to Telex for the next resident', () => {
    const state = run({ type: 'begin' }, { type: 'inputMethod', method: 'vni' }, { type: 'languageChosen' });
    expect(state.inputMethod).toBe('vni');
    expect(sessionReducer(state, { type: 'reset' }).inputMethod).toBe('telex');
    expect(sessionReducer(state, { type: 'begin' }).inputMethod).toBe('telex');
  });
});
