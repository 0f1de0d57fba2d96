/**
 * Browser workloads (enqueue, drain) drive the outbox harness page
 * (tests/harness/outbox-harness.ts: the kiosk's real composition root) in Debian
 * Chromium against the sandbox city API, through the e2e harness. The page has to
 * be built first: `npm run bench` runs `npm run build:harness`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createSandboxServer } from '../sandbox/server';
import type { HarnessApi } from '../tests/harness/harness-api';
import { HARNESS_DIST, startKioskStack, type KioskStack } from '../tests/e2e/harness/kiosk-stack';
import { openKiosk, type OpenKiosk } from '../tests/e2e/harness/open-kiosk';

type Sandbox = Awaited<ReturnType<typeof createSandboxServer>>;
type Method = keyof HarnessApi;
type Fn<K extends Method> = HarnessApi[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

export interface HarnessSession {
  stack: KioskStack;
  page: Page;
  chromiumVersion: string;
  /** Calls one harness method in the page and returns its (structured-cloned) result. */
  call<K extends Method>(method: K, ...args: Fn<K>['args']): Promise<Awaited<Fn<K>['result']>>;
  /**
   * Replaces the city API with a brand-new sandbox (empty data dir, same dev key)
   * on the same port, so the page's origin rules (CSP connect-src, CORS) and the
   * engine's configured URL still apply, and every run starts from the same state.
   */
  freshSandbox(): Promise<void>;
  close(): Promise<void>;
}

export async function openHarness(): Promise<HarnessSession> {
  const stack = await startKioskStack({ rootDir: HARNESS_DIST, entry: 'outbox-harness.html' });
  let sandbox: Sandbox = stack.sandbox;
  let sandboxes = 0;
  let open: OpenKiosk | undefined;
  try {
    open = await openKiosk(stack, stack.newProfileDir());
    const { page } = open;
    await page.waitForFunction(() => document.getElementById('state')?.textContent !== 'starting', null, {
      timeout: 30_000,
    });
    const state = await page.evaluate(() => document.getElementById('state')?.textContent);
    if (state !== 'ready') throw new Error(`outbox harness: ${state}`);
    const browserOpen = open;
    return {
      stack,
      page,
      chromiumVersion: page.context().browser()?.version() ?? 'unknown',
      call: (method, ...args) =>
        page.evaluate(
          async ({ method, args }) => {
            const harness = await (window as unknown as { __harness: Promise<HarnessApi> }).__harness;
            const fn = harness[method] as (...a: unknown[]) => unknown;
            return fn(...args);
          },
          { method, args: args as unknown[] },
        ) as never,
      freshSandbox: async () => {
        const port = sandbox.port;
        await sandbox.close();
        sandbox = await createSandboxServer({
          dataDir: path.join(stack.workDir, `city-fresh-${++sandboxes}`),
          port,
        });
      },
      close: async () => {
        await browserOpen.close().catch(() => undefined);
        await sandbox.close();
        await stack.close();
      },
    };
  } catch (error) {
    await open?.close().catch(() => undefined);
    await sandbox.close();
    await stack.close();
    throw error;
  }
}

export const round = (n: number, digits = 3): number => Number(n.toPrecision(digits));
