// Control cases for tools/packaging/electronegativity-gate.ts: the gate must fail an insecure
// app, and must see code in .cjs bundles and CSPs sent as headers. Electronegativity alone skips
// .cjs files and finds only <meta> CSPs, so without this test a gate that read nothing would still pass.
import { createPackage } from '@electron/asar';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runElectronegativityGate, type GateResult } from '../../tools/packaging/electronegativity-gate';

// The insecure sample from ../shared/docs/toolchain.md §9, as a CommonJS bundle named like ours.
const INSECURE_MAIN = `"use strict";
const { app, BrowserWindow } = require("electron");
app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true },
  });
  win.loadURL("http://example.invalid/");
});
`;

describe('the Electronegativity gate', () => {
  let work: string;
  let insecure: GateResult;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'kiosk-eneg-control-'));
    const app = path.join(work, 'app');
    await mkdir(path.join(app, 'dist-electron'), { recursive: true });
    await mkdir(path.join(app, 'dist/renderer'), { recursive: true });
    await writeFile(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'sample', main: 'dist-electron/main.cjs' }),
    );
    await writeFile(path.join(app, 'dist-electron/main.cjs'), INSECURE_MAIN);
    await writeFile(
      path.join(app, 'dist/renderer/index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    await createPackage(app, path.join(work, 'app.asar'));
    insecure = await runElectronegativityGate({
      asarPath: path.join(work, 'app.asar'),
      electronVersion: '45.4.1',
      // script-src * is what a weak policy looks like; the gate must put it where the checks read it.
      contentSecurityPolicy: "default-src *; script-src * 'unsafe-inline' 'unsafe-eval'",
    });
  });

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('blocks insecure web preferences found in a .cjs bundle, under its real name', () => {
    const blocking = new Set(insecure.blocking.map((f) => `${f.id} ${f.file}`));
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']) {
      expect(blocking).toContain(`${id} dist-electron/main.cjs`);
    }
    expect(insecure.blocking.every((f) => ['MEDIUM', 'HIGH'].includes(f.severity))).toBe(true);
  });

  it('evaluates the CSP it is given as the page’s policy instead of reporting none', () => {
    const csp = insecure.findings.filter((f) => f.id === 'CSP_GLOBAL_CHECK');
    expect(csp.map((f) => f.file)).toEqual(['dist/renderer/index.html']);
    expect(csp[0]?.description).not.toMatch(/No CSP/i);
  });
});
