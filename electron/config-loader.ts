import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import {
  parseProvisioningConfig,
  toRendererConfig,
  type ConfigProblem,
  type ConfigResult,
  type ProvisioningConfig,
} from '../shared/config/provisioning-config';

/**
 * Finds and reads the provisioning file IT staff write per kiosk, and explains any
 * problem by field, so the kiosk can show a full-screen reason instead of a crash.
 */

export type LoadedConfig =
  | { result: Extract<ConfigResult, { ok: true }>; config: ProvisioningConfig }
  | { result: Extract<ConfigResult, { ok: false }>; config?: undefined };

const failure = (file: string, problem: ConfigProblem): LoadedConfig => ({
  result: { ok: false, path: file, problems: [problem] },
});

const unreadableDetail = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return typeof code === 'string' ? code : 'could not be read';
};

/**
 * Where the JSON broke, without echoing the file's text: newer V8 messages quote
 * the input, and this file may one day hold secrets.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/,?\s*".*"\s*is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return reason;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}

export function loadProvisioningConfig(file: string, readFile: (file: string) => string): LoadedConfig {
  let text: string;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    text = readFile(file).replace(/^\uFEFF/, '');
  } catch (error) {
    return failure(file, { field: '(file)', problem: 'unreadable', detail: unreadableDetail(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(file, { field: '(file)', problem: 'not_json', detail: describeJsonError(text, error) });
  }
  const parsed = parseProvisioningConfig(json);
  if (!parsed.ok) return { result: { ok: false, path: file, problems: parsed.problems } };
  const keyProblem = checkCityPublicKey(parsed.config.cityPublicKey);
  if (keyProblem) return failure(file, { field: 'cityPublicKey', problem: 'invalid', detail: keyProblem });
  return { result: { ok: true, config: toRendererConfig(parsed.config) }, config: parsed.config };
}

/**
 * The PEM must hold an RSA public key strong enough to seal residents' data; the
 * shape check in shared/ cannot tell, so Node's crypto parses it here.
 */
export function checkCityPublicKey(pem: string): string | null {
  try {
    const key = createPublicKey(pem);
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (key.asymmetricKeyType !== 'rsa')
      return `an RSA key is needed, this one is ${key.asymmetricKeyType ?? 'unknown'}`;
    if (bits < 2048) return `the key has ${bits} bits; at least 2048 are needed`;
    return null;
  } catch {
    return 'not a readable public key';
  }
}

export type ConfigPathInputs = {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Electron's userData directory: the fallback on platforms we do not ship for (macOS). */
  userDataDir: string;
  /** The app directory; in dev mode the checked-in build/kiosk.config.dev.json is used. */
  appDir: string;
  dev?: boolean;
};

/**
 * Where the provisioning file lives:
 * - `KIOSK_CONFIG` (environment) wins everywhere;
 * - dev mode: `<appDir>/build/kiosk.config.dev.json` (points at the local sandbox API);
 * - Linux: `/etc/mot-cua-kiosk/kiosk.config.json` (root-owned, readable by the kiosk user);
 * - Windows: `%ProgramData%\MotCuaKiosk\kiosk.config.json`;
 * - elsewhere: `<userData>/kiosk.config.json`.
 */
export function resolveConfigPath(inputs: ConfigPathInputs): string {
  const override = inputs.env['KIOSK_CONFIG'];
  if (override !== undefined && override !== '') return override;
  if (inputs.dev === true) return path.join(inputs.appDir, 'build', 'kiosk.config.dev.json');
  if (inputs.platform === 'linux') return '/etc/mot-cua-kiosk/kiosk.config.json';
  if (inputs.platform === 'win32') {
    const programData = inputs.env['ProgramData'] ?? inputs.env['PROGRAMDATA'] ?? 'C:\\ProgramData';
    return path.win32.join(programData, 'MotCuaKiosk', 'kiosk.config.json');
  }
  return path.join(inputs.userDataDir, 'kiosk.config.json');
}
