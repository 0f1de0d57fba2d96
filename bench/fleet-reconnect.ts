/**
 * Fleet scale, city-wide reconnect (issue #3; research/perf-method.md §5).
 *
 * A discrete-event simulation in virtual time (a priority queue of events, no
 * timers) of K kiosks. Each kiosk runs the sync engine's delivery loop. Retry
 * delays come from the real shared/sync/backoff.ts `nextRetryDelay` and the
 * pacing from the real shared/sync/catch-up-pacing.ts. Everything random comes
 * from one seeded mulberry32 stream, so a seed reproduces a run exactly.
 *
 * Assumptions (ours, not sourced):
 * - Residents submit as a Poisson process. Mean one submission per kiosk per
 *   10 min (a busy daytime hour at a ward's one-stop desk). Each kiosk's rate is
 *   drawn uniformly in [0.25, 1.75] × that mean, so quiet and busy wards mix.
 * - Every request takes `requestMs` (200 ms), success or failure. One request in
 *   flight per kiosk (the engine is sequential).
 * - Timeline: 30 min warm-up, then a 60 min outage during which every request
 *   fails as a network error, then recovery. Every failed attempt counts as a
 *   request, because it reaches the city's load balancer (the conservative
 *   choice). An attempt fails if it is *sent* during the outage.
 * - The city API's capacity is not modelled: once back, it accepts everything
 *   (no 429/503, no Retry-After).
 * - Only submission POSTs are counted. The engine's status polls (GET every
 *   60 s per undelivered dossier) are not modelled.
 * - Scenario 'api-outage' (default): the kiosks' own network stays up, so the
 *   browser fires no 'online' event. Scenario 'online-event': the link itself
 *   went down, and every kiosk gets 'online' within `onlineSpreadMs` of the end.
 *
 * Strategies:
 * - 'jitter': today's engine. Per-record attempt counter; the oldest *due*
 *   record goes first. A failure sets that record's nextAttemptAt = now +
 *   nextRetryDelay(attempts, DEFAULT_BACKOFF, random, null) and ends the pass.
 *   A success continues at once with the next due record. A new submission
 *   kicks a pass, and 'online' makes everything due (makeAllDue).
 * - 'no-jitter': the same, with random ≡ 1 − 2⁻⁵³, i.e. plain capped exponential.
 * - 'probe-gate': the engine as committed in 22f5ef6 (WIP). While its
 *   connectivity is not 'online', every pass first probes the city API (a
 *   request). A failed probe or a network error makes it 'offline', and it
 *   probes again after nextRetryDelay(probeFailures, DEFAULT_BACKOFF), or
 *   sooner when a new submission kicks a pass. When a probe succeeds it
 *   delivers every due record back to back. 'online' sets 'unknown' and
 *   calls makeAllDue. Attachment chunks and status polls are not modelled.
 * - 'paced': the engine with shared/sync/catch-up-pacing.ts wired in as below.
 *
 * The 'paced' integration contract, which the engine must match:
 * 1. Streak. The first transient failure while not in a streak starts one:
 *    streakStart = send time of that attempt, streakAttempts = 0. (If a
 *    catch-up is still running, streakStart = the start of the streak that
 *    began it.) Every failure in the streak sets
 *      holdUntil = now + streakRetryDelayMs({ streakAttempts,
 *        backoffDelayMs: nextRetryDelay(streakAttempts, DEFAULT_BACKOFF, random, retryAfterMs),
 *        random })
 *    then streakAttempts++, and the pass ends.
 * 2. Gate. While in a streak, a pass sends nothing before holdUntil. At
 *    holdUntil it sends the oldest queued record (the probe), whatever that
 *    record's own nextAttemptAt says. New submissions kick a pass as usual,
 *    and the gate holds them.
 * 3. Recovery. When a probe succeeds: outageMs = now − streakStart and
 *    backlog = records still queued. The streak is cleared. Those records
 *    become the catch-up: the oldest gets nextAttemptAt = now +
 *    catchUpSpacingMs({ outageMs, backlog, sent: 0, random }), the rest wait.
 *    Each time a catch-up record is delivered: sent++, and the next oldest
 *    catch-up record gets now + catchUpSpacingMs({ …, sent }). The catch-up
 *    ends when none is left. Records enqueued after the recovery are due at
 *    once (nextAttemptAt 0) and are sent in between.
 * 4. 'online' during a streak: holdUntil = now + reconnectProbeDelayMs({
 *    outageMs: now − streakStart, random }) (not makeAllDue).
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_BACKOFF, nextRetryDelay, type BackoffPolicy } from '../shared/sync/backoff';
import {
  DEFAULT_CATCH_UP,
  catchUpSpacingMs,
  reconnectProbeDelayMs,
  streakRetryDelayMs,
  type CatchUpPolicy,
} from '../shared/sync/catch-up-pacing';
import { mulberry32, quantile } from './stats';

export type Strategy = 'paced' | 'jitter' | 'no-jitter' | 'probe-gate';
export type Scenario = 'api-outage' | 'online-event';

export interface FleetConfig {
  kiosks: number;
  meanInterArrivalMs: number;
  /** Each kiosk's rate is mean × uniform[1 − spread, 1 + spread]. */
  rateSpread: number;
  warmUpMs: number;
  outageMs: number;
  /** Simulated time after the outage ends. */
  afterMs: number;
  requestMs: number;
  strategy: Strategy;
  scenario: Scenario;
  /** 'online-event' only: each kiosk hears 'online' uniformly within this long after the outage ends. */
  onlineSpreadMs: number;
  seed: number;
  backoff: BackoffPolicy;
  pacing: CatchUpPolicy;
}

