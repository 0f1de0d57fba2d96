// Electronegativity (@doyensec/electronegativity 1.10.3) as a pass/fail gate over the packaged app.
//
// Three things the tool does not do on its own, and how this file makes up for them:
// 1. Its CLI always exits 0 (../shared/docs/toolchain.md §9), so we call the programmatic API and
//    fail on any finding at MEDIUM or above.
// 2. It scans only .js/.jsx/.ts/.tsx/.html files (dist/util/file.js), so our .cjs bundles would be
//    skipped and a scan of app.asar would pass without reading the main process or the preload at
//    all. We extract the asar and give every .cjs/.mjs file a `.js` name before scanning.
// 3. It finds a CSP only in a <meta> tag or in a webRequest.onHeadersReceived callback. Our CSP is a
//    response header set by the app:// protocol handler (electron/protocol.ts) on every response,
//    so the scan copy of each HTML page gets that same policy as a <meta>. Electronegativity's own
//    CSP checks then evaluate the policy the kiosk really sends. electron/protocol.test.ts proves
//    the header is on every response.
//
// Usage: tsx tools/packaging/electronegativity-gate.ts [path/to/app.asar] (exit code 1 = blocked).
import run, { type ElectronegativityIssue } from '@doyensec/electronegativity';
import { extractAll } from '@electron/asar';
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContentSecurityPolicy } from '../../electron/content-security-policy';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Checks switched off, each with the reason. Exclusions take class names, not ids
 * (../shared/docs/toolchain.md §9). Add one only with a reason a reviewer can check.
 */
export const EXCLUDED_CHECKS: readonly { check: string; reason: string }[] = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      'It reports only on an `electron` entry in the scanned package.json. The packaged ' +
      'package.json never has one, because electron-builder strips devDependencies, so the check cannot ' +
      'report anything here. Left on, it only spends about 5 s retrying a GitHub download of ' +
      "Electron's release list. Keeping Electron current (checklist item 16) needs network access " +
      'and is not checked here.',
  },
];

export type Finding = {
  id: string;
  severity: Severity;
  confidence: string;
  /** Path inside the app, with the real (.cjs) file name. */
  file: string;
  line: number;
  description: string;
  manualReview: boolean;
};

export type GateResult = {
  findings: Finding[];
  /** Findings at or above the threshold: any of these fails the gate. */
  blocking: Finding[];
  /** Files the scanner could not parse. A non-tolerable one fails the gate too: unparsed means unchecked. */
  parseErrors: { file: string; message: string }[];
  checksRun: number;
};

export type GateOptions = {
  asarPath: string;
  /** The Electron version the app ships with (the packaged package.json does not name it). */
  electronVersion: string;
  /** The CSP the app:// handler sends (exampleContentSecurityPolicy gives the one for the example config). */
  contentSecurityPolicy: string;
  minSeverity?: Severity;
};

const severityRank = (severity: string): number => SEVERITIES.indexOf(severity.toUpperCase() as Severity);

const SCAN_ALIAS = '.js';
const ALIASED_EXTENSIONS = new Set(['.cjs', '.mjs']);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Prepares an extracted copy of the app so electronegativity reads what Electron runs (points 2 and 3 above). */
async function prepareScanCopy(dir: string, contentSecurityPolicy: string): Promise<void> {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy)}">`;
  for (const file of await filesUnder(dir)) {
    const extension = path.extname(file);
    if (ALIASED_EXTENSIONS.has(extension)) {
      await rename(file, file + SCAN_ALIAS);
    } else if (extension === '.html') {
      const html = await readFile(file, 'utf8');
      if (!/<head[^>]*>/i.test(html)) throw new Error(`${file}: no <head> to carry the CSP`);
      await writeFile(
        file,
        html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`),
      );
    }
  }
}

/** Maps a scan alias back to the shipped name: dist-electron/main.cjs.js → dist-electron/main.cjs. */
const shippedName = (file: string): string => file.replace(/\.(cjs|mjs)\.js$/, '.$1');

function toFinding(issue: ElectronegativityIssue): Finding {
  return {
    id: issue.id,
    severity: issue.severity.name.toUpperCase() as Severity,
    confidence: issue.confidence.name,
    file: shippedName(issue.file),
    line: issue.location.line,
    description: issue.description,
    manualReview: issue.manualReview,
  };
}

export async function runElectronegativityGate(options: GateOptions): Promise<GateResult> {
  const minRank = severityRank(options.minSeverity ?? 'MEDIUM');
  const dir = await mkdtemp(path.join(tmpdir(), 'kiosk-eneg-'));
  try {
    extractAll(options.asarPath, dir);
    await prepareScanCopy(dir, options.contentSecurityPolicy);
    const result = await run(
      {
        input: dir,
        isRelative: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((e) => e.check),
        electronVersionOverride: options.electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const findings = result.issues.map(toFinding);
    return {
      findings,
      blocking: findings.filter((f) => severityRank(f.severity) >= minRank),
      parseErrors: result.errors.filter((e) => !e.tolerable).map(({ file, message }) => ({ file, message })),
      checksRun: result.globalChecks + result.atomicChecks,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatFinding(f: Finding): string {
  const review = f.manualReview ? ' (manual review)' : '';
  return `${f.severity} ${f.id} ${f.file}:${f.line}${review} ${f.description}`;
}

/** The policy the kiosk sends when provisioned with build/kiosk.config.example.json. */
export async function exampleContentSecurityPolicy(root: string): Promise<string> {
  const example = JSON.parse(await readFile(path.join(root, 'build/kiosk.config.example.json'), 'utf8')) as {
    cityApiUrl: string;
  };
  return buildContentSecurityPolicy(example.cityApiUrl);
}

/** The Electron version electron-builder packs (it reads the same file). */
export async function installedElectronVersion(root: string): Promise<string> {
  const file = path.join(root, 'node_modules/electron/package.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const asarPath = process.argv[2] ?? path.join(root, 'release/linux-unpacked/resources/app.asar');
  const result = await runElectronegativityGate({
    asarPath,
    electronVersion: await installedElectronVersion(root),
    contentSecurityPolicy: await exampleContentSecurityPolicy(root),
  });
  for (const f of result.findings) console.log(formatFinding(f));
  for (const e of result.parseErrors) console.log(`UNPARSED ${e.file}: ${e.message}`);
  const failed = result.blocking.length > 0 || result.parseErrors.length > 0;
  console.log(
    `${result.checksRun} checks, ${result.findings.length} findings, ${result.blocking.length} at MEDIUM or above: ` +
      (failed ? 'FAIL' : 'pass'),
  );
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
