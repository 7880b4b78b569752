import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../shared/text/base64';
import {
  backupText,
  buildBackup,
  encryptBackup,
  encryptedBackupText,
  passphraseProblem,
} from '../../shared/backup/build';
import { BACKUP_LIMITS, isCreatedAt } from '../../shared/backup/format';
import { backupFileName, isBackupFileName, parseBackupFileName } from '../../shared/backup/names';
import {
  WRONG_PASSPHRASE_MESSAGE,
  describeBackupProblems,
  inspectBackupText,
  openBackup,
  verifyBackupBytes,
} from '../../shared/backup/parse';
import { backupsToPrune, isDatedInFuture } from '../../shared/backup/retention';
import { decodeUtf8, encodeUtf8 } from '../../shared/text/utf8';
import { writeExchangeText } from '../../shared/exchange/write';
import { instant, nodeCrypto, sample, variant } from './support';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const plainBytes = (): Uint8Array =>
  bytesOf(
    backupText(
      buildBackup([variant('a'), variant('b')], {
        createdAt: instant(),
        reason: 'manual',
        generator: 'CSE Fieldbook test',
      }),
    ),
  );

describe('backup file names', () => {
  it('round-trips instant, reason and encryption', () => {
    const name = backupFileName('2026-03-04T05:06:07.089Z', 'pre-import', true);
    expect(name).toBe('fieldbook-backup-2026-03-04T05-06-07-089Z-pre-import-encrypted.json');
    expect(parseBackupFileName(name)).toEqual({
      name,
      createdAt: '2026-03-04T05:06:07.089Z',
      reason: 'pre-import',
      encrypted: true,
    });
    expect(parseBackupFileName(backupFileName(instant(), 'daily', false))?.encrypted).toBe(false);
  });

  it.each([
    '../fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json',
    'fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json/..',
    'sub/fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json',
    'sub\\fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json',
    'fieldbook-backup-2026-03-04T05-06-07-089Z-weekly.json',
    'fieldbook-backup-2015-02-30T05-06-07-089Z-daily.json',
    'fieldbook-backup-2026-03-04T25-06-07-089Z-daily.json',
    'fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json\u0000.txt',
    'fieldbook-backup-2026-03-04T05-06-07-089Z-daily.JSON',
    '.fieldbook-backup-2026-03-04T05-06-07-089Z-daily.json.1a2b.tmp',
    '',
  ])('refuses %j', (name) => {
    expect(isBackupFileName(name)).toBe(false);
  });

  it('refuses to name a backup from anything but an instant', () => {
    expect(() => backupFileName('2026-01-01', 'manual', false)).toThrow();
    expect(isCreatedAt('2016-02-29T00:00:00.000Z')).toBe(true);
    expect(isCreatedAt('2015-02-29T00:00:00.000Z')).toBe(false);
  });
});

describe('retention', () => {
  const at = (day: number, reason: 'daily' | 'manual' | 'pre-import', encrypted = false): string =>
    backupFileName(new Date(Date.UTC(2026, 0, day)).toISOString(), reason, encrypted);

  it('keeps the newest ten dailies, five pre-import and twenty manual backups', () => {
    const dailies = Array.from({ length: 13 }, (_, i) => at(i + 1, 'daily', i % 2 === 0));
    const imports = Array.from({ length: 7 }, (_, i) => at(i + 1, 'pre-import'));
    const manual = Array.from({ length: 3 }, (_, i) => at(i + 1, 'manual'));
    const prune = backupsToPrune([...manual, ...imports, 'notes.txt', ...dailies]);
    expect(prune).toEqual([...dailies.slice(0, 3), ...imports.slice(0, 2)].sort());
  });

  it('never prunes the backup just written, nor those dated in the future', () => {
    const future = Array.from({ length: 12 }, (_, i) =>
      backupFileName(new Date(Date.UTC(2031, 0, i + 1)).toISOString(), 'daily', false),
    );
    const now = new Date(Date.UTC(2026, 0, 20, 9)).toISOString();
    const justWritten = backupFileName(now, 'daily', false);
    const past = Array.from({ length: 10 }, (_, i) => at(i + 1, 'daily'));
    const names = [...future, ...past, justWritten];
    // Without the context, the new one is older than ten others: it would go at once.
    expect(backupsToPrune(names)).toContain(justWritten);
    const prune = backupsToPrune(names, undefined, { justWritten, now });
    expect(prune).toEqual([past[0]]);
    expect(isDatedInFuture('2031-01-01T00:00:00.000Z', now)).toBe(true);
    expect(isDatedInFuture(new Date(Date.parse(now) + 60_000).toISOString(), now)).toBe(false);
  });

  it('never prunes a file that is not a backup', () => {
    expect(
      backupsToPrune(['a.json', '../x', 'fieldbook-backup-x.json'], {
        manual: 0,
        daily: 0,
        'pre-import': 0,
        'pre-upgrade': 0,
        'pre-removal': 0,
      }),
    ).toEqual([]);
  });
});

