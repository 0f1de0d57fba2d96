// Test-suite plumbing for journeys: one kiosk stack per file, and a kiosk browser
// per journey that is always closed, pass or fail.
import { afterAll, beforeAll } from 'vitest';
import { openKiosk, type OpenKiosk } from './open-kiosk';
import { startKioskStack, type KioskStack } from './kiosk-stack';

/** Starts the sandbox API and dev host before the file's tests and stops them after. */
export function useKioskStack(): () => KioskStack {
  let stack: KioskStack | undefined;
  beforeAll(async () => {
    stack = await startKioskStack();
  });
  afterAll(async () => {
    await stack?.close();
  });
  return () => {
    if (!stack) throw new Error('kiosk stack not started');
    return stack;
  };
}

/** Runs a journey in a kiosk browser on `profileDir` (a fresh one by default) and closes it afterwards. */
export async function withKiosk<T>(
  stack: KioskStack,
  journey: (open: OpenKiosk) => Promise<T>,
  profileDir = stack.newProfileDir(),
): Promise<T> {
  const open = await openKiosk(stack, profileDir);
  try {
    return await journey(open);
  } finally {
    await open.close();
  }
}
