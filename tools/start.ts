// `npm start`: builds the app, starts the sandbox city API, then the kiosk: the
// Electron app where its binary is available, otherwise the same renderer served
// at a fixed local address for a browser, with one line saying which.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createSandboxServer } from '../sandbox/server';
import { startDevHost } from './dev-host/dev-host';
import { findElectronBinary } from './find-electron';

const root = path.resolve(import.meta.dirname, '..');
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 8787);
// A fixed port keeps the browser kiosk's origin (and so its IndexedDB queue) stable between runs.
const BROWSER_PORT = Number(process.env.KIOSK_PORT ?? 5173);
const configPath = process.env.KIOSK_CONFIG ?? path.join(root, 'build/kiosk.config.dev.json');

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('build');
const dataDir = path.join(root, '.sandbox-data');
mkdirSync(dataDir, { recursive: true });
const sandbox = await createSandboxServer({ dataDir, port: SANDBOX_PORT });
console.log(`Sandbox city API: ${sandbox.url} (data in ${path.relative(root, dataDir)}/)`);

const stopAll: Array<() => Promise<void>> = [() => sandbox.close()];
const shutdown = async () => {
  for (const stop of stopAll.reverse()) await stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

const electron = findElectronBinary(root);
if (electron) {
  console.log(`Kiosk: starting the Electron app (${electron}) with ${path.relative(root, configPath)}`);
  const app = spawn(electron, [root], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KIOSK_CONFIG: configPath, KIOSK_DEV: '1' },
  });
  app.on('exit', () => void shutdown());
} else {
  const host = await startDevHost({
    rootDir: path.join(root, 'dist/renderer'),
    configPath,
    logsDir: dataDir,
    journalDir: path.join(root, '.cache/kiosk-journal'),
    // With the sandbox that issued it: wiping .sandbox-data starts both afresh (the dev token is
    // single-use, and a credential the new sandbox never issued would be refused).
    credentialDir: path.join(dataDir, 'dev-kiosk'),
    version: process.env.npm_package_version ?? 'dev',
    port: BROWSER_PORT,
  });
  stopAll.push(() => host.close());
  console.log('Kiosk: no Electron binary on this machine, so the kiosk runs in your browser instead.');
  console.log(`Kiosk: open ${host.url}  (Ctrl+C stops the kiosk and the sandbox)`);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    existsSync,
  );
  if (chromium && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
    const profile = path.join(root, '.cache/kiosk-browser-profile');
    spawn(chromium, [`--app=${host.url}`, `--user-data-dir=${profile}`, '--no-first-run'], {
      stdio: 'ignore',
      detached: true,
    }).unref();
    console.log(`Kiosk: opened it in ${chromium}.`);
  }
}