describe('plain backups', () => {
  it('hold every record exactly as the exchange format writes it, and read back the same', () => {
    const records = [variant('a'), variant('b', 'Ünïcødé “Council” 🏛')];
    const text = backupText(buildBackup(records, { createdAt: instant(5), reason: 'daily' }));
    const parsed = JSON.parse(text) as { records: unknown[] };
    expect(parsed.records).toHaveLength(2);
    expect(JSON.stringify(parsed.records[0])).toBe(
      JSON.stringify(
        JSON.parse(writeExchangeText(records[0] ?? sample(), { exportedAt: instant(5) })),
      ),
    );
    const read = inspectBackupText(text);
    if (read.kind !== 'plain') throw new Error(JSON.stringify(read));
    expect(read.backup.createdAt).toBe(instant(5));
    expect(read.backup.reason).toBe('daily');
    expect(read.backup.records.map((r) => r.record)).toEqual(records);
    expect(verifyBackupBytes(bytesOf(text))).toEqual({
      ok: true,
      value: { encrypted: false, records: 2 },
    });
  });

  it('reads an empty backup', () => {
    const text = backupText(buildBackup([], { createdAt: instant(), reason: 'manual' }));
    const read = inspectBackupText(text);
    expect(read.kind === 'plain' && read.backup.records).toEqual([]);
  });

  it('refuses a single record file with a pointer to "Open record…"', () => {
    const read = inspectBackupText(writeExchangeText(sample()));
    expect(read.kind === 'invalid' && read.errors[0]?.expected).toMatch(/Open record/);
  });

  it('refuses a backup from a newer version, saying so', () => {
    const doc = JSON.parse(new TextDecoder().decode(plainBytes())) as Record<string, unknown>;
    const read = inspectBackupText(JSON.stringify({ ...doc, version: 2 }));
    expect(read.kind === 'invalid' && read.errors[0]?.problem).toMatch(/newer CSE Fieldbook/);
  });

  it('names the record and field of a bad record, and refuses the same organisation twice', () => {
    const doc = JSON.parse(new TextDecoder().decode(plainBytes())) as {
      records: Record<string, unknown>[];
    };
    const second = doc.records[1] as { stages: { visitDays: unknown }[] };
    (second.stages[0] as { visitDays: unknown }).visitDays = 'two';
    const bad = inspectBackupText(JSON.stringify(doc));
    expect(bad.kind === 'invalid' && bad.errors.map((e) => e.path)).toEqual([
      '$.records[1].stages[0].visitDays',
    ]);
    const twice = inspectBackupText(
      JSON.stringify({ ...doc, records: [doc.records[0], doc.records[0]] }),
    );
    expect(twice.kind === 'invalid' && twice.errors[0]?.problem).toMatch(
      /also at \$\.records\[0\]/,
    );
    if (bad.kind === 'invalid') expect(describeBackupProblems(bad.errors)).toMatch(/1 problem\)/);
  });
});

