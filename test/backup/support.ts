// Shared helpers of the backup tests: Node's WebCrypto as the backup crypto, fixed randomness.
import type { BackupCrypto } from '../../shared/backup/crypto';
import type { BackupNameInfo } from '../../shared/backup/names';
import { parseBackupFileName } from '../../shared/backup/names';
import { verifyBackupBytes } from '../../shared/backup/parse';
import { backupsToPrune } from '../../shared/backup/retention';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { BackupStore, Platform } from '../../src-renderer/platform/platform';
import { readExchangeText } from '../../shared/exchange/read';
import type { AssessmentRecord } from '../../shared/types/record';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Node 20's WebCrypto, exactly what the renderer passes in a browser or Electron. */
export const nodeCrypto: BackupCrypto = {
  subtle: webcrypto.subtle,
  randomBytes: (length) => webcrypto.getRandomValues(new Uint8Array(length)),
};

/** A stamp for a backup made `minutes` after 2026-01-01T09:00Z. */
export function instant(minutes = 0): string {
  return new Date(Date.UTC(2026, 0, 1, 9, minutes)).toISOString();
}

/** The text of test/fixtures/sample-record.json, a realistic four-stage record. */
export const SAMPLE_TEXT = readFileSync(
  new URL('../fixtures/sample-record.json', import.meta.url),
  'utf8',
);

/** The sample record as read from its file. */
export function sample(): AssessmentRecord {
  const read = readExchangeText(SAMPLE_TEXT);
  if (!read.ok) throw new Error('the sample record does not read');
  return read.value.record;
}

/** The sample record as another organisation: its own ids (stage references too) and name. */
export function variant(tag: string, name = `Council ${tag}`): AssessmentRecord {
  const text = SAMPLE_TEXT.replaceAll('"org-northfield-university"', `"org-${tag}"`)
    .replaceAll('"stage-', `"stage-${tag}-`)
    .replaceAll('@stage-', `@stage-${tag}-`);
  const read = readExchangeText(text);
  if (!read.ok) throw new Error(`variant ${tag} does not read`);
  return { ...read.value.record, organisation: { ...read.value.record.organisation, name } };
}

/** An in-memory BackupStore with the same contract as main's folder (verify, prune). */
export class MemoryBackupStore implements BackupStore {
  readonly files = new Map<string, Uint8Array>();
  readonly location = 'memory';
  failWrites: string | null = null;

  async write(name: string, bytes: Uint8Array): Promise<BackupInfo> {
    if (this.failWrites !== null) throw new Error(this.failWrites);
    const info = parseBackupFileName(name);
    if (info === null || this.files.has(name)) throw new Error(`refused ${name}`);
    const checked = verifyBackupBytes(bytes);
    if (!checked.ok) throw new Error('not a backup');
    this.files.set(name, bytes.slice());
    const context = { justWritten: name, now: info.createdAt };
    for (const old of backupsToPrune([...this.files.keys()], undefined, context)) {
      this.files.delete(old);
    }
    return { ...info, size: bytes.byteLength };
  }

  async list(): Promise<BackupInfo[]> {
    return [...this.files.entries()]
      .map(([name, bytes]) => ({
        ...(parseBackupFileName(name) as BackupNameInfo),
        size: bytes.byteLength,
      }))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  async read(name: string): Promise<Uint8Array> {
    const bytes = this.files.get(name);
    if (!bytes) throw new Error(`no backup ${name}`);
    return bytes;
  }
}

/** A Platform with `store` for backups and nothing else working. */
export function backupPlatform(store: BackupStore | undefined): Platform {
  const unused = (): never => {
    throw new Error('not used in backup tests');
  };
  return {
    kind: 'web',
    openFile: unused,
    saveFile: unused,
    appInfo: unused,
    onMenuCommand: () => () => undefined,
    onBeforeClose: () => () => undefined,
    ...(store ? { backups: store } : {}),
  };
}
