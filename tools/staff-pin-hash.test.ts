import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseStaffPinHash } from '../shared/staff/pin-hash-format';
import { verifyStaffPin } from '../electron/services/staff-pin';

/** The CLI as IT runs it, with the PIN piped in (a terminal would be asked twice, without echo). */
const run = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/staff-pin-hash.ts', ...args], {
    input,
    encoding: 'utf8',
  });

describe('npm run staff-pin-hash', () => {
  it('prints only a hash of the PIN, in the provisioning format', async () => {
    const result = run('246810\n', '--iterations', '200000');
    expect(result.status).toBe(0);
    const line = result.stdout.trim();
    expect(line).not.toContain('246810');
    const parsed = parseStaffPinHash(line);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.iterations).toBe(200_000);
      expect(await verifyStaffPin('246810', parsed.value)).toBe(true);
    }
  });

  it('refuses a PIN that is too short, and too few iterations, printing no hash', () => {
    for (const [input, args, message] of [
      ['1234\n', [], /6–12 digits/],
      ['246810\n', ['--iterations', '1000'], /--iterations/],
    ] as const) {
      const result = run(input, ...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });
});
