// Hostile input to the backup reader and the restore: at least 500 generated malformed backup
// files (random bytes, random JSON, damaged real backups plain and encrypted, cut-off files).
// Never an exception; every refusal is a clear message; a refused restore changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../shared/text/base64';
import {
  backupText,
  buildBackup,
  encryptBackup,
  encryptedBackupText,
} from '../../shared/backup/build';
import type { BackupInspection } from '../../shared/backup/parse';
import {
  WRONG_PASSPHRASE_MESSAGE,
  describeBackupProblems,
  inspectBackupBytes,
  openBackup,
} from '../../shared/backup/parse';
import { openWorld } from '../db/helpers';
import type { TestWorld } from '../db/helpers';
import { instant, nodeCrypto, variant } from '../backup/support';
import { dumpDatabase } from './support/db-dump';
import type { Json } from './support/hostile';
import { mutate, mutation, unclearMessage } from './support/hostile';
import { restoreBackupBytes } from './support/import';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);
const PASSPHRASE = 'correct horse battery staple';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PLAIN_TEXT = backupText(
  buildBackup([variant('a'), variant('b')], { createdAt: instant(), reason: 'daily' }),
);
/** Generous: the suite shares CI machines, and each run reads whole records. */
const SLOW = 120_000;
const PLAIN = JSON.parse(PLAIN_TEXT) as Json;
let encryptedText = '';
let generated = 0;

/** Inspects `bytes`; a refusal must list clear problems and sum up in a clear sentence. */
function inspectsCleanly(bytes: Uint8Array): BackupInspection {
  generated += 1;
  const inspected = inspectBackupBytes(bytes);
  if (inspected.kind === 'invalid') {
    expect(inspected.errors.length).toBeGreaterThan(0);
    expect(unclearMessage(describeBackupProblems(inspected.errors))).toBeNull();
    for (const e of inspected.errors)
      expect(unclearMessage(e.problem), `${e.path}: ${e.problem}`).toBeNull();
  }
  return inspected;
}

beforeAll(async () => {
  encryptedText = encryptedBackupText(await encryptBackup(PLAIN_TEXT, PASSPHRASE, nodeCrypto));
});

describe('the backup reader under hostile input', { timeout: SLOW }, () => {
  it('answers random bytes with a result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(inspectsCleanly(bytes).kind).toBe('invalid');
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('answers any JSON value with a result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(inspectsCleanly(encode(JSON.stringify(value) ?? 'null')).kind).toBe('invalid');
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('refuses damaged real backups clearly, or reads every record', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const inspected = inspectsCleanly(encode(JSON.stringify(mutate(PLAIN, mutations))));
        if (inspected.kind === 'plain')
          expect(inspected.backup.records.length).toBeLessThanOrEqual(3);
        expect(inspected.kind).not.toBe('encrypted');
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('refuses a backup cut off at any point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PLAIN_TEXT.length - 4 }), (cut) => {
        expect(inspectsCleanly(encode(PLAIN_TEXT.slice(0, cut))).kind).toBe('invalid');
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('refuses damaged encrypted envelopes before deriving any key', () => {
    const envelope = JSON.parse(encryptedText) as Json;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const damaged = mutate(envelope, mutations);
        fc.pre(JSON.stringify(damaged) !== JSON.stringify(envelope));
        inspectsCleanly(encode(JSON.stringify(damaged)));
      }),
      { numRuns: 80, seed: SEED },
    );
  });

  it.each([
    [
      'a changed ciphertext byte',
      (e: Record<string, Json>) => ({ ...e, ciphertext: flip(String(e.ciphertext), 40) }),
    ],
    [
      'a changed tag byte',
      (e: Record<string, Json>) => ({ ...e, ciphertext: flip(String(e.ciphertext), -1) }),
    ],
    [
      'a changed IV',
      (e: Record<string, Json>) => ({
        ...e,
        cipher: { name: 'AES-GCM', iv: flip(String((e.cipher as Record<string, Json>).iv), 0) },
      }),
    ],
    [
      'a changed salt',
      (e: Record<string, Json>) => ({
        ...e,
        kdf: {
          ...(e.kdf as Record<string, Json>),
          salt: flip(String((e.kdf as Record<string, Json>).salt), 0),
        },
      }),
    ],
    [
      'more iterations',
      (e: Record<string, Json>) => ({
        ...e,
        kdf: { ...(e.kdf as Record<string, Json>), iterations: 600_001 },
      }),
    ],
  ])(
    'refuses an encrypted backup with %s as a wrong passphrase would be',
    async (_what, damage) => {
      generated += 1;
      const damaged = damage(JSON.parse(encryptedText) as Record<string, Json>);
      const opened = await openBackup(
        encode(JSON.stringify(damaged)),
        PASSPHRASE,
        nodeCrypto.subtle,
      );
      expect(opened.kind === 'invalid' && describeBackupProblems(opened.errors)).toBe(
        WRONG_PASSPHRASE_MESSAGE,
      );
    },
  );

  afterAll(() => {
    expect(generated, 'generated inputs').toBeGreaterThanOrEqual(500);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

/** `base64` with one byte changed at `index` (negative: from the end). */
function flip(base64: string, index: number): string {
  const bytes = decodeBase64(base64) ?? new Uint8Array(1);
  const i = index < 0 ? bytes.length + index : index;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  return encodeBase64(bytes);
}

describe('a refused restore changes nothing stored', { timeout: SLOW }, () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openWorld();
    await world.repo.createRecord(variant('a'));
    await world.repo.createRecord(variant('z'));
  });

  it('for damaged backups over a database holding some of their organisations', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const before = await dumpDatabase(world.db);
        const bytes = encode(JSON.stringify(mutate(PLAIN, mutations)));
        const outcome = await restoreBackupBytes(world.repo, bytes, null, nodeCrypto.subtle);
        for (const message of outcome.messages) expect(unclearMessage(message), message).toBeNull();
        if (outcome.kind === 'refused') {
          refused += 1;
          expect(await dumpDatabase(world.db)).toBe(before);
        }
      }),
      { numRuns: 60, seed: SEED },
    );
    expect(refused).toBeGreaterThan(30);
  });

  it('for an encrypted backup with the wrong passphrase', async () => {
    const before = await dumpDatabase(world.db);
    const outcome = await restoreBackupBytes(
      world.repo,
      encode(encryptedText),
      'not the passphrase',
      nodeCrypto.subtle,
    );
    expect(outcome.kind).toBe('refused');
    expect(outcome.messages[0]).toBe(WRONG_PASSPHRASE_MESSAGE);
    expect(await dumpDatabase(world.db)).toBe(before);
  });
});
