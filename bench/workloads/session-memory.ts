/**
 * session-memory: does the kiosk's memory stay flat over many residents? 500 resident sessions in
 * a row in one page (Debian Chromium through the e2e harness, renderer built from the current
 * sources), each ended by the idle timeout and its privacy wipe: the app's own timer path, with
 * the page's clock fast-forwarded (Playwright's page.clock.runFor) past the idle time and the
 * 20 s warning instead of waiting them out. Sessions:
 * - most: birth registration, two answers (the requester's name and ID number, new each time);
 * - every 10th: a name, then the ID-card reader with the camera (Chromium's fake camera) still on
 *   when the session times out;
 * - every 50th: the whole birth registration, the birth certificate photographed with the fake
 *   camera (a JPEG blob, its thumbnail's object URL), up to the check-answers page.
 * Taps and answers are driven inside the page (an input event on the box, as the on-screen
 * keyboard delivers an answer), so 500 sessions take minutes. The fake camera plays a small
 * frame (320×180): with the clock fast-forwarded, the ID-card reader decodes every frame of the
 * 50 s it waits in a few seconds of real time.
 *
 * First warm-up sessions of the same mix, until V8's compiled code has settled: at least 100, then
 * batches of 100 until one grows the compiled code by less than 1% (at most 2,000). V8 keeps
 * optimising (Maglev, then TurboFan) functions that run only a few times per session for about
 * 900 sessions; that code is bounded (it levels off near 6 MB) and is not residents' data piling up,
 * but with a fixed 50-session warm-up it was +1 MB over the next 500 sessions and decided the
 * ratio (heap snapshots: ~540 new optimised Code objects held by their functions, one version
 * each, about a quarter of them the harness's own code: Playwright's locators and fake clock).
 * The browser's bounded performance-entry buffers fill in the same warm-up. Then the measured run. Measured
 * after its session 1 (the baseline: same page, same run) and after every 100th: the JS heap
 * after forced garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage) and
 * the DOM counters (Memory.getDOMCounters: nodes, JS event listeners), five samples each. Ratio =
 * heap after the last session ÷ heap after session 1, median of the paired samples with a
 * bootstrap 95% interval. Goal: growth under 5% (upper bound < 1.05) for the heap and for DOM
 * nodes. Also reported at each checkpoint: V8 compiled code in the heap (bytecode, optimised code
 * and their metadata, from a heap snapshot), so code still being compiled and optimised can be
 * told from objects piling up.
 * Also reported: the heap after the first 50 warm-up sessions and the growth from there to the end
 * (JIT warm-up included), and the compiled code after each warm-up batch.
 * SESSION_MEMORY_SESSIONS=n (default 500, at least 100); SESSION_MEMORY_WARMUP=n (the least
 * warm-up, default 100) and SESSION_MEMORY_WARMUP_MAX=n (default 2,000).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ResultEntry } from '../results';
import { median, pairedRatios } from '../stats';
import type { Workload } from '../workload';
import { round } from '../browser-harness';
import { buildRenderer, removeBuild } from '../renderer-build';
import { startKioskStack } from '../../tests/e2e/harness/kiosk-stack';
import { openKiosk } from '../../tests/e2e/harness/open-kiosk';
import { LumaImage } from '../../tests/fixtures/camera/make-fixtures';
import { fakeCameraArgs, writeFakeVideo } from '../../tests/fixtures/camera/chromium-fake-camera';
import { answerBirthRegistration, openBirthRegistration } from '../../tests/e2e/journeys/birth-registration';
import type { KioskPage } from '../../tests/e2e/pages/KioskPage';

const GOAL = 1.05;
const SAMPLES = 5;
/** Warm-up batch, and the growth of compiled code over one batch under which V8 has settled. */
const WARM_UP_BATCH = 100;
const SETTLED_GROWTH = 0.01;
/** The heap after this many warm-up sessions is reported too: growth with JIT warm-up included. */
const EARLY_CHECKPOINT = 50;
/** Warm-up sessions are numbered from here, so their residents differ from the measured ones. */
const WARM_UP_NUMBERS = 900_000;
const IDLE_SECONDS = 30;
const WARNING_SECONDS = 20;
const CAMERA_EVERY = 10;
const FULL_EVERY = 50;
const ATTRACT = /Chạm vào màn hình để bắt đầu/;