export const DEFAULT_FLEET: FleetConfig = {
  kiosks: 5_000,
  meanInterArrivalMs: 10 * 60_000,
  rateSpread: 0.75,
  warmUpMs: 30 * 60_000,
  outageMs: 60 * 60_000,
  afterMs: 180 * 60_000,
  requestMs: 200,
  strategy: 'paced',
  scenario: 'api-outage',
  onlineSpreadMs: 2_000,
  seed: 1,
  backoff: DEFAULT_BACKOFF,
  pacing: DEFAULT_CATCH_UP,
};

export interface FleetMetrics {
  strategy: Strategy;
  scenario: Scenario;
  seed: number;
  /** Mean requests/s over the warm-up. */
  steadyRate: number;
  /** Headline: max over 10 s moving windows (1 s step) starting at or after the outage start, in req/s. */
  peak10: number;
  /** peak10 ÷ steadyRate. */
  ratio: number;
  /** Same 10 s moving-window peak, split: windows inside the outage / windows from its last 9 s onward. */
  peak10Outage: number;
  peak10Recovery: number;
  /** Raw 1 s bucket peak after the outage start, and the peak of aligned 10 s buckets. */
  peak1: number;
  /** When the 1 s peak happened, in seconds after the outage ended (negative: during it). */
  peak1At: number;
  peak10Aligned: number;
  /** The 10 s moving-window peak inside the warm-up ÷ steadyRate: the metric's floor from Poisson noise alone. */
  warmUpPeakRatio: number;
  /** From the outage end until every submission made before it is delivered (min); NaN if never. */
  drainMin: number;
  /** Longest time any submission waited from creation to delivery (min). */
  maxQueueAgeMin: number;
  /** Requests per delivered submission over the whole run (retry amplification). */
  callsPerItem: number;
  /** Delivery latency (s) of submissions made after the outage ended at a kiosk that had noticed (for the baselines: all of them). */
  newLatency: LatencySummary;
  /** 'paced': made after the outage ended but before their kiosk's next probe noticed; they join its catch-up backlog. */
  gapLatency: LatencySummary;
  /** Mean requests/s per simulated minute. */
  series: number[];
  /** Delivery latency of submissions made after the backlog drained (s): should be ≈ requestMs. */
  afterDrainLatencyP99: number;
  submissions: number;
  undelivered: number;
  events: number;
  wallMs: number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface SimRecord {
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** 'paced': queued when the last streak ended, so part of the catch-up. */
  backlog: boolean;
  /** Made after the outage ended at a kiosk that had not yet noticed (it was still in its failure streak). */
  inGap: boolean;
}

interface Kiosk {
  rate: number;
  queue: SimRecord[];
  busy: boolean;
  again: boolean;
  inFlight: SimRecord | 'probe' | null;
  // 'probe-gate' state (SyncEngine at 22f5ef6).
  connectivity: 'online' | 'offline' | 'unknown';
  probeFailures: number;
  wakeGen: number;
  // 'paced' state, kept by the engine in the integration contract.
  streakStart: number;
  streakAttempts: number;
  holdUntil: number;
  catchUp: { origin: number; outageMs: number; backlog: number; sent: number } | null;
}

const ARRIVAL = 0;
const RESPONSE = 1;
const WAKE = 2;
const ONLINE = 3;

interface SimEvent {
  t: number;
  seq: number;
  payload: number;
}

/** Binary min-heap of events keyed by (time, sequence): equal times run in scheduling order. */
class EventQueue {
  private heap: SimEvent[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  push(t: number, payload: number): void {
    const { heap } = this;
    const event = { t, seq: this.counter++, payload };
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = heap[parentIndex];
      if (!parent || before(parent, event)) break;
      heap[i] = parent;
      i = parentIndex;
    }
    heap[i] = event;
  }

