import type { BackupInfo } from '../../../shared/ipc/contract';
import type { BackupDeps, BackupOutcome } from './backup-service';
import { makeBackup } from './backup-service';
import { isDatedInFuture } from '../../../shared/backup/retention';

/**
 * When the app backs up by itself: once a day while it is used, once after each update (the
 * first start of a new version), and before each import. Automatic backups are plain (there is
 * no passphrase to ask for) and never of an empty fieldbook.
 */

/** A daily backup is due when the newest is older than this (a day, less some slack). */
export const DAILY_INTERVAL_MS = 20 * 60 * 60 * 1000;
/** How often a running app checks whether a daily backup is due. */
export const CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Remembers the app version that last started, to notice updates. */
export interface VersionMemory {
  get(): string | null;
  set(version: string): void;
}

/**
 * True when no daily backup is younger than `DAILY_INTERVAL_MS` at `now`. Backups dated in the
 * future (a wrong clock) do not count: one dated next year must not stop every daily backup.
 */
export function dailyBackupDue(backups: readonly BackupInfo[], now: string): boolean {
  const newest = backups.find((b) => b.reason === 'daily' && !isDatedInFuture(b.createdAt, now));
  if (newest === undefined) return true;
  return Date.parse(now) - Date.parse(newest.createdAt) >= DAILY_INTERVAL_MS;
}

/** What the automatic backups did on one check. */
export interface AutomaticReport {
  readonly preUpgrade: BackupOutcome | null;
  readonly daily: BackupOutcome | null;
}

/**
 * One check: a pre-upgrade backup when `appVersion` differs from the last started version
 * (which is then remembered), and a daily backup when one is due. Never throws.
 */
export async function runAutomaticBackups(
  deps: BackupDeps,
  appVersion: string,
  memory: VersionMemory,
): Promise<AutomaticReport> {
  const store = deps.platform.backups;
  if (store === undefined) return { preUpgrade: null, daily: null };
  let preUpgrade: BackupOutcome | null = null;
  const last = memory.get();
  if (last !== appVersion) {
    preUpgrade = await makeBackup(deps, 'pre-upgrade');
    // An update with nothing stored needs no backup; a failed one is retried next start.
    if (preUpgrade.kind !== 'failed') memory.set(appVersion);
  }
  let daily: BackupOutcome | null = null;
  try {
    if (dailyBackupDue(await store.list(), deps.now())) daily = await makeBackup(deps, 'daily');
  } catch (error) {
    daily = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return { preUpgrade, daily };
}

/**
 * Runs `runAutomaticBackups` now and every `CHECK_INTERVAL_MS`; failures are reported to
 * `onFailure` (the app shows them) and retried on the next check. Returns the stop function.
 */
export function startAutomaticBackups(
  deps: BackupDeps,
  appVersion: string,
  memory: VersionMemory,
  onFailure: (message: string) => void = (message) => console.warn(message),
): () => void {
  let running = false;
  const check = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const report = await runAutomaticBackups(deps, appVersion, memory);
      for (const outcome of [report.preUpgrade, report.daily]) {
        if (outcome?.kind === 'failed') onFailure(outcome.message);
      }
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), CHECK_INTERVAL_MS);
  return () => clearInterval(timer);
}

/**
 * The backup to make before an import or restore writes over stored records. `empty` (nothing
 * stored, nothing to lose) counts as success; the caller should not write when it `failed`.
 */
export function backupBeforeImport(deps: BackupDeps): Promise<BackupOutcome> {
  return makeBackup(deps, 'pre-import');
}

/** The backup to make before a stage is removed; the removal should not happen when it failed. */
export function backupBeforeRemoval(deps: BackupDeps): Promise<BackupOutcome> {
  return makeBackup(deps, 'pre-removal');
}
