// Asks the electron package for its binary in a child process. On a machine with
// internet, Electron ≥ 42 downloads it lazily right here; where it cannot (our CI,
// this workplace), the child fails fast and we fall back to the browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findElectronBinary(cwd: string): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary !== '' && existsSync(binary) ? binary : null;
}