  pop(): SimEvent | undefined {
    const { heap } = this;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const left = heap[l];
      const right = heap[l + 1];
      let child = left;
      let childIndex = l;
      if (right && left && before(right, left)) {
        child = right;
        childIndex = l + 1;
      }
      if (!child || before(last, child)) break;
      heap[i] = child;
      i = childIndex;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: SimEvent, b: SimEvent): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}

// Payload packing: kind (2 bits) + kiosk (20 bits) + wake generation (rest; < 2^31).
const KIOSK_BITS = 2 ** 20;
const pack = (kind: number, kiosk: number, gen = 0): number => kind + 4 * (kiosk + KIOSK_BITS * gen);

export function simulateFleet(overrides: Partial<FleetConfig> = {}): FleetMetrics {
  const cfg: FleetConfig = { ...DEFAULT_FLEET, ...overrides };
  const started = performance.now();
  const random = mulberry32(cfg.seed);
  // "No jitter" feeds the real backoff a random() pinned just below 1: delay = ceiling − 1 ms.
  const backoffRandom = cfg.strategy === 'no-jitter' ? () => 1 - 2 ** -53 : random;
  const outageStart = cfg.warmUpMs;
  const outageEnd = cfg.warmUpMs + cfg.outageMs;
  const end = outageEnd + cfg.afterMs;
  const buckets = new Int32Array(Math.ceil(end / 1000) + 1);
  /** Requests sent in second s. */
  const at = (s: number): number => buckets[s] ?? 0;
  const paced = cfg.strategy === 'paced';
  const probeGate = cfg.strategy === 'probe-gate';

  const queue = new EventQueue();
  const kiosks: Kiosk[] = [];
  for (let k = 0; k < cfg.kiosks; k++) {
    const rate = (1 - cfg.rateSpread + 2 * cfg.rateSpread * random()) / cfg.meanInterArrivalMs;
    kiosks.push({
      rate,
      queue: [],
      busy: false,
      again: false,
      inFlight: null,
      connectivity: 'online',
      probeFailures: 0,
      wakeGen: 0,
      streakStart: Number.NaN,
      streakAttempts: 0,
      holdUntil: 0,
      catchUp: null,
    });
    queue.push(-Math.log(1 - random()) / rate, pack(ARRIVAL, k));
    if (cfg.scenario === 'online-event')
      queue.push(outageEnd + random() * cfg.onlineSpreadMs, pack(ONLINE, k));
  }

  let requests = 0;
  let submissions = 0;
  let delivered = 0;
  let lastBacklogDelivery = Number.NaN;
  let backlogOutstanding = 0; // submissions made before outageEnd and not yet delivered
  let maxAge = 0;
  const newLatencies: number[] = [];
  const gapLatencies: number[] = [];
  const deliveries: Array<[createdAt: number, latency: number]> = [];

  const inStreak = (kiosk: Kiosk): boolean => !Number.isNaN(kiosk.streakStart);

  /** Outbox.nextDue plus the pacing gate: the record the engine would send now, if any. */
  const nextDue = (kiosk: Kiosk, now: number): SimRecord | undefined => {
    if (paced && inStreak(kiosk)) return now >= kiosk.holdUntil ? kiosk.queue[0] : undefined;
    return kiosk.queue.find((r) => r.nextAttemptAt <= now);
  };

  const scheduleWake = (k: number, kiosk: Kiosk, now: number): void => {
    kiosk.wakeGen++;
    let wakeAt = Infinity;
    if (paced && inStreak(kiosk)) wakeAt = kiosk.queue.length > 0 ? kiosk.holdUntil : Infinity;
    else if (probeGate && kiosk.connectivity === 'offline') {
      // Offline, the engine probes again after nextRetryDelay(probeFailures), queue or not.
      wakeAt = now + nextRetryDelay(kiosk.probeFailures, cfg.backoff, backoffRandom, null);
    } else for (const r of kiosk.queue) wakeAt = Math.min(wakeAt, r.nextAttemptAt);
    // The engine also wakes every statusPollMs, but such a pass sends no POST unless one is due.
    if (wakeAt < end) queue.push(Math.max(now, wakeAt), pack(WAKE, k, kiosk.wakeGen));
  };

  const send = (k: number, kiosk: Kiosk, record: SimRecord | 'probe', now: number): void => {
    kiosk.busy = true;
    kiosk.inFlight = record;
    if (record !== 'probe') record.attempts++; // Outbox.markSending
    requests++;
    const second = Math.floor(now / 1000);
    buckets[second] = at(second) + 1;
    queue.push(now + cfg.requestMs, pack(RESPONSE, k));
  };

  /** SyncEngine.kick → pass → deliverDue. */
  const kick = (k: number, kiosk: Kiosk, now: number): void => {
    if (kiosk.busy) {
      kiosk.again = true;
      return;
    }
    // 'probe-gate': SyncEngine.reachable() probes the city API unless the state is 'online'.
    if (probeGate && kiosk.connectivity !== 'online') return send(k, kiosk, 'probe', now);
    const record = nextDue(kiosk, now);
    if (record) send(k, kiosk, record, now);
    else scheduleWake(k, kiosk, now);
  };

  const endPass = (k: number, kiosk: Kiosk, now: number): void => {
    kiosk.busy = false;
    scheduleWake(k, kiosk, now);
    if (kiosk.again) {
      kiosk.again = false;
      kick(k, kiosk, now);
    }
  };

  const scheduleNextBacklog = (kiosk: Kiosk, now: number): void => {
    const catchUp = kiosk.catchUp;
    const next = kiosk.queue.find((r) => r.backlog);
    if (!catchUp || !next) {
      kiosk.catchUp = null;
      return;
    }
    next.nextAttemptAt =
      now +
      catchUpSpacingMs({
        outageMs: catchUp.outageMs,
        backlog: catchUp.backlog,
        sent: catchUp.sent,
        random,
        policy: cfg.pacing,
      });
  };

  const onSuccess = (kiosk: Kiosk, record: SimRecord, now: number): void => {
    kiosk.queue.splice(kiosk.queue.indexOf(record), 1);
    delivered++;
    const latency = now - record.createdAt;
    maxAge = Math.max(maxAge, latency);
    deliveries.push([record.createdAt, latency]);
    if (record.inGap) gapLatencies.push(latency);
    else if (record.createdAt >= outageEnd) newLatencies.push(latency);
    else {
      backlogOutstanding--;
      if (now >= outageEnd) lastBacklogDelivery = now;
    }
    if (!paced) return;
    if (inStreak(kiosk)) {
      // The streak ends: everything still queued is the catch-up backlog.
      const outageMs = now - kiosk.streakStart;
      const origin = kiosk.streakStart;
      kiosk.streakStart = Number.NaN;
      kiosk.streakAttempts = 0;
      kiosk.catchUp = null;
      if (kiosk.queue.length === 0) return;
      for (const r of kiosk.queue) {
        r.backlog = true;
        r.nextAttemptAt = Infinity;
      }
      kiosk.catchUp = { origin, outageMs, backlog: kiosk.queue.length, sent: 0 };
      scheduleNextBacklog(kiosk, now);
    } else if (record.backlog && kiosk.catchUp) {
      kiosk.catchUp.sent++;
      scheduleNextBacklog(kiosk, now);
    }
  };

  const onFailure = (kiosk: Kiosk, record: SimRecord, sentAt: number, now: number): void => {
    if (probeGate) kiosk.connectivity = 'offline'; // a network error, not an HTTP answer
    if (!paced) {
      // SyncEngine.deliverDue: nextRetryDelay(record.attempts before markSending, …).
      record.nextAttemptAt = now + nextRetryDelay(record.attempts - 1, cfg.backoff, backoffRandom, null);
      return;
    }
    if (!inStreak(kiosk)) {
      // A streak that starts mid catch-up continues the earlier outage (see CatchUpInput.outageMs).
      kiosk.streakStart = kiosk.catchUp ? kiosk.catchUp.origin : sentAt;
      kiosk.streakAttempts = 0;
      kiosk.catchUp = null;
      for (const r of kiosk.queue) r.backlog = false;
    }
    const backoffDelayMs = nextRetryDelay(kiosk.streakAttempts, cfg.backoff, backoffRandom, null);
    const delay = streakRetryDelayMs({
      streakAttempts: kiosk.streakAttempts,
      backoffDelayMs,
      random,
      policy: cfg.pacing,
    });
    kiosk.streakAttempts++;
    kiosk.holdUntil = now + delay;
  };

  let events = 0;
  for (let event = queue.pop(); event && event.t < end; event = queue.pop()) {
    const { t: now, payload } = event;
    events++;
    const kind = payload % 4;
    const rest = (payload - kind) / 4;
    const k = rest % KIOSK_BITS;
    const kiosk = kiosks[k];
    if (!kiosk) throw new Error(`event for unknown kiosk ${k}`);
    switch (kind) {
      case ARRIVAL: {
        submissions++;
        if (now < outageEnd) backlogOutstanding++;
        kiosk.queue.push({
          createdAt: now,
          attempts: 0,
          nextAttemptAt: 0,
          backlog: false,
          inGap: paced && now >= outageEnd && inStreak(kiosk),
        });
        queue.push(now - Math.log(1 - random()) / kiosk.rate, pack(ARRIVAL, k));
        kick(k, kiosk, now);
        break;
      }
      case RESPONSE: {
        const record = kiosk.inFlight;
        if (!record) throw new Error(`kiosk ${k}: response without a request`);
        kiosk.inFlight = null;
        const sentAt = now - cfg.requestMs;
        const up = sentAt < outageStart || sentAt >= outageEnd;
        if (record === 'probe') {
          kiosk.probeFailures = up ? 0 : kiosk.probeFailures + 1;
          kiosk.connectivity = up ? 'online' : 'offline';
          const next = up ? nextDue(kiosk, now) : undefined;
          if (next) send(k, kiosk, next, now);
          else endPass(k, kiosk, now);
        } else if (up) {
          onSuccess(kiosk, record, now);
          // A delivery continues the pass at once with the next due record.
          const next = nextDue(kiosk, now);
          if (next) send(k, kiosk, next, now);
          else endPass(k, kiosk, now);
        } else {
          onFailure(kiosk, record, sentAt, now);
          endPass(k, kiosk, now);
        }
        break;
      }
      case WAKE: {
        if ((rest - k) / KIOSK_BITS === kiosk.wakeGen) kick(k, kiosk, now);
        break;
      }
      case ONLINE: {
        if (paced) {
          if (inStreak(kiosk)) {
            const delay = reconnectProbeDelayMs({
              outageMs: now - kiosk.streakStart,
              random,
              policy: cfg.pacing,
            });
            kiosk.holdUntil = now + delay; // replaces the current wait (see reconnectProbeDelayMs)
          }
        } else {
          if (probeGate) kiosk.connectivity = 'unknown';
          for (const r of kiosk.queue) r.nextAttemptAt = 0; // Outbox.makeAllDue
        }
        kick(k, kiosk, now);
        break;
      }
    }
  }

  // Rates.
  const warmUpS = Math.floor(cfg.warmUpMs / 1000);
  const startS = Math.floor(outageStart / 1000);
  const endOutageS = Math.floor(outageEnd / 1000);
  const lastS = Math.floor(end / 1000);
  let warmUpTotal = 0;
  for (let s = 0; s < warmUpS; s++) warmUpTotal += at(s);
  const steadyRate = warmUpTotal / warmUpS;
  const moving = (from: number, to: number): number => {
    // Max over 10 s windows [s, s + 10) with from ≤ s and s + 10 ≤ to.
    let sum = 0;
    for (let s = from; s < from + 10; s++) sum += at(s);
    let best = sum;
    for (let s = from + 1; s + 10 <= to; s++) {
      sum += at(s + 9) - at(s - 1);
      best = Math.max(best, sum);
    }
    return best / 10;
  };
  let peak1 = 0;
  let peak1At = 0;
  let peak10Aligned = 0;
  for (let s = startS; s < lastS; s++) {
    if (at(s) > peak1) {
      peak1 = at(s);
      peak1At = s - endOutageS;
    }
  }
  for (let s = startS; s + 10 <= lastS; s += 10) {
    let sum = 0;
    for (let i = s; i < s + 10; i++) sum += at(i);
    peak10Aligned = Math.max(peak10Aligned, sum / 10);
  }
  const peak10 = moving(startS, lastS);
  const seconds = (values: number[], p: number): number =>
    values.length ? quantile(values, p) / 1000 : Number.NaN;
  const latency = (values: number[]) => ({
    count: values.length,
    p50: seconds(values, 0.5),
    p95: seconds(values, 0.95),
    p99: seconds(values, 0.99),
    max: seconds(values, 1),
  });
  const drained = backlogOutstanding === 0;
  const drainAt = drained ? lastBacklogDelivery : Number.NaN;
  const afterDrain = drained
    ? deliveries.filter(([createdAt]) => createdAt >= drainAt).map(([, latency]) => latency)
    : [];

  return {
    strategy: cfg.strategy,
    scenario: cfg.scenario,
    seed: cfg.seed,
    steadyRate,
    peak10,
    ratio: peak10 / steadyRate,
    peak10Outage: moving(startS, endOutageS),
    peak10Recovery: moving(endOutageS - 9, lastS),
    peak1,
    peak1At,
    peak10Aligned,
    warmUpPeakRatio: moving(0, warmUpS) / steadyRate,
    drainMin: drained ? (Number.isNaN(drainAt) ? 0 : (drainAt - outageEnd) / 60_000) : Number.NaN,
    maxQueueAgeMin: maxAge / 60_000,
    callsPerItem: requests / Math.max(1, delivered),
    newLatency: latency(newLatencies),
    gapLatency: latency(gapLatencies),
    series: Array.from({ length: Math.ceil(lastS / 60) }, (_, m) => {
      let sum = 0;
      for (let s = m * 60; s < Math.min(lastS, m * 60 + 60); s++) sum += at(s);
      return sum / 60;
    }),
    afterDrainLatencyP99: afterDrain.length ? quantile(afterDrain, 0.99) / 1000 : Number.NaN,
    submissions,
    undelivered: submissions - delivered,
    events,
    wallMs: performance.now() - started,
  };
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : String(n));

/** One human-readable line per run. */
export function describeRun(m: FleetMetrics): string {
  return [
    `${m.strategy.padEnd(9)} ${m.scenario.padEnd(12)} seed ${String(m.seed).padStart(2)}`,
    `steady ${fmt(m.steadyRate)}/s`,
    `peak10 ${fmt(m.peak10, 1)}/s ratio ${fmt(m.ratio)} (outage ${fmt(m.peak10Outage / m.steadyRate)}, recovery ${fmt(m.peak10Recovery / m.steadyRate)})`,
    `1s-peak ${m.peak1} (${fmt(m.peak1 / m.steadyRate, 1)}×) at ${m.peak1At} s`,
    `warm-up floor ${fmt(m.warmUpPeakRatio)}`,
    `drain ${fmt(m.drainMin, 1)} min`,
    `max age ${fmt(m.maxQueueAgeMin, 1)} min`,
    `calls/item ${fmt(m.callsPerItem)}`,
    `new p50/p99/max ${fmt(m.newLatency.p50, 1)}/${fmt(m.newLatency.p99, 1)}/${fmt(m.newLatency.max, 1)} s (n ${m.newLatency.count})`,
    `in-gap n ${m.gapLatency.count} p50/max ${fmt(m.gapLatency.p50 / 60, 1)}/${fmt(m.gapLatency.max / 60, 1)} min`,
    `after-drain p99 ${fmt(m.afterDrainLatencyP99, 2)} s`,
    `${m.events} events ${fmt(m.wallMs / 1000, 1)} s`,
  ].join(' | ');
}

// `npx tsx bench/fleet-reconnect.ts [strategy] [scenario] [seed]`: one run, printed in full.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [strategy = 'paced', scenario = 'api-outage', seed = '1'] = process.argv.slice(2);
  const metrics = simulateFleet({
    strategy: strategy as Strategy,
    scenario: scenario as Scenario,
    seed: Number(seed),
  });
  console.log(describeRun(metrics));
  if (process.env.SERIES) console.log(metrics.series.map((r, m) => `${m}:${r.toFixed(1)}`).join(' '));
}
