// electron-builder.yml, checked without building anything: it must satisfy electron-builder's own
// JSON schema (the one shipped with the version we install), and the settings the kiosk's security
// and data safety rest on must keep their values.
import Ajv, { type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Resolved through electron-builder so the schema always matches the builder that will read the file.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const SCHEMA_PATH = requireFromBuilder.resolve('app-builder-lib/scheme.json');

type BuilderConfig = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>;
  files?: string[];
  linux?: Record<string, unknown>;
  nsis?: Record<string, unknown>;
  extraMetadata?: { homepage?: string; author?: { name?: string; email?: string }; productName?: string };
};

const readConfig = (): BuilderConfig =>
  // js-yaml is the parser electron-builder itself uses for this file.
  load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  let validate: ValidateFunction;
  let config: BuilderConfig;

  beforeAll(() => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
    // strict: false because the schema uses keywords ajv does not know (e.g. "tsType");
    // allowUnionTypes for its `type: [string, null]` unions. Both as in ../shared/docs/toolchain.md §8.
    validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    config = readConfig();
  });

  it('is valid against the schema of the installed electron-builder', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  // Control cases: the validator rejects what electron-builder would reject, so the test above can fail.
  it.each([
    ['an unknown top-level key', { nsiss: {} }],
    ['asar as a string', { asar: 'yes' }],
    ['a misspelt fuse', { electronFuses: { runAsNod: false } }],
    ['a fuse that is not a boolean', { electronFuses: { runAsNode: 'off' } }],
  ])('rejects %s', (_name, change) => {
    expect(validate({ ...readConfig(), ...change })).toBe(false);
  });

  it('sets every fuse on Electron’s security checklist (item 19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // Integrity validation is per platform, in the hook (Electron has no Linux support for it).
    expect(config['afterPack']).toBe('./tools/packaging/after-pack.mjs');
    expect(existsSync(path.join(ROOT, 'tools/packaging/after-pack.mjs'))).toBe(true);
  });

  it('packs into asar only what the app loads', () => {
    expect(config['asar']).toBe(true);
    expect(config.files).toEqual([
      'dist/renderer/**',
      'dist-electron/**',
      'package.json',
      '!node_modules/**',
      '!**/*.map',
    ]);
    expect(config['npmRebuild']).toBe(false);
  });

  it('builds real installers: no stub Electron in the checked-in file', () => {
    // The tests inject electronDist; a committed one would ship a fake binary.
    expect(config).not.toHaveProperty('electronDist');
    expect(config).not.toHaveProperty('electronVersion');
    expect(config['directories']).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('has the metadata the deb target refuses to build without', () => {
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//);
    expect(config.extraMetadata?.author?.email).toMatch(/@/);
    expect(config.linux?.['maintainer']).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux?.['executableName']).toBe('mot-cua-kiosk');
  });

  it('never moves or deletes the kiosk’s queue on install, update or uninstall', () => {
    // Electron names the profile folder after package.json "name" unless productName is set there.
    expect(config.extraMetadata).not.toHaveProperty('productName');
    expect(config.extraMetadata).not.toHaveProperty('name');
    expect(config.nsis).toMatchObject({
      perMachine: true,
      deleteAppDataOnUninstall: false,
      runAfterFinish: false,
    });
  });
});