/**
 * A resident's taps and answers, driven inside the page: one round trip per session instead of
 * one per tap, so 500 sessions take minutes. Buttons are found by accessible name and clicked;
 * answers are set the way the on-screen keyboard delivers them (an input event on the box).
 * Plain source text, like tests/e2e/harness/bridge.ts: tsx would wrap named functions in a helper
 * the page does not have. It keeps no reference to the app's DOM between calls.
 */
const DRIVER = `(() => {
  const norm = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const nameOf = (el) => norm(el.getAttribute('aria-label') || el.textContent);
  const usable = (el) => el.isConnected && !el.closest('[inert]') && el.getClientRects().length > 0;
  const find = (selector, test) => [...document.querySelectorAll(selector)].find((el) => usable(el) && test(el));
  const until = (what, check, timeoutMs = 30000) => new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs;
    let timer;
    const observer = new MutationObserver(() => attempt());
    const finish = (settle, value) => { observer.disconnect(); clearTimeout(timer); settle(value); };
    const attempt = () => {
      const value = check();
      if (value) return finish(resolve, value);
      if (performance.now() > deadline) return finish(reject, new Error('timed out waiting for ' + what));
      clearTimeout(timer);
      timer = setTimeout(attempt, 25);
    };
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    attempt();
  });
  const button = (test, what) => until(what, () => find('button, [role=button]', (el) => test(nameOf(el))));
  const tap = async (name) => (await button((n) => n === name, name)).click();
  const tapStarting = async (start) => (await button((n) => n.startsWith(start), start)).click();
  const box = (label) => until(label, () => {
    const found = find('label', (el) => norm(el.textContent) === label);
    return found && found.control;
  });
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const answer = async (label, value) => {
    const input = await box(label);
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(label + ' = ' + value, () => input.value === value);
  };
  const gone = (label) => until('not ' + label, () => !find('label', (el) => norm(el.textContent) === label));
  Object.defineProperty(window, '__session', { value: {
    async start() {
      await (await button((n) => n.includes('Chạm vào màn hình để bắt đầu'), 'the attract screen')).click();
      await tap('Tiếng Việt');
      await tapStarting('Có em bé');
      await tap('Đăng ký khai sinh');
      await tap('Bắt đầu kê khai');
    },
    async answers(name, id) {
      await answer('Họ, chữ đệm và tên của ông/bà', name);
      await tap('Tiếp tục');
      await answer('Số định danh cá nhân (số CCCD) của ông/bà', id);
      await tap('Tiếp tục');
      await gone('Số định danh cá nhân (số CCCD) của ông/bà');
    },
    async camera(name) {
      await answer('Họ, chữ đệm và tên của ông/bà', name);
      await tap('Đọc thẻ căn cước');
      await until('a camera frame', () => (document.querySelector('video') || { videoWidth: 0 }).videoWidth > 0);
    },
    async attract() {
      await button((n) => n.includes('Chạm vào màn hình để bắt đầu'), 'the attract screen');
    },
  } });
})();`;