describe('encrypted backups', () => {
  it('round-trip with the passphrase and keep nothing readable in the file', async () => {
    const plain = new TextDecoder().decode(plainBytes());
    const sealed = await encryptBackup(plain, 'correct horse battery', nodeCrypto);
    expect(sealed.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(decodeBase64(sealed.kdf.salt)).toHaveLength(16);
    expect(decodeBase64(sealed.cipher.iv)).toHaveLength(12);
    const file = bytesOf(encryptedBackupText(sealed));
    expect(new TextDecoder().decode(file)).not.toMatch(/Council/);
    expect(await openBackup(file, null, nodeCrypto.subtle)).toEqual({ kind: 'needs-passphrase' });
    const opened = await openBackup(file, 'correct horse battery', nodeCrypto.subtle);
    if (opened.kind !== 'opened') throw new Error(JSON.stringify(opened));
    expect(opened.encrypted).toBe(true);
    expect(opened.backup.records.map((r) => r.record.organisation.name)).toEqual([
      'Council a',
      'Council b',
    ]);
    expect(verifyBackupBytes(file)).toEqual({
      ok: true,
      value: { encrypted: true, records: null },
    });
  });

  it('gives one clear message for a wrong passphrase and for a changed file', async () => {
    const sealed = await encryptBackup('{}', 'the right passphrase', nodeCrypto);
    const wrong = await openBackup(
      bytesOf(encryptedBackupText(sealed)),
      'the wrong passphrase',
      nodeCrypto.subtle,
    );
    expect(wrong).toEqual({
      kind: 'invalid',
      errors: [{ path: '$.ciphertext', problem: WRONG_PASSPHRASE_MESSAGE }],
    });
    const bytes = decodeBase64(sealed.ciphertext) ?? new Uint8Array();
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const changed = { ...sealed, ciphertext: encodeBase64(bytes) };
    const tampered = await openBackup(
      bytesOf(JSON.stringify(changed)),
      'the right passphrase',
      nodeCrypto.subtle,
    );
    expect(tampered.kind === 'invalid' && describeBackupProblems(tampered.errors)).toBe(
      WRONG_PASSPHRASE_MESSAGE,
    );
  });

  it('derives the same key from composed and decomposed accents', async () => {
    const sealed = await encryptBackup(
      new TextDecoder().decode(plainBytes()),
      'caf\u00e9 au lait',
      nodeCrypto,
    );
    const opened = await openBackup(
      bytesOf(JSON.stringify(sealed)),
      'cafe\u0301 au lait',
      nodeCrypto.subtle,
    );
    expect(opened.kind).toBe('opened');
  });

  it('refuses weak settings before any hashing', async () => {
    await expect(encryptBackup('{}', 'short', nodeCrypto)).rejects.toThrow(/at least 8/);
    await expect(encryptBackup('{}', 'long enough', nodeCrypto, 1000)).rejects.toThrow(/600000/);
    expect(passphraseProblem('12345678')).toBeNull();
    const sealed = await encryptBackup('{}', 'long enough', nodeCrypto);
    for (const kdf of [
      { ...sealed.kdf, iterations: 1000 },
      { ...sealed.kdf, iterations: 1e12 },
      { ...sealed.kdf, hash: 'SHA-1' },
      { ...sealed.kdf, salt: 'AAAA' },
    ]) {
      const read = inspectBackupText(JSON.stringify({ ...sealed, kdf }));
      expect(read.kind).toBe('invalid');
    }
    expect(
      inspectBackupText(JSON.stringify({ ...sealed, cipher: { name: 'AES-GCM', iv: '!!!!' } }))
        .kind,
    ).toBe('invalid');
    expect(BACKUP_LIMITS.minIterations).toBeGreaterThanOrEqual(600_000);
  });
});

describe('the pure codecs agree with the platform ones', () => {
  it('base64 matches Buffer and refuses non-canonical text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
      }),
    );
    for (const bad of ['A', 'AB=', 'AB==A', 'AR==', 'A\u0000==', 'ab cd', '===='])
      expect(decodeBase64(bad)).toBeNull();
  });

  it('UTF-8 matches TextEncoder, and the decoder is as strict as a fatal TextDecoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(encodeUtf8(text)).toEqual(new TextEncoder().encode(text));
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let expected: string | null;
        try {
          expected = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          expected = null;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
