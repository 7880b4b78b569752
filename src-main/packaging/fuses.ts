import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';

/**
 * Electron fuses for release builds: switches compiled into the Electron binary, flipped once at
 * package time (see docs/SECURITY.md). Not part of the app bundle; the packaging step (an
 * electron-builder `afterPack` or Forge `packageAfterCopy` hook) calls `applyPackagedFuses`.
 *
 * Every fuse is set explicitly (`strictlyRequireAllFuses`), so a future Electron that adds one
 * fails the packaging until someone decides about it.
 */
export const PACKAGED_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  /** `ELECTRON_RUN_AS_NODE` would turn the signed app into a general Node interpreter. */
  [FuseV1Options.RunAsNode]: false,
  /** Cookies are encrypted with the OS keychain (the app keeps none, but no cleartext ever). */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** `NODE_OPTIONS` could preload arbitrary code into main. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** `--inspect` and friends would open a debugger port into main. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /** app.asar is checked against the hash in the signed binary before anything runs. */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** Only app.asar is loaded, never a loose `app/` folder someone dropped next to it. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  /** No separate browser-process V8 snapshot is shipped; the default one is used. */
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  /** file:// gets no extra privileges (the UI is served from app://fieldbook). */
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/**
 * Flips `PACKAGED_FUSES` in the packaged Electron binary at `electronBinary` (the `.app` on
 * macOS, the executable elsewhere). On macOS the ad-hoc signature is reset afterwards, as
 * flipping invalidates it; real signing happens later in the pipeline. Resolves to the number
 * of fuse wires flipped (2 for a universal macOS binary).
 */
export function applyPackagedFuses(
  electronBinary: string,
  platform: NodeJS.Platform = process.platform,
): Promise<number> {
  return flipFuses(electronBinary, {
    ...PACKAGED_FUSES,
    resetAdHocDarwinSignature: platform === 'darwin',
  });
}