/** The e2e journeys' verbs with plain Playwright (KioskPage asserts with vitest), answers filled. */
class FastKiosk {
  constructor(readonly page: Page) {}
  button = (name: string | RegExp) =>
    this.page.getByRole('button', { name, exact: typeof name === 'string' });
  tap = (name: string | RegExp) => this.button(name).click();
  touchToBegin = () => this.tap(ATTRACT);
  chooseLanguage = (language: string) => this.tap(language);
  chooseProcedure = (name: string) => this.tap(name);
  searchFor = (text: string) => this.page.getByRole('searchbox').fill(text);
  choose = (option: string) => this.page.getByRole('radio', { name: option, exact: true }).check();
  answer = (label: string, value: string) =>
    this.page.getByRole('textbox', { name: label, exact: true }).fill(value);
  answerDate = async (
    labels: Record<'day' | 'month' | 'year', string>,
    date: Record<'day' | 'month' | 'year', string>,
  ) => {
    for (const part of ['day', 'month', 'year'] as const) await this.answer(labels[part], date[part]);
  };
  expectHeading = (text: string | RegExp) =>
    this.page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 30_000 });
  asKioskPage = () => this as unknown as KioskPage;
}

/** A different, valid resident each time: a Vietnamese name and a 12-digit ID from the session number. */
const SYLLABLES = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Minh', 'Ngọc'];
const resident = (n: number) => ({
  name: ['Nguyễn', n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100) % 10]
    .map((part) => (typeof part === 'number' ? SYLLABLES[part] : part))
    .join(' '),
  id: `001099${String(n).padStart(6, '0')}`,
});

async function photograph(kiosk: KioskPage): Promise<void> {
  const { page } = kiosk;
  await page
    .getByRole('region', { name: /Giấy chứng sinh/ })
    .getByRole('button', { name: 'Chụp ảnh' })
    .click();
  await page.waitForFunction(() => (document.querySelector('video')?.videoWidth ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Chụp', exact: true }).click();
  await page.getByRole('button', { name: 'Dùng ảnh này' }).click({ timeout: 30_000 });
  await page.getByText('Đã chụp 1 trang').waitFor();
  await kiosk.tap('Tiếp tục');
}

type Driver = {
  __session: Record<'start' | 'attract', () => Promise<void>> &
    Record<'answers' | 'camera', (...a: string[]) => Promise<void>>;
};
const inPage = (page: Page, step: 'start' | 'attract' | 'answers' | 'camera', ...args: string[]) =>
  page.evaluate(
    ({ step, args }) => (window as unknown as Driver).__session[step](...(args as [string, string])),
    { step, args },
  );

type SessionKind = 'short' | 'camera' | 'full';
const kindOf = (n: number): SessionKind =>
  n % FULL_EVERY === FULL_EVERY / 2 ? 'full' : n % CAMERA_EVERY === CAMERA_EVERY / 2 ? 'camera' : 'short';

/** Session `n` of a run (its kind), for resident number `who` (its name and ID number). */
async function oneSession(page: Page, n: number, who: number): Promise<SessionKind> {
  const kind = kindOf(n);
  if (kind === 'full') {
    const kiosk = new FastKiosk(page).asKioskPage();
    await openBirthRegistration(kiosk);
    await answerBirthRegistration(kiosk, { photograph });
    await kiosk.expectHeading('Kiểm tra lại thông tin');
  } else {
    const { name, id } = resident(who);
    await inPage(page, 'start');
    if (kind === 'camera') await inPage(page, 'camera', name);
    else await inPage(page, 'answers', name, id);
  }
  // The resident walks away: idle time, then the warning's countdown, on the page's own timers.
  await page.clock.runFor((IDLE_SECONDS + WARNING_SECONDS + 1) * 1000);
  await inPage(page, 'attract');
  return kind;
}

interface Sample {
  heapBytes: number;
  nodes: number;
  listeners: number;
}

async function measure(cdp: CDPSession): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    // Twice: the first collection can leave finalizer-held objects for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    samples.push({ heapBytes: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners });
  }
  return samples;
}

/** Bytes of V8 compiled code in the heap, from a snapshot taken after a full collection. */
async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const [type, size, code] = [fields.indexOf('type'), fields.indexOf('self_size'), types[0].indexOf('code')];
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + type] === code) bytes += snapshot.nodes[i + size] ?? 0;
  }
  return bytes;
}

/** A light sheet on a dark table, 320×180: small enough that fast-forwarded QR scanning stays quick. */
function smallPage(): LumaImage {
  const image = new LumaImage(320, 180, 70);
  image.fill(40, 10, 240, 160, 238);
  return image;
}

