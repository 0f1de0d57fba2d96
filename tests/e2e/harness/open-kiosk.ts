// Opens the kiosk in a browser for a journey: Debian Chromium with the harness
// bridge by default, or the real Electron app when KIOSK_E2E_TARGET=electron and
// an Electron binary exists (users' machines; this CI has none).
import { _electron, type BrowserContext, type Page } from 'playwright-core';
import { installBridge } from './bridge';
import { launchChromium } from './chromium';
import type { KioskStack } from './kiosk-stack';
import { REPO_ROOT } from './kiosk-stack';
import { KioskPage } from '../pages/KioskPage';

export interface OpenKiosk {
  page: Page;
  context: BrowserContext;
  kiosk: KioskPage;
  /** Problems the page reported (uncaught errors, CSP violations): a journey expects none. */
  pageProblems: string[];
  /** Power cut: SIGKILL every browser process, wait until they are gone. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenKioskOptions {
  /** Runs on the browser's blank first page, before the kiosk loads (e.g. CDP overrides). */
  beforeNavigate?: (context: BrowserContext, page: Page) => Promise<void>;
  /** Extra Chromium flags for this browser (e.g. a fake camera); ignored for Electron. */
  chromiumArgs?: readonly string[];
  /**
   * Return once the kiosk has loaded every chunk (`<html data-kiosk="loaded">`), so a
   * test may cut the network at once, as a building's outage never takes the kiosk's own files.
   * Only the kiosk's own page marks itself; the default is false for any other page (the outbox
   * and camera harness pages, benchmark baselines).
   */
  waitUntilLoaded?: boolean;
}

export async function openKiosk(
  stack: KioskStack,
  profileDir: string,
  options: OpenKioskOptions = {},
): Promise<OpenKiosk> {
  return process.env.KIOSK_E2E_TARGET === 'electron'
    ? openElectron(stack, profileDir)
    : openChromium(stack, profileDir, options);
}

async function openChromium(
  stack: KioskStack,
  profileDir: string,
  options: OpenKioskOptions,
): Promise<OpenKiosk> {
  const chromium = await launchChromium(profileDir, options.chromiumArgs);
  const { context } = chromium;
  // The dev host's services, with this profile's journal, trusting only the dev host's origin.
  await installBridge(context, stack.routerFor(profileDir));
  const page = context.pages()[0] ?? (await context.newPage());
  const pageProblems = watch(page);
  await options.beforeNavigate?.(context, page);
  await page.goto(stack.url);
  if (options.waitUntilLoaded ?? new URL(stack.url).pathname.endsWith('/index.html')) {
    await waitUntilKioskLoaded(page);
  }
  return {
    page,
    context,
    kiosk: new KioskPage(page),
    pageProblems,
    kill: chromium.kill,
    close: chromium.close,
  };
}

async function openElectron(stack: KioskStack, profileDir: string): Promise<OpenKiosk> {
  const app = await _electron.launch({
    args: [REPO_ROOT, `--user-data-dir=${profileDir}`],
    env: { ...process.env, KIOSK_DEV: '1', KIOSK_CONFIG: stack.configPath } as Record<string, string>,
  });
  const page = await app.firstWindow();
  const pageProblems = watch(page);
  const context = app.context();
  await waitUntilKioskLoaded(page);
  const kill = async () => {
    app.process().kill('SIGKILL');
    await new Promise((r) => app.process().once('exit', r));
  };
  return { page, context, kiosk: new KioskPage(page), pageProblems, kill, close: () => app.close() };
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return problems;
}

/** The kiosk marks `<html data-kiosk="loaded">` once everything it runs on is in memory. */
export async function waitUntilKioskLoaded(page: Page): Promise<void> {
  await page.locator('html[data-kiosk="loaded"]').waitFor({ state: 'attached', timeout: 60_000 });
}
