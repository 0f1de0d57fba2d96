// Launches Debian's Chromium as its own process group on a persistent profile and
// connects Playwright over CDP, so a test can SIGKILL the whole browser (a power
// cut as far as the page is concerned) and relaunch on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on our machines (../shared/docs/testing.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--window-size=1280,1024',
];

export interface RunningChromium {
  browser: Browser;
  context: BrowserContext;
  pid: number;
  /** SIGKILL the browser's whole process group and wait until every process is gone. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** `extraArgs` adds flags for one test, e.g. the fake camera (`--use-file-for-fake-video-capture=…`). */
export async function launchChromium(
  profileDir: string,
  extraArgs: readonly string[] = [],
): Promise<RunningChromium> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      ...extraArgs,
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await devToolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a default context');
  const pid = child.pid ?? -1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;

  const kill = async () => {
    if (gone) return;
    gone = true;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
    await waitForGroupExit(pid);
  };
  return {
    browser,
    context,
    pid,
    kill,
    close: async () => {
      if (gone) return;
      await browser.close().catch(() => undefined);
      await kill();
    },
  };
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-2000)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}: ${seen.slice(-2000)}`));
    });
  });
}

/** Relaunching before every process of the group has exited once showed acknowledged writes "missing". */
async function waitForGroupExit(pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium process group ${pid} did not exit`);
}
