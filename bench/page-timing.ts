/**
 * In-page timing for the browser workloads (cold-start, tap-to-frame), installed with
 * context.addInitScript before the page's own scripts run. Both scripts are plain source
 * text (see tests/e2e/harness/bridge.ts: tsx would wrap named functions in a helper the
 * page does not have). They run identically on the kiosk and on the comparison pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openKiosk, type OpenKiosk } from '../tests/e2e/harness/open-kiosk';
import type { KioskStack } from '../tests/e2e/harness/kiosk-stack';
import { ATTRACT_TEXT } from './renderer-build';

/**
 * window.__coldStart: `heading` when the attract text enters the DOM, `painted` at the first
 * task after the next animation frame (the frame that shows it), long tasks, and FCP.
 */
export const COLD_START_SCRIPT = `(() => {
  const mark = ${JSON.stringify(ATTRACT_TEXT)};
  const state = { heading: null, painted: null, fcp: null, longTasks: [] };
  Object.defineProperty(window, '__coldStart', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {}
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (state.heading !== null || !document.body || !document.body.textContent.includes(mark)) return;
    state.heading = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.painted = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => check());
})();`;

export interface ColdStartTiming {
  /** ms from navigation start: attract text in the DOM, its frame painted, main thread quiet. */
  heading: number;
  painted: number;
  interactive: number;
  fcp: number | null;
  longTasks: number;
  /** Navigation Timing's domContentLoadedEventEnd: the page's scripts have run once. */
  domContentLoaded: number;
  /** performance.timeOrigin of the page (epoch ms), to relate page times to the launch. */
  timeOrigin: number;
}

/**
 * Waits until the attract text has been painted and the main thread has had no long task for
 * `quietMs`; interactive = the later of the paint and the end of the last long task (the
 * time-to-interactive rule, with the attract screen's paint as the start).
 */
export async function waitForInteractive(
  page: Page,
  quietMs = 500,
  timeoutMs = 30_000,
): Promise<ColdStartTiming> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await page.evaluate(() => {
      const s = (window as unknown as { __coldStart?: Record<string, unknown> }).__coldStart;
      return s
        ? {
            heading: s['heading'] as number | null,
            painted: s['painted'] as number | null,
            fcp: s['fcp'] as number | null,
            longTasks: s['longTasks'] as [number, number][],
            now: performance.now(),
            timeOrigin: performance.timeOrigin,
            domContentLoaded:
              (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
                ?.domContentLoadedEventEnd ?? 0,
          }
        : null;
    });
    if (snapshot && snapshot.painted !== null && snapshot.heading !== null) {
      const lastEnd = Math.max(snapshot.painted, ...snapshot.longTasks.map(([, end]) => end));
      if (snapshot.now - lastEnd >= quietMs) {
        return {
          heading: snapshot.heading,
          painted: snapshot.painted,
          interactive: lastEnd,
          fcp: snapshot.fcp,
          longTasks: snapshot.longTasks.length,
          domContentLoaded: snapshot.domContentLoaded,
          timeOrigin: snapshot.timeOrigin,
        };
      }
    }
    if (Date.now() > deadline)
      throw new Error(`no interactive attract screen within ${timeoutMs} ms: ${JSON.stringify(snapshot)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * window.__taps: Event Timing entries (durationThreshold 16) and, per tap, a frame-callback
 * timer: from the pointerdown's timestamp to the first task after the animation frame that
 * follows the click's handlers (the click listener is on window, so the app's own handlers,
 * React's included, have run and their updates are committed).
 */
export const TAP_SCRIPT = `(() => {
  const state = { events: [], taps: [], pending: null };
  Object.defineProperty(window, '__taps', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {}
  addEventListener('pointerdown', (event) => { state.pending = event.timeStamp; }, { capture: true });
  addEventListener('click', () => {
    const start = state.pending;
    if (start === null) return;
    state.pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.taps.push(performance.now() - start); };
      channel.port2.postMessage(null);
    });
  });
})();`;

export interface TapTimings {
  /** Frame-callback time per tap, ms. */
  frames: number[];
  /** Event Timing duration per tap (max over its pointer/click entries); 16 where none was reported (< 16 ms). */
  eventTiming: number[];
}

/** Taps with `tap`, waiting until the page has timed that tap's frame. */
export async function timedTap(page: Page, tap: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(
    () => (window as unknown as { __taps: { taps: number[] } }).__taps.taps.length,
  );
  await tap();
  await page.waitForFunction(
    (n) => (window as unknown as { __taps: { taps: number[] } }).__taps.taps.length > n,
    before,
    { timeout: 15_000 },
  );
}

const POINTER_EVENTS = new Set(['pointerdown', 'pointerup', 'click', 'mousedown', 'mouseup']);
export const EVENT_TIMING_FLOOR_MS = 16;

/** Reads the timings of every tap on the current page. */
export async function readTaps(page: Page): Promise<TapTimings> {
  // Event Timing entries arrive after the frame; give the observer a moment to deliver the last ones.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 100))),
  );
  const state = await page.evaluate(() => {
    const s = (
      window as unknown as {
        __taps: { taps: number[]; events: { name: string; duration: number; interactionId: number }[] };
      }
    ).__taps;
    return { taps: s.taps, events: s.events };
  });
  const byInteraction = new Map<number, number>();
  for (const e of state.events) {
    if (!POINTER_EVENTS.has(e.name) || e.interactionId === 0) continue;
    byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration));
  }
  const measured = [...byInteraction.values()];
  const unmeasured = Math.max(0, state.taps.length - measured.length);
  return {
    frames: state.taps,
    eventTiming: [...measured, ...new Array<number>(unmeasured).fill(EVENT_TIMING_FLOOR_MS)],
  };
}

/** A brand-new browser on a fresh profile (the harness's openKiosk), opening `url` on the stack's host. */
export async function openFresh(stack: KioskStack, url: string, initScript: string): Promise<OpenKiosk> {
  return openKiosk({ ...stack, url }, stack.newProfileDir(), {
    beforeNavigate: async (context: BrowserContext) => {
      await context.addInitScript({ content: initScript });
    },
    // The comparison pages are not the kiosk and never mark themselves loaded.
    waitUntilLoaded: url === stack.url,
  });
}
