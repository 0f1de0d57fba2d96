// Stand-ins for the Electron binaries. electron-builder can pack an app around a folder named by
// `electronDist` (../shared/docs/toolchain.md §8), and the real binaries cannot be downloaded here.
// Each stub carries a fuse wire in the layout @electron/fuses looks for (sentinel, version, length,
// one byte per fuse), set to Electron's factory defaults. electron-builder's fuse step and our
// afterPack hook then flip it exactly as they would flip the real binary, and the test reads it back.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/** From @electron/fuses (constants.js): the marker before the fuse wire in every Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/**
 * Electron 45's fuses as shipped, in wire order ('1' on, '0' off). The ninth, WasmTrapHandlers, is
 * newer than the @electron/fuses 1.8.0 that electron-builder uses. It must come through untouched.
 */
export const FACTORY_FUSES = '101100011';

function fuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, FACTORY_FUSES.length]),
    Buffer.from(FACTORY_FUSES, 'latin1'),
  ]);
}

/** Linux: an executable shell script named `electron`; the wire sits after `exit`, never run. */
export async function writeLinuxStub(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'electron');
  await writeFile(file, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), fuseWire()]));
  await chmod(file, 0o755);
  return dir;
}

/**
 * Windows: a minimal valid PE (`electron.exe`) with a version-info resource, because
 * electron-builder edits the exe's resources (version strings, the ASAR integrity hash) with
 * resedit. The fuse wire goes in the PE overlay, which resedit keeps when it rewrites the file.
 */
export async function writeWindowsStub(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const versionInfo = Resource.VersionInfo.createEmpty();
  const language = { lang: 1033, codepage: 1200 };
  versionInfo.lang = language.lang;
  versionInfo.setStringValues(language, { ProductName: 'Electron', FileDescription: 'Electron' });
  versionInfo.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  exe.setExtraData(fuseWire());
  await writeFile(path.join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  return dir;
}

/** Reads the INTEGRITY/ELECTRONASAR resource electron-builder embeds in a Windows executable. */
export function readWindowsAsarIntegrity(
  exeBytes: Uint8Array,
): { file: string; alg: string; value: string }[] {
  const resources = NtExecutableResource.from(NtExecutable.from(exeBytes));
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  if (entry === undefined) return [];
  return JSON.parse(Buffer.from(entry.bin).toString('utf8')) as {
    file: string;
    alg: string;
    value: string;
  }[];
}
