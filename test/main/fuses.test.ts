import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { PACKAGED_FUSES, applyPackagedFuses } from '../../src-main/packaging/fuses';

/** @electron/fuses marks the fuse wire in the binary with this sentinel (constants.js). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;

/** Every fuse of the V1 wire, by name. */
const FUSES = Object.keys(FuseV1Options).filter((k) =>
  Number.isNaN(Number(k)),
) as (keyof typeof FuseV1Options)[];

/** A stand-in Electron binary: some bytes, the sentinel, wire version 1, `length` fuses. */
async function fakeBinary(states: number[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'fieldbook-fuses-')), 'electron');
  const head = Buffer.from('\u007fELF fake electron binary ');
  const wire = Buffer.from([...Buffer.from(SENTINEL), 1, states.length, ...states]);
  await writeFile(path, Buffer.concat([head, wire, Buffer.from(' tail')]));
  return path;
}

describe('packaging fuses', () => {
  it('sets each fuse as docs/SECURITY.md says', () => {
    expect(PACKAGED_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('decides every fuse this @electron/fuses knows, and insists on it', () => {
    expect(PACKAGED_FUSES.strictlyRequireAllFuses).toBe(true);
    for (const name of FUSES)
      expect(typeof PACKAGED_FUSES[FuseV1Options[name]], name).toBe('boolean');
  });

  it('flips an Electron binary whose fuses all start enabled to exactly that wire', async () => {
    const binary = await fakeBinary(FUSES.map(() => ENABLE));
    await expect(applyPackagedFuses(binary, 'linux')).resolves.toBe(1);
    const wire = await getCurrentFuseWire(binary);
    for (const name of FUSES) {
      const option = FuseV1Options[name];
      expect(wire[option], name).toBe(PACKAGED_FUSES[option] ? ENABLE : DISABLE);
    }
  });

  it('refuses a binary with a fuse it has no decision for', async () => {
    const binary = await fakeBinary([...FUSES.map(() => ENABLE), ENABLE]);
    await expect(applyPackagedFuses(binary, 'linux')).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});
