// electron-builder afterPack hook (electron-builder.yml: afterPack).
//
// Turns on embedded ASAR integrity validation where Electron implements it. The electronFuses
// block in electron-builder.yml applies to every platform, but Electron checks the asar header
// hash only on Windows (Electron ≥ 30) and macOS, and electron-builder embeds the hash only there,
// so on Linux the fuse would promise a check that never happens. This hook targets Windows only
// because we build no macOS app.
//
// Order matters and works out: electron-builder runs afterPack after it has written the integrity
// resource into the .exe and before it flips the electronFuses block. Fuses this hook leaves unset
// stay as they are, so the two writes do not overwrite each other. tests/packaging checks the result.
//
// Plain JavaScript because electron-builder loads hooks with require/import, without tsx.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const ASAR_INTEGRITY_PLATFORMS = new Set(['win32']);

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  if (!ASAR_INTEGRITY_PLATFORMS.has(context.electronPlatformName)) return;
  // addElectronFuses finds the packed executable the same way electron-builder's own fuse step does.
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  });
}
