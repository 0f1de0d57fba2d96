/**
 * The resident's session as a pure state machine: which screen is showing and
 * the answers so far. Answers live only here, in memory, until they are handed
 * to the outbox; `reset` drops everything for the next resident.
 */
export type Screen =
  | { name: 'attract' }
  | { name: 'language' }
  | { name: 'home'; lifeEvent: string | null }
  | { name: 'procedure'; procedureId: string }
  | { name: 'wizard'; procedureId: string; step: number; returnToCheck: boolean }
  | { name: 'check'; procedureId: string }
  | { name: 'receipt'; submissionId: string }
  | { name: 'statusLookup' };

export interface SessionState {
  screen: Screen;
  procedureId: string | null;
  answers: Readonly<Record<string, string>>;
  query: string;
}

export type SessionAction =
  | { type: 'begin' }
  | { type: 'languageChosen' }
  | { type: 'openLifeEvent'; lifeEvent: string | null }
  | { type: 'search'; query: string }
  | { type: 'openProcedure'; procedureId: string }
  | { type: 'startForm' }
  | { type: 'answer'; path: string; value: string }
  | { type: 'goToStep'; step: number; returnToCheck?: boolean }
  | { type: 'checkAnswers' }
  | { type: 'submitted'; submissionId: string }
  | { type: 'openStatusLookup' }
  | { type: 'back' }
  | { type: 'home' }
  | { type: 'reset' };

export const initialSession: SessionState = {
  screen: { name: 'attract' },
  procedureId: null,
  answers: {},
  query: '',
};

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const screen = state.screen;
  switch (action.type) {
    case 'begin':
      return { ...initialSession, screen: { name: 'language' } };
    case 'languageChosen':
      return { ...state, screen: { name: 'home', lifeEvent: null } };
    case 'openLifeEvent':
      return { ...state, screen: { name: 'home', lifeEvent: action.lifeEvent } };
    case 'search':
      return { ...state, query: action.query };
    case 'openProcedure':
      // A different procedure starts from empty answers; the same one keeps them.
      return {
        ...state,
        procedureId: action.procedureId,
        answers: action.procedureId === state.procedureId ? state.answers : {},
        screen: { name: 'procedure', procedureId: action.procedureId },
      };
    case 'startForm':
      return state.procedureId
        ? {
            ...state,
            screen: { name: 'wizard', procedureId: state.procedureId, step: 0, returnToCheck: false },
          }
        : state;
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.path]: action.value } };
    case 'goToStep':
      return state.procedureId
        ? {
            ...state,
            screen: {
              name: 'wizard',
              procedureId: state.procedureId,
              step: Math.max(0, action.step),
              returnToCheck: action.returnToCheck ?? false,
            },
          }
        : state;
    case 'checkAnswers':
      return state.procedureId
        ? { ...state, screen: { name: 'check', procedureId: state.procedureId } }
        : state;
    case 'submitted':
      // The outbox has the submission now; nothing the resident typed stays in the session.
      return { ...initialSession, screen: { name: 'receipt', submissionId: action.submissionId } };
    case 'openStatusLookup':
      return { ...state, screen: { name: 'statusLookup' } };
    case 'back':
      return back(state, screen);
    case 'home':
      return { ...state, screen: { name: 'home', lifeEvent: null } };
    case 'reset':
      return initialSession;
  }
}

function back(state: SessionState, screen: Screen): SessionState {
  switch (screen.name) {
    case 'language':
      return initialSession;
    case 'home':
      return screen.lifeEvent
        ? { ...state, screen: { name: 'home', lifeEvent: null } }
        : { ...state, screen: { name: 'language' } };
    case 'procedure':
    case 'statusLookup':
      return { ...state, screen: { name: 'home', lifeEvent: null } };
    case 'wizard':
      return screen.step === 0
        ? { ...state, screen: { name: 'procedure', procedureId: screen.procedureId } }
        : { ...state, screen: { ...screen, step: screen.step - 1, returnToCheck: false } };
    case 'check':
      return {
        ...state,
        screen: {
          name: 'wizard',
          procedureId: screen.procedureId,
          step: Number.MAX_SAFE_INTEGER,
          returnToCheck: false,
        },
      };
    default:
      return state;
  }
}