const mb = (bytes: number) => round(bytes / 1_048_576, 4);
const medianOf = (samples: readonly Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
const ratioOf = (last: readonly Sample[], first: readonly Sample[], key: keyof Sample) =>
  pairedRatios(
    last.map((s) => s[key]),
    first.map((s) => s[key]),
  );
const roundPair = ([low, high]: [number, number]): [number, number] => [round(low, 4), round(high, 4)];

const positiveInteger = (name: string, fallback: number, min: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}`);
  return value;
};

const workload: Workload = {
  name: 'session-memory',
  async run({ log }): Promise<ResultEntry> {
    const sessions = positiveInteger('SESSION_MEMORY_SESSIONS', 500, 100);
    const minWarmUp = positiveInteger('SESSION_MEMORY_WARMUP', 100, EARLY_CHECKPOINT);
    const maxWarmUp = positiveInteger('SESSION_MEMORY_WARMUP_MAX', 2_000, minWarmUp);
    const dir = await buildRenderer();
    const video = writeFakeVideo('session-memory', smallPage());
    const stack = await startKioskStack({
      rootDir: dir,
      config: {
        sessionIdleSeconds: IDLE_SECONDS,
        idleWarningSeconds: WARNING_SECONDS,
        screenDimSeconds: 86_400,
      },
    });
    const started = Date.now();
    const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
    try {
      const open = await openKiosk(stack, stack.newProfileDir(), {
        chromiumArgs: fakeCameraArgs(video.file),
        beforeNavigate: async (context, page) => {
          // The page's timers on a clock the benchmark can fast-forward; it runs in real time otherwise.
          await page.clock.install();
          await context.addInitScript({ content: DRIVER });
        },
      });
      try {
        const { page } = open;
        const chromium = open.context.browser()?.version() ?? 'unknown';
        const cdp = await page.context().newCDPSession(page);
        await inPage(page, 'attract');
        // Warm-up until V8's compiled code has settled (see the header).
        let warmUp = 0;
        let early: Sample[] = [];
        const warmUpCode: { session: number; compiledCodeMb: number }[] = [];
        let settled = false;
        let codeBefore = Number.NaN;
        while (warmUp < maxWarmUp) {
          const target = warmUp < minWarmUp ? minWarmUp : Math.min(warmUp + WARM_UP_BATCH, maxWarmUp);
          while (warmUp < target) {
            warmUp++;
            await oneSession(page, warmUp, WARM_UP_NUMBERS + warmUp);
            if (warmUp === EARLY_CHECKPOINT) early = await measure(cdp);
          }
          const code = await compiledCodeBytes(cdp);
          warmUpCode.push({ session: warmUp, compiledCodeMb: mb(code) });
          log(`warm-up ${warmUp}: compiled code ${mb(code)} MB (${elapsed()})`);
          if (code < codeBefore * (1 + SETTLED_GROWTH)) {
            settled = true;
            break;
          }
          codeBefore = code;
        }
        log(
          `${warmUp} warm-up sessions done, compiled code ${settled ? 'settled' : 'still growing'} (${elapsed()})`,
        );

        const checkpoints: { session: number; samples: Sample[]; codeBytes: number }[] = [];
        const seconds: Record<SessionKind, number[]> = { short: [], camera: [], full: [] };
        for (let n = 1; n <= sessions; n++) {
          const began = Date.now();
          seconds[await oneSession(page, n, n)].push((Date.now() - began) / 1000);
          if (n !== 1 && n % 100 !== 0 && n !== sessions) continue;
          const samples = await measure(cdp);
          const codeBytes = await compiledCodeBytes(cdp);
          checkpoints.push({ session: n, samples, codeBytes });
          log(
            `after session ${n}: heap ${mb(medianOf(samples, 'heapBytes'))} MB (compiled code ${mb(codeBytes)} MB), ` +
              `DOM nodes ${medianOf(samples, 'nodes')}, JS event listeners ${medianOf(samples, 'listeners')} (${elapsed()})`,
          );
        }
        if (open.pageProblems.length > 0) throw new Error(`page problems: ${open.pageProblems.join('; ')}`);
        const typical = Object.fromEntries(
          Object.entries(seconds).map(([kind, list]) => [kind, list.length ? round(median(list)) : null]),
        );
        log(`median seconds per session: ${JSON.stringify(typical)}`);
        const [start, end] = [checkpoints[0], checkpoints.at(-1)];
        if (!start || !end) throw new Error('no measurements');
        const [first, last] = [start.samples, end.samples];
        const heap = ratioOf(last, first, 'heapBytes');
        const fromEarly = ratioOf(last, early, 'heapBytes');
        const nodes = ratioOf(last, first, 'nodes');
        const withoutCode = ({ samples, codeBytes }: (typeof checkpoints)[number]) =>
          medianOf(samples, 'heapBytes') - codeBytes;
        return {
          ours: mb(medianOf(last, 'heapBytes')),
          baseline: mb(medianOf(first, 'heapBytes')),
          ratio: round(heap.ratio, 4),
          unit: `MB of JS heap after forced GC: after session ${sessions} (ours), after session 1 (baseline)`,
          trials: SAMPLES,
          baselineIs: `the same page after its first measured session, same run (after ${warmUp} warm-up sessions)`,
          ci95: roundPair(heap.ci95),
          goal: `growth < 5%: heap ratio and DOM nodes ratio, upper CI bounds < ${GOAL}`,
          met: heap.ci95[1] < GOAL && nodes.ci95[1] < GOAL,
          sessions,
          warmUpSessions: warmUp,
          warmUpSettled: settled,
          warmUpRule: `at least ${minWarmUp}, then batches of ${WARM_UP_BATCH} until one grows compiled code by < ${SETTLED_GROWTH * 100}% (at most ${maxWarmUp})`,
          warmUpCompiledCode: warmUpCode,
          // The same page after only 50 sessions: the growth to the end includes V8's warm-up.
          heapAfterEarlyWarmUpMb: mb(medianOf(early, 'heapBytes')),
          ratioFromEarlyWarmUp: round(fromEarly.ratio, 4),
          ratioFromEarlyWarmUpCi95: roundPair(fromEarly.ci95),
          domNodesRatio: round(nodes.ratio, 4),
          domNodesCi95: roundPair(nodes.ci95),
          jsEventListenersRatio: round(ratioOf(last, first, 'listeners').ratio, 4),
          // One figure each (a snapshot per checkpoint), so no interval: a reading, not the goal.
          heapWithoutCompiledCodeRatio: round(withoutCode(end) / withoutCode(start), 4),
          compiledCodeGrowthMb: mb(end.codeBytes - start.codeBytes),
          perHundredSessions: checkpoints.map((checkpoint) => ({
            session: checkpoint.session,
            heapMb: mb(medianOf(checkpoint.samples, 'heapBytes')),
            compiledCodeMb: mb(checkpoint.codeBytes),
            heapWithoutCompiledCodeMb: mb(withoutCode(checkpoint)),
            domNodes: medianOf(checkpoint.samples, 'nodes'),
            jsEventListeners: medianOf(checkpoint.samples, 'listeners'),
          })),
          medianSecondsPerSession: typical,
          sessionMix: `every ${CAMERA_EVERY}th with the ID-card camera on at the timeout, every ${FULL_EVERY}th the whole form with a photo up to the check page, the rest two answers`,
          wipe: `idle ${IDLE_SECONDS} s + warning ${WARNING_SECONDS} s, fast-forwarded with page.clock.runFor`,
          durationSeconds: Math.round((Date.now() - started) / 1000),
          chromium,
        };
      } finally {
        await open.close();
      }
    } finally {
      await stack.close();
      video.remove();
      removeBuild(dir);
    }
  },
};

export default workload;
