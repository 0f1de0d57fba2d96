/**
 * When a resident session times out, and when the idle attract screen dims: a pure state
 * machine over a monotonic clock (`now` in ms), so every rule is tested without timers.
 *
 * attract ──dimMs──▶ dimmed ──wake──▶ attract
 * active ──idleMs──▶ warning ──warningMs──▶ expired (back to attract; the app wipes the session)
 * warning ──extend / key──▶ active
 *
 * Touches during the warning or on the dimmed screen are not plain activity: the overlay that
 * covers the screen takes the whole touch and answers with `extend` or `wake`, so nothing under
 * the finger is pressed. While a submission is being saved (`hold`), the session never times out.
 */
export interface IdleTimings {
  /** No touch or key for this long in a session: the warning appears. */
  readonly idleMs: number;
  /** How long the warning counts down before the session is wiped (WCAG 2.2.1: at least 20 s). */
  readonly warningMs: number;
  /** The attract screen untouched for this long: the screen dims. */
  readonly dimMs: number;
}

export type IdlePhase = 'attract' | 'dimmed' | 'active' | 'warning';

export interface IdleState {
  readonly phase: IdlePhase;
  /** When the phase moves on by itself; null while nothing is due (dimmed, or a save holds it). */
  readonly deadline: number | null;
  /** Submissions being saved right now. */
  readonly holds: number;
}

export type IdleEvent =
  /** A resident session began (the attract screen was touched). */
  | 'sessionStarted'
  /** Back on the attract screen, by any path. */
  | 'sessionEnded'
  /** A touch, a scroll or a pointer move on the screen itself. */
  | 'activity'
  /** A key: counts as activity, and answers the warning too. */
  | 'key'
  /** "I need more time" (or any tap) on the warning. */
  | 'extend'
  /** The first touch on the dimmed screen. */
  | 'wake'
  /** A submission is being saved / has been saved. */
  | 'hold'
  | 'release'
  /** A timer fired: compare the deadline with the clock. */
  | 'tick';

export interface IdleStep {
  readonly state: IdleState;
  /** The warning ran out on this step: the session must be wiped now. */
  readonly expired: boolean;
}

export const inSession = (phase: IdlePhase): boolean => phase === 'active' || phase === 'warning';

export const idleStart = (now: number, timings: IdleTimings): IdleState => ({
  phase: 'attract',
  deadline: now + timings.dimMs,
  holds: 0,
});

const go = (state: IdleState): IdleStep => ({ state, expired: false });

/** The session's next timeout from now, unless a save holds it. */
const activeFrom = (now: number, holds: number, t: IdleTimings): IdleState => ({
  phase: 'active',
  deadline: holds > 0 ? null : now + t.idleMs,
  holds,
});

export function idleStep(state: IdleState, event: IdleEvent, now: number, t: IdleTimings): IdleStep {
  const { phase, holds } = state;
  switch (event) {
    case 'sessionStarted':
      return go(activeFrom(now, 0, t));
    case 'sessionEnded':
      return go(idleStart(now, t));
    case 'key':
      if (phase === 'warning') return go(activeFrom(now, holds, t));
      if (phase === 'dimmed') return go(idleStart(now, t));
      return idleStep(state, 'activity', now, t);
    case 'activity':
      if (phase === 'attract') return go({ ...state, deadline: now + t.dimMs });
      if (phase === 'active') return holds > 0 ? go(state) : go({ ...state, deadline: now + t.idleMs });
      return go(state);
    case 'extend':
      return phase === 'warning' || phase === 'active' ? go(activeFrom(now, holds, t)) : go(state);
    case 'wake':
      return phase === 'dimmed' ? go(idleStart(now, t)) : go(state);
    case 'hold':
      return inSession(phase)
        ? go({ phase: 'active', deadline: null, holds: holds + 1 })
        : go({ ...state, holds: holds + 1 });
    case 'release': {
      const left = Math.max(0, holds - 1);
      return inSession(phase) ? go(activeFrom(now, left, t)) : go({ ...state, holds: left });
    }
    case 'tick':
      return tick(state, now, t);
  }
}

function tick(state: IdleState, now: number, t: IdleTimings): IdleStep {
  if (state.deadline === null || now < state.deadline) return go(state);
  switch (state.phase) {
    case 'attract':
      return go({ ...state, phase: 'dimmed', deadline: null });
    case 'active':
      return go({ ...state, phase: 'warning', deadline: now + t.warningMs });
    case 'warning':
      return { state: idleStart(now, t), expired: true };
    case 'dimmed':
      return go(state);
  }
}
