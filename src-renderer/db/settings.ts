// The assessor's settings (shared/settings/settings.ts), kept in the `meta` table under one key:
// a versioned row, read through `readSettings` (which upgrades older versions and refuses newer
// or damaged ones) and written whole. No schema change: `meta` exists since schema 1.
import type { AppSettings } from '../../shared/settings/settings';
import { readSettings, SETTINGS_VERSION } from '../../shared/settings/settings';
import type { RepositoryContext } from './context';
import { StorageError } from './errors';

/** The `meta` key of the settings row. */
export const SETTINGS_KEY = 'settings';

/** The stored settings, or the defaults when none were saved. Rejects when they are unreadable. */
export async function loadSettings(ctx: RepositoryContext): Promise<AppSettings> {
  const row = await ctx.db.meta.get(SETTINGS_KEY);
  const read = readSettings(row?.value);
  if (!read.ok) {
    throw new StorageError(
      read.errors[0]?.startsWith('the settings were saved by a newer') ? 'newer-schema' : 'unknown',
      `The settings could not be read: ${read.errors.join('; ')}. Nothing was changed; set them again to replace them.`,
    );
  }
  return read.value;
}

/** Writes the settings whole, checked first, at this build's version. */
export async function saveSettings(ctx: RepositoryContext, settings: AppSettings): Promise<void> {
  const checked = readSettings({ ...settings, version: SETTINGS_VERSION });
  if (!checked.ok) {
    throw new StorageError(
      'invalid',
      `The settings were not saved: ${checked.errors.join('; ')}. Nothing was changed.`,
    );
  }
  await ctx.db.transaction('rw', ctx.db.meta, () =>
    ctx.db.meta.put({ key: SETTINGS_KEY, value: checked.value }),
  );
}
