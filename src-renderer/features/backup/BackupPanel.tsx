import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';
import { backupDepsFrom } from './backup-deps';
import { describeBackup } from './backup-text';
import { BackupList } from './BackupList';
import { BackupNowForm } from './BackupNowForm';
import type { RestoreSource } from './RestoreFlow';
import { RestoreFlow } from './RestoreFlow';
import { useAfterRestore } from './use-after-restore';
import { useBackups } from './use-backups';
import './backup.css';

interface Props {
  /** Start by restoring this kept backup (the empty-fieldbook offer). */
  readonly restoreFirst?: BackupInfo;
  /** Closes the dialog the panel sits in. */
  readonly onClose: () => void;
}

/**
 * The Backups panel: back up now (optionally with a passphrase), the kept backups with
 * Restore… and Save a copy…, and restoring from any backup file.
 */
export function BackupPanel({ restoreFirst, onClose }: Props): ReactElement {
  const appDeps = useDeps();
  const flush = useApp((s) => s.flush);
  const deps = useMemo(() => backupDepsFrom(appDeps, flush), [appDeps, flush]);
  const store = appDeps.platform.backups;
  const list = useBackups(store);
  const afterRestore = useAfterRestore();
  const [source, setSource] = useState<RestoreSource | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const fail = (what: string, error: unknown): void =>
    setProblem(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  const restoreKept = async (backup: BackupInfo): Promise<void> => {
    if (!store) return;
    try {
      setSource({
        label: describeBackup(backup),
        kind: 'kept',
        bytes: await store.read(backup.name),
      });
    } catch (error) {
      fail('The backup could not be read', error);
    }
  };
  useEffect(() => {
    // Once, on opening with a backup to restore (the empty-fieldbook offer).
    if (restoreFirst !== undefined) void restoreKept(restoreFirst);
  }, [restoreFirst]);
  const restoreFile = async (): Promise<void> => {
    try {
      const file = await appDeps.platform.openFile('record');
      if (file) setSource({ label: file.name, kind: 'file', bytes: file.bytes });
    } catch (error) {
      fail('The file could not be opened', error);
    }
  };
  const download = async (backup: BackupInfo): Promise<void> => {
    if (!store) return;
    try {
      const result = await appDeps.platform.saveFile(
        'record',
        backup.name,
        await store.read(backup.name),
      );
      if (!result.saved && result.reason === 'failed')
        setProblem(result.message ?? 'The copy was not saved.');
    } catch (error) {
      fail('The copy was not saved', error);
    }
  };

  if (source !== null) {
    return (
      <RestoreFlow
        deps={deps}
        source={source}
        onRestored={afterRestore}
        onClose={() => {
          setSource(null);
          if (restoreFirst !== undefined) onClose();
          void list.refresh();
        }}
      />
    );
  }
  return (
    <div className="backup-panel">
      {store ? (
        <>
          <p className="muted">
            CSE Fieldbook backs up every organisation each day, after each update and before each
            import, keeping the latest ones in {store.location}.
          </p>
          <BackupNowForm deps={deps} onKept={() => void list.refresh()} />
          {(list.error ?? problem) ? (
            <p role="alert" className="problem">
              {list.error ?? problem}
            </p>
          ) : null}
          {list.backups === null ? (
            <p className="muted">Loading…</p>
          ) : (
            <BackupList
              now={appDeps.now()}
              backups={list.backups}
              onRestore={(b) => void restoreKept(b)}
              onDownload={(b) => void download(b)}
            />
          )}
        </>
      ) : (
        <p className="muted">This version keeps no backups; save records as files instead.</p>
      )}
      <div className="backup-actions">
        <button type="button" className="btn" onClick={() => void restoreFile()}>
          Restore from a backup file…
        </button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
