import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvisioningConfig, toRendererConfig } from '../config/provisioning-config';
import { encodeBase64 } from '../encoding/base64';

const example = JSON.parse(readFileSync('build/kiosk.config.example.json', 'utf8')) as Record<
  string,
  unknown
>;
const staffPinHash = `pbkdf2-sha256$600000$${encodeBase64(new Uint8Array(16).fill(1))}$${encodeBase64(new Uint8Array(32).fill(2))}`;

describe('staffPinHash in the provisioning file', () => {
  it('is optional', () => {
    expect(parseProvisioningConfig(example).ok).toBe(true);
  });

  it('is accepted in the documented format and never reaches the renderer', () => {
    const parsed = parseProvisioningConfig({ ...example, staffPinHash });
    expect(parsed.ok && parsed.config.staffPinHash).toBe(staffPinHash);
    if (!parsed.ok) return;
    const forRenderer = JSON.stringify(toRendererConfig(parsed.config));
    expect(forRenderer).not.toContain('pbkdf2');
    expect(forRenderer).not.toContain('staffPinHash');
  });

  it('names the field when the value is wrong, e.g. the PIN written in clear', () => {
    const parsed = parseProvisioningConfig({ ...example, staffPinHash: '246810' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { field: 'staffPinHash', problem: 'invalid', detail: expect.stringMatching(/pbkdf2-sha256\$/) },
    ]);
    expect(JSON.stringify(parsed.problems)).not.toContain('246810');
  });
});
