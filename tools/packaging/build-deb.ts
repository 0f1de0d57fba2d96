// Fallback for electron-builder's deb target, for build machines that can fetch Electron (e.g.
// through ELECTRON_MIRROR) but not fpm, which electron-builder downloads from GitHub
// (../shared/docs/toolchain.md §8). Builds the same package with dpkg-deb from the `--linux dir`
// output: the app in /opt/<productName>/, a .desktop entry, and electron-builder's own
// maintainer-script templates (after-install, after-remove, the AppArmor profile for Ubuntu 24+),
// filled in with the same values. The package metadata comes from electron-builder.yml.
//
// Usage: npm run dist:deb-offline   (or: tsx tools/packaging/build-deb.ts [unpackedDir] [outDir])
import { load } from 'js-yaml';
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** electron-builder 26's default deb dependencies (app-builder-lib FpmTarget.js), for the same result. */
const DEPENDS = [
  'libgtk-3-0',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0',
  'libuuid1',
  'libsecret-1-0',
];

type BuilderConfig = {
  productName: string;
  extraMetadata: { homepage: string };
  linux: { executableName: string; maintainer: string; synopsis: string; description: string };
};

type PackageJson = { name: string; version: string };

const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const TEMPLATES = path.join(
  path.dirname(requireFromBuilder.resolve('app-builder-lib/package.json')),
  'templates/linux',
);

async function template(name: string, values: Record<string, string>): Promise<string> {
  const text = await readFile(path.join(TEMPLATES, name), 'utf8');
  return text.replace(/\$\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

async function sizeInKiB(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return Math.ceil(bytes / 1024);
}

function controlFile(fields: Record<string, string>): string {
  // Continuation lines of a multi-line field start with a space; an empty one is " ." (deb-control(5)).
  const fold = (value: string) =>
    value
      .split('\n')
      .map((line, i) => (i === 0 ? line : ` ${line.trim() === '' ? '.' : line}`))
      .join('\n');
  return (
    Object.entries(fields)
      .map(([key, value]) => `${key}: ${fold(value)}`)
      .join('\n') + '\n'
  );
}

/** Builds `<name>_<version>_amd64.deb` in outDir from an electron-builder `linux-unpacked` folder. */
export async function buildDeb(options: {
  root: string;
  unpackedDir: string;
  outDir: string;
}): Promise<string> {
  const config = load(
    await readFile(path.join(options.root, 'electron-builder.yml'), 'utf8'),
  ) as BuilderConfig;
  const pkg = JSON.parse(await readFile(path.join(options.root, 'package.json'), 'utf8')) as PackageJson;
  const executable = config.linux.executableName;
  const values = { executable, sanitizedProductName: config.productName };
  const installDir = path.posix.join('/opt', config.productName);

  const stage = await mkdtemp(path.join(tmpdir(), 'kiosk-deb-'));
  try {
    // mkdtemp makes the folder 0700; it becomes the package's root entry.
    await chmod(stage, 0o755);
    const appDir = path.join(stage, installDir);
    await cp(options.unpackedDir, appDir, { recursive: true, verbatimSymlinks: true });
    await writeFile(
      path.join(appDir, 'resources/apparmor-profile'),
      await template('apparmor-profile.tpl', values),
    );

    const applications = path.join(stage, 'usr/share/applications');
    await mkdir(applications, { recursive: true });
    await writeFile(
      path.join(applications, `${executable}.desktop`),
      [
        '[Desktop Entry]',
        `Name=${config.productName}`,
        `Comment=${config.linux.synopsis}`,
        `Exec="${installDir}/${executable}" %U`,
        'Terminal=false',
        'Type=Application',
        'Categories=Utility;',
        '',
      ].join('\n'),
    );

    const debian = path.join(stage, 'DEBIAN');
    await mkdir(debian);
    await writeFile(
      path.join(debian, 'control'),
      controlFile({
        Package: pkg.name,
        Version: pkg.version,
        Section: 'utils',
        Priority: 'optional',
        Architecture: 'amd64',
        Maintainer: config.linux.maintainer,
        'Installed-Size': String(await sizeInKiB(appDir)),
        Depends: DEPENDS.join(', '),
        Homepage: config.extraMetadata.homepage,
        Description: `${config.linux.synopsis}\n${config.linux.description.trim()}`,
      }),
    );
    for (const [script, source] of [
      ['postinst', 'after-install.tpl'],
      ['postrm', 'after-remove.tpl'],
    ] as const) {
      await writeFile(path.join(debian, script), await template(source, values));
      await chmod(path.join(debian, script), 0o755);
    }

    await mkdir(options.outDir, { recursive: true });
    const deb = path.join(options.outDir, `${pkg.name}_${pkg.version}_amd64.deb`);
    // --root-owner-group: files belong to root in the package, whoever builds it.
    const result = spawnSync('dpkg-deb', ['--root-owner-group', '-Zxz', '--build', stage, deb], {
      encoding: 'utf8',
    });
    if (result.error !== undefined) throw new Error(`dpkg-deb could not run: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`dpkg-deb failed: ${result.stderr}`);
    return deb;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const deb = await buildDeb({
    root,
    unpackedDir: path.resolve(process.argv[2] ?? path.join(root, 'release/linux-unpacked')),
    outDir: path.resolve(process.argv[3] ?? path.join(root, 'release')),
  });
  console.log(`built ${path.relative(process.cwd(), deb)}`);
}
