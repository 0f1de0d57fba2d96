import {
  idleStart,
  idleStep,
  type IdleEvent,
  type IdlePhase,
  type IdleState,
  type IdleTimings,
} from './idle-machine';

/**
 * Runs the idle state machine (idle-machine.ts) on a real or fake clock. Activity only moves the
 * deadline; one timer at a time waits for the earliest deadline and re-arms itself when the
 * deadline moved meanwhile, so a stream of pointer moves costs no timer churn. Listeners hear
 * phase changes only (the countdown reads the deadline itself).
 */
export interface IdleClock {
  /** Monotonic milliseconds (performance.now in the browser): a wall-clock jump must not end a session. */
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface IdleTimer {
  getState(): IdleState;
  getPhase(): IdlePhase;
  subscribe(listener: () => void): () => void;
  /** Called each time the warning runs out: the session must be wiped. */
  onExpired(listener: () => void): () => void;
  send(event: IdleEvent): void;
  /** Arms the timer for the current deadline (after creation, or again after stop). */
  start(): void;
  /** Clears the pending timer; the state is kept, and start() resumes. */
  stop(): void;
}

export function createIdleTimer(timings: IdleTimings, clock: IdleClock): IdleTimer {
  let state = idleStart(clock.now(), timings);
  let running = false;
  let timer: { handle: unknown; at: number } | null = null;
  const listeners = new Set<() => void>();
  const expiredListeners = new Set<() => void>();

  const disarm = () => {
    if (timer) clock.clearTimer(timer.handle);
    timer = null;
  };
  const arm = () => {
    const due = state.deadline;
    if (!running || due === null) return disarm();
    // A later deadline is picked up when the earlier timer fires (tick re-arms).
    if (timer && timer.at <= due) return;
    disarm();
    const handle = clock.setTimer(
      () => {
        timer = null;
        send('tick');
      },
      Math.max(0, due - clock.now()),
    );
    timer = { handle, at: due };
  };

  function send(event: IdleEvent): void {
    const step = idleStep(state, event, clock.now(), timings);
    const before = state.phase;
    state = step.state;
    arm();
    if (state.phase !== before) for (const listener of [...listeners]) listener();
    if (step.expired) for (const listener of [...expiredListeners]) listener();
  }

  return {
    getState: () => state,
    getPhase: () => state.phase,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onExpired(listener) {
      expiredListeners.add(listener);
      return () => expiredListeners.delete(listener);
    },
    send,
    start() {
      running = true;
      arm();
    },
    stop() {
      running = false;
      disarm();
    },
  };
}
