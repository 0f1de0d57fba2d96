import type { InputMethod } from '../../shared/text/vietnamese-input';
import type { PhotosByDocument } from '../features/documents/useDocumentPages';

/**
 * The resident's session as a pure state machine: which screen is showing and
 * the answers so far. Answers and document photos live only here, in memory, until
 * they are handed to the outbox; `reset` drops everything for the next resident.
 */
export type Screen =
  | { name: 'attract' }
  | { name: 'language' }
  | { name: 'home'; lifeEvent: string | null }
  | { name: 'procedure'; procedureId: string }
  | { name: 'wizard'; procedureId: string; step: number; returnToCheck: boolean }
  | { name: 'idCard'; procedureId: string; step: number }
  | { name: 'documents'; procedureId: string; returnToCheck: boolean }
  | { name: 'check'; procedureId: string }
  | { name: 'receipt'; submissionId: string }
  | { name: 'statusLookup' };

export interface SessionState {
  screen: Screen;
  procedureId: string | null;
  answers: Readonly<Record<string, string>>;
  query: string;
  /** The on-screen keyboard's input method: chosen once, kept for every field of this session. */
  inputMethod: InputMethod;
  /** The procedure asks for photos of documents: a photo step comes before check answers. */
  documentStep: boolean;
  /** The pages photographed so far, by document id (memory only). */
  photos: PhotosByDocument;
  /** The kiosk has no working camera: the resident brings the papers to the office instead. */
  documentsOnPaper: boolean;
  /** The address on the resident's ID card, shown as a hint when they type their address. */
  cardAddress: string | null;
}

export type SessionAction =
  | { type: 'begin' }
  | { type: 'languageChosen' }
  | { type: 'openLifeEvent'; lifeEvent: string | null }
  | { type: 'search'; query: string }
  | { type: 'inputMethod'; method: InputMethod }
  | { type: 'openProcedure'; procedureId: string; documentStep?: boolean }
  | { type: 'startForm' }
  | { type: 'answer'; path: string; value: string }
  | { type: 'goToStep'; step: number; returnToCheck?: boolean }
  | { type: 'checkAnswers' }
  | { type: 'openDocuments' }
  | { type: 'openIdCard' }
  | { type: 'idCardRead'; answers: Record<string, string>; address?: string | undefined }
  | { type: 'closeIdCard' }
  | { type: 'photos'; photos: PhotosByDocument }
  | { type: 'documentsDone'; onPaper: boolean }
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
  inputMethod: 'telex',
  documentStep: false,
  photos: {},
  documentsOnPaper: false,
  cardAddress: null,
};

/** A resident is using the kiosk: anything but the attract screen (features/session times it out). */
export const inSession = (state: SessionState): boolean => state.screen.name !== 'attract';

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
    case 'inputMethod':
      return { ...state, inputMethod: action.method };
    case 'openProcedure':
      // A different procedure starts from empty answers and photos; the same one keeps them.
      return action.procedureId === state.procedureId
        ? { ...state, screen: { name: 'procedure', procedureId: action.procedureId } }
        : {
            ...state,
            procedureId: action.procedureId,
            answers: {},
            photos: {},
            documentsOnPaper: false,
            cardAddress: null,
            documentStep: action.documentStep ?? false,
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
      if (!state.procedureId) return state;
      // After the last question, the photo step (if any) comes first; an edit goes straight back.
      return screen.name === 'wizard' && !screen.returnToCheck && state.documentStep
        ? { ...state, screen: { name: 'documents', procedureId: state.procedureId, returnToCheck: false } }
        : { ...state, screen: { name: 'check', procedureId: state.procedureId } };
    case 'openDocuments':
      return state.procedureId && state.documentStep
        ? { ...state, screen: { name: 'documents', procedureId: state.procedureId, returnToCheck: true } }
        : state;
    case 'openIdCard':
      return screen.name === 'wizard'
        ? { ...state, screen: { name: 'idCard', procedureId: screen.procedureId, step: screen.step } }
        : state;
    case 'idCardRead':
      return screen.name === 'idCard'
        ? {
            ...state,
            answers: { ...state.answers, ...action.answers },
            cardAddress: action.address ?? state.cardAddress,
            screen: wizardAt(screen.procedureId, screen.step),
          }
        : state;
    case 'closeIdCard':
      return screen.name === 'idCard'
        ? { ...state, screen: wizardAt(screen.procedureId, screen.step) }
        : state;
    case 'photos':
      return { ...state, photos: action.photos };
    case 'documentsDone':
      return state.procedureId
        ? {
            ...state,
            documentsOnPaper: action.onPaper,
            screen: { name: 'check', procedureId: state.procedureId },
          }
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
      return state.documentStep
        ? {
            ...state,
            screen: { name: 'documents', procedureId: screen.procedureId, returnToCheck: false },
          }
        : lastQuestion(state, screen.procedureId);
    case 'idCard':
      return { ...state, screen: wizardAt(screen.procedureId, screen.step) };
    case 'documents':
      return screen.returnToCheck
        ? { ...state, screen: { name: 'check', procedureId: screen.procedureId } }
        : lastQuestion(state, screen.procedureId);
    default:
      return state;
  }
}

function wizardAt(procedureId: string, step: number): Screen {
  return { name: 'wizard', procedureId, step, returnToCheck: false };
}

function lastQuestion(state: SessionState, procedureId: string): SessionState {
  return {
    ...state,
    screen: { name: 'wizard', procedureId, step: Number.MAX_SAFE_INTEGER, returnToCheck: false },
  };
}
