// Packs the app the way `npm run dist` does, from this project and electron-builder.yml, with two
// changes only: stub Electron binaries (`electronDist`) and the `dir` target. AppImage, deb and
// NSIS wrap the same packed folder but need downloads from GitHub (../shared/docs/toolchain.md §8).
// Then we check what IT would install: the contents of app.asar, the fuses in the executables, the
// Windows ASAR integrity hash, the offline deb, and the Electronegativity gate.
// Needs dist/renderer and dist-electron: `npm run test:packaging` builds them first.
import { getRawHeader, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build } from 'electron-builder';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeb } from '../../tools/packaging/build-deb';
import {
  exampleContentSecurityPolicy,
  formatFinding,
  installedElectronVersion,
  runElectronegativityGate,
  type GateResult,
} from '../../tools/packaging/electronegativity-gate';
import {
  FACTORY_FUSES,
  readWindowsAsarIntegrity,
  writeLinuxStub,
  writeWindowsStub,
} from './support/stub-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT_INPUTS = ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs'];

type Packed = { appOutDir: string; executable: string; asar: string };

async function pack(platform: 'linux' | 'win', electronDist: string, output: string): Promise<Packed> {
  await build({
    projectDir: ROOT,
    targets: (platform === 'linux' ? Platform.LINUX : Platform.WINDOWS).createTarget('dir', Arch.x64),
    // Merged over electron-builder.yml (deep assign): everything else is the real config.
    config: { electronDist, directories: { output } },
    publish: 'never',
  });
  const appOutDir = path.join(output, platform === 'linux' ? 'linux-unpacked' : 'win-unpacked');
  return {
    appOutDir,
    executable: path.join(appOutDir, platform === 'linux' ? 'mot-cua-kiosk' : 'Mot Cua Kiosk.exe'),
    asar: path.join(appOutDir, 'resources', 'app.asar'),
  };
}

/** Every file path in an asar archive, relative and with forward slashes. */
function asarFiles(archive: string): string[] {
  type Node = { files?: Record<string, Node> };
  const walk = (node: Node, prefix: string): string[] =>
    Object.entries(node.files ?? {}).flatMap(([name, child]) =>
      child.files === undefined ? [prefix + name] : walk(child, `${prefix}${name}/`),
    );
  return walk(getRawHeader(archive).header as Node, '');
}

const readAsarText = (archive: string, file: string): string => extractFile(archive, file).toString('utf8');

/** The fuse wire as a string of '0'/'1' in wire order, as @electron/fuses reads it. */
async function fuseString(executable: string): Promise<string> {
  const wire = await getCurrentFuseWire(executable);
  return Array.from({ length: FACTORY_FUSES.length }, (_, i) =>
    String.fromCharCode(wire[i as FuseV1Options] as number),
  ).join('');
}

/** The wire we expect after packing: the factory wire with our settings applied. */
function expectedFuses(settings: Partial<Record<FuseV1Options, boolean>>): string {
  const wire = FACTORY_FUSES.split('');
  for (const [index, on] of Object.entries(settings)) wire[Number(index)] = on ? '1' : '0';
  return wire.join('');
}

const COMMON_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

