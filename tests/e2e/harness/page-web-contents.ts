// The kiosk window's webContents as window-recovery.ts sees it, played by a Chromium tab, so the
// real recovery module drives the real renderer: CDP `Page.crash` kills the tab's renderer
// (chrome://crash is blocked for pages), Playwright's 'crash' event is `render-process-gone`, and
// a load after a crash opens the entry page in a fresh tab of the same profile — what Electron's
// reload does in a new renderer process with the same origin's storage. Playwright refuses to
// navigate a crashed page, hence the new tab.
import { EventEmitter } from 'node:events';
import type { BrowserContext, Page } from 'playwright-core';
import type { RecoverableWebContents } from '../../../electron/services/window-recovery';

export interface PageWebContents {
  webContents: RecoverableWebContents;
  /** The tab showing the kiosk once the last load asked for has finished. */
  settled(): Promise<Page>;
  /** Kills the current tab's renderer, as an out-of-memory or GPU fault would. */
  crash(): Promise<void>;
}

export function pageWebContents(context: BrowserContext, first: Page): PageWebContents {
  const events = new EventEmitter();
  let current = first;
  let loading: Promise<unknown> = Promise.resolve();
  const watch = (page: Page) =>
    page.once('crash', () => {
      // Chromium does not tell a CDP client the exit code; Electron's is platform-specific anyway.
      if (page === current) events.emit('render-process-gone', {}, { reason: 'crashed', exitCode: -1 });
    });
  watch(first);
  const crash = async () => {
    const cdp = await context.newCDPSession(current);
    // Never answered: the renderer that would answer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
  };
  const webContents = {
    on(event: string, listener: (...args: unknown[]) => void) {
      events.on(event, listener);
      return webContents;
    },
    loadURL(url: string) {
      const load = async () => {
        const previous = current;
        const next = await context.newPage();
        current = next;
        watch(next);
        await next.goto(url);
        await previous.close().catch(() => undefined);
      };
      const done = load();
      loading = done.catch(() => undefined);
      return done;
    },
    forcefullyCrashRenderer: () => void crash(),
    isDestroyed: () => false,
  };
  return {
    webContents: webContents as unknown as RecoverableWebContents,
    settled: async () => {
      await loading;
      return current;
    },
    crash,
  };
}
