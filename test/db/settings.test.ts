import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../shared/settings/settings';
import type { AppSettings } from '../../shared/settings/settings';
import { SETTINGS_KEY } from '../../src-renderer/db/settings';
import { openWorld } from './helpers';

const BODY = {
  name: 'Centre for Assessment Ltd',
  address: 'Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
  telephone: '0161 237 4080',
  website: 'www.centreforassessment.co.uk',
};

describe('the settings store', () => {
  it('gives the defaults before anything is saved, then what was saved, after a reopen too', async () => {
    const world = await openWorld();
    expect(await world.repo.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const settings: AppSettings = { version: SETTINGS_VERSION, certifyingBody: BODY };
    await world.repo.saveSettings(settings);
    expect(await world.db.meta.get(SETTINGS_KEY)).toEqual({ key: SETTINGS_KEY, value: settings });
    world.db.close();
    await world.reopen();
    const again = await openWorld({ factory: world.factory });
    expect(await again.repo.loadSettings()).toEqual(settings);
    again.db.close();
  });

  it('refuses to save what is not valid, keeping what was stored', async () => {
    const { db, repo } = await openWorld();
    await repo.saveSettings({ version: SETTINGS_VERSION, certifyingBody: BODY });
    await expect(
      repo.saveSettings({
        version: SETTINGS_VERSION,
        certifyingBody: { ...BODY, telephone: 'x'.repeat(400) },
      }),
    ).rejects.toMatchObject({
      name: 'StorageError',
      message: expect.stringContaining('telephone'),
    });
    expect((await repo.loadSettings()).certifyingBody).toEqual(BODY);
    db.close();
  });

  it('says so when the stored row is damaged or from a newer version, and changes nothing', async () => {
    const { db, repo } = await openWorld();
    await db.meta.put({ key: SETTINGS_KEY, value: { version: 9, certifyingBody: {} } });
    await expect(repo.loadSettings()).rejects.toMatchObject({
      kind: 'newer-schema',
      message: expect.stringContaining('newer CSE Fieldbook'),
    });
    await db.meta.put({ key: SETTINGS_KEY, value: 'garbage' });
    await expect(repo.loadSettings()).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringContaining('could not be read'),
    });
    expect(await db.meta.get(SETTINGS_KEY)).toEqual({ key: SETTINGS_KEY, value: 'garbage' });
    db.close();
  });
});
