import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { CertifyingBody } from './certifying-body';
import { NO_CERTIFYING_BODY, parseCertifyingBody } from './certifying-body';

/**
 * The assessor's settings, kept on this machine (the renderer stores them through
 * src-renderer/db/). Versioned like every stored shape: a row written by an older version is
 * upgraded on load by pure steps, and test/fixtures/settings/ holds one per version.
 */

/** The version this build writes. */
export const SETTINGS_VERSION = 1;

export interface AppSettings {
  readonly version: typeof SETTINGS_VERSION;
  /** Printed at the foot of every page of the exports (see certifying-body.ts). */
  readonly certifyingBody: CertifyingBody;
}

/** Settings never saved: nothing set. */
export const DEFAULT_SETTINGS: AppSettings = {
  version: SETTINGS_VERSION,
  certifyingBody: NO_CERTIFYING_BODY,
};

/**
 * Upgrade steps, oldest first: `STEPS[n]` takes a row of version n + 1 to version n + 2. None yet
 * (version 1 is the first); the next change of shape adds one here and a fixture.
 */
const STEPS: readonly ((row: Readonly<Record<string, unknown>>) => Record<string, unknown>)[] = [];

/**
 * Reads stored settings (untrusted: another version, another tab, a hand-edited file): upgrades
 * an older version, refuses a newer one or a damaged one with sentences. `undefined` (never
 * saved) gives the defaults.
 */
export function readSettings(raw: unknown): Result<AppSettings, string> {
  if (raw === undefined) return ok(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(['the stored settings are not an object']);
  }
  let row = raw as Readonly<Record<string, unknown>>;
  const version = row.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(['the stored settings carry no version']);
  }
  if (version > SETTINGS_VERSION) {
    return fail([
      `the settings were saved by a newer CSE Fieldbook (settings version ${version}; this one knows ${SETTINGS_VERSION})`,
    ]);
  }
  for (let v = version; v < SETTINGS_VERSION; v += 1) {
    const step = STEPS[v - 1];
    if (!step) return fail([`no upgrade of settings version ${v}`]);
    row = step(row);
  }
  const body = parseCertifyingBody(row.certifyingBody ?? {});
  if (!body.ok) return fail(body.errors.map((e) => `certifying body: ${e}`));
  return ok({ version: SETTINGS_VERSION, certifyingBody: body.value });
}