describe('the packaged app', () => {
  let work: string;
  let linux: Packed;
  let win: Packed;
  let files: string[];

  beforeAll(async () => {
    const missing = BUILT_INPUTS.filter((f) => !existsSync(path.join(ROOT, f)));
    if (missing.length > 0) {
      throw new Error(`missing ${missing.join(', ')}: run \`npm run test:packaging\` (it builds first)`);
    }
    work = await mkdtemp(path.join(tmpdir(), 'kiosk-packaging-'));
    linux = await pack(
      'linux',
      await writeLinuxStub(path.join(work, 'electron-linux')),
      path.join(work, 'out-linux'),
    );
    win = await pack(
      'win',
      await writeWindowsStub(path.join(work, 'electron-win')),
      path.join(work, 'out-win'),
    );
    files = asarFiles(linux.asar);
  });

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  describe('app.asar', () => {
    it('holds exactly the renderer, the two bundles and package.json', () => {
      expect(new Set(files.map((f) => f.split('/')[0]))).toEqual(
        new Set(['dist', 'dist-electron', 'package.json']),
      );
      expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/renderer/'))).toEqual([]);
      expect(files.filter((f) => f.startsWith('dist-electron/')).sort()).toEqual([
        'dist-electron/main.cjs',
        'dist-electron/preload.cjs',
      ]);
      expect(files).toContain('dist/renderer/index.html');
    });

    it('has the same files on Linux and Windows', () => {
      expect(asarFiles(win.asar).sort()).toEqual([...files].sort());
    });

    it('can load the renderer: every script and stylesheet index.html names is inside', () => {
      const html = readAsarText(linux.asar, 'dist/renderer/index.html');
      const references = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map(
        (m) => `dist/renderer/${m[1]}`,
      );
      expect(references.length).toBeGreaterThan(0);
      expect(references.filter((r) => !files.includes(r))).toEqual([]);
    });

    it('has no tests, sources, source maps or dependencies', () => {
      const unwanted = files.filter(
        (f) =>
          /(^|\/)node_modules\//.test(f) ||
          /\.(test|spec)\.[cm]?[jt]sx?$/.test(f) ||
          /\.map$/.test(f) ||
          /\.tsx?$/.test(f) ||
          /^(sandbox|bench|tests|tools|build|electron|renderer|shared)\//.test(f) ||
          f.startsWith('dist/harness/'),
      );
      expect(unwanted).toEqual([]);
    });

    it('has no provisioning file and no private key anywhere', () => {
      expect(files.filter((f) => /kiosk\.config|\.pem$|dev-keys|\.sandbox-data/.test(f))).toEqual([]);
      const withKeys = files.filter((f) =>
        /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(readAsarText(linux.asar, f)),
      );
      expect(withKeys).toEqual([]);
    });

    it('ships a package.json without devDependencies or scripts, and keeps the profile folder name', () => {
      const pkg = JSON.parse(readAsarText(linux.asar, 'package.json')) as Record<string, unknown>;
      expect(pkg).not.toHaveProperty('devDependencies');
      expect(pkg).not.toHaveProperty('scripts');
      expect(files).toContain(pkg['main']);
      // Electron names userData (the outbox queue) after productName ?? name: it must not change.
      expect(pkg['name']).toBe('mot-cua-kiosk');
      expect(pkg).not.toHaveProperty('productName');
    });

    it('main and preload need nothing outside Electron and Node (there are no node_modules)', () => {
      const requires = (file: string): string[] =>
        [...readAsarText(linux.asar, file).matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
          (m) => m[1] ?? '',
        );
      const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
      expect(
        requires('dist-electron/main.cjs').filter((m) => m !== 'electron' && !nodeBuiltins.has(m)),
      ).toEqual([]);
      // A sandboxed preload can require only 'electron' (and a few polyfills we do not use).
      expect(new Set(requires('dist-electron/preload.cjs'))).toEqual(new Set(['electron']));
    });
  });

  describe('fuses', () => {
    it('Linux: flipped as electron-builder.yml says, without ASAR integrity (no Linux support)', async () => {
      expect(await fuseString(linux.executable)).toBe(
        expectedFuses({ ...COMMON_FUSES, [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false }),
      );
    });

    it('Windows: the same, plus ASAR integrity validation from the afterPack hook', async () => {
      expect(await fuseString(win.executable)).toBe(
        expectedFuses({ ...COMMON_FUSES, [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true }),
      );
    });

    it('Windows: the executable carries the hash of the app.asar header it ships with', async () => {
      const integrity = readWindowsAsarIntegrity(await readFile(win.executable));
      const headerHash = createHash('sha256').update(getRawHeader(win.asar).headerString).digest('hex');
      // Backslashes: a forward slash made Windows builds from Linux crash at start (electron-builder#8690).
      expect(integrity).toEqual([{ file: 'resources\\app.asar', alg: 'SHA256', value: headerHash }]);
    });

    it('leaves fuses electron-builder does not know (WasmTrapHandlers, the 9th) as Electron ships them', async () => {
      expect((await fuseString(linux.executable))[8]).toBe(FACTORY_FUSES[8]);
    });
  });

  describe('the offline deb (tools/packaging/build-deb.ts)', () => {
    let deb: string;
    const dpkgDeb = (...args: string[]): string => {
      const result = spawnSync('dpkg-deb', args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`dpkg-deb ${args.join(' ')}: ${result.stderr}`);
      return result.stdout;
    };

    beforeAll(async () => {
      deb = await buildDeb({ root: ROOT, unpackedDir: linux.appOutDir, outDir: path.join(work, 'deb') });
    });

    it('carries the metadata from electron-builder.yml and package.json', async () => {
      const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const field = (name: string) => dpkgDeb('--field', deb, name).trim();
      expect(path.basename(deb)).toBe(`mot-cua-kiosk_${pkg.version}_amd64.deb`);
      expect(field('Package')).toBe('mot-cua-kiosk');
      expect(field('Version')).toBe(pkg.version);
      expect(field('Architecture')).toBe('amd64');
      expect(field('Maintainer')).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
      expect(field('Homepage')).toMatch(/^https:\/\//);
      expect(field('Depends')).toContain('libnss3');
    });

    it('installs the packed app in /opt, owned by root, with the link scripts', () => {
      const contents = dpkgDeb('--contents', deb);
      expect(contents).toMatch(/^-rwxr-xr-x root\/root .* \.\/opt\/Mot Cua Kiosk\/mot-cua-kiosk$/m);
      expect(contents).toMatch(/ \.\/opt\/Mot Cua Kiosk\/resources\/app\.asar$/m);
      expect(contents).toMatch(/ \.\/opt\/Mot Cua Kiosk\/resources\/apparmor-profile$/m);
      expect(contents).toMatch(/ \.\/usr\/share\/applications\/mot-cua-kiosk\.desktop$/m);
      const postinst = dpkgDeb('--info', deb, 'postinst');
      // The command systemd's unit starts is the link postinst creates.
      expect(postinst).toContain("'/usr/bin/mot-cua-kiosk'");
      expect(postinst).toContain("'/opt/Mot Cua Kiosk/mot-cua-kiosk'");
      expect(postinst).not.toMatch(/\$\{\w+\}/);
      expect(spawnSync('bash', ['-n'], { input: postinst }).status).toBe(0);
    });
  });

  describe('Electronegativity', () => {
    let gate: GateResult;

    beforeAll(async () => {
      gate = await runElectronegativityGate({
        asarPath: linux.asar,
        electronVersion: await installedElectronVersion(ROOT),
        contentSecurityPolicy: await exampleContentSecurityPolicy(ROOT),
      });
    });

    it('finds nothing at MEDIUM or above in the packaged app', () => {
      expect(gate.blocking.map(formatFinding)).toEqual([]);
    });

    it('parsed every file it scanned, the main and preload bundles included', () => {
      expect(gate.parseErrors).toEqual([]);
      expect(gate.checksRun).toBeGreaterThan(30);
    });
  });
});
