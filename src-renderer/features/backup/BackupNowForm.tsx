import { useId, useState } from 'react';
import type { ReactElement } from 'react';
import { passphraseProblem } from '../../../shared/backup/build';
import type { BackupDeps, BackupOutcome } from '../../services/backup/backup-service';
import { makeBackup } from '../../services/backup/backup-service';
import { formatSize } from './backup-text';

interface Props {
  readonly deps: BackupDeps;
  /** After a backup was kept (to list it). */
  readonly onKept: () => void;
}

function outcomeText(outcome: BackupOutcome): string {
  switch (outcome.kind) {
    case 'kept':
      return `Backed up ${outcome.organisations} organisation${outcome.organisations === 1 ? '' : 's'} (${formatSize(outcome.info.size)}), checked after writing.`;
    case 'empty':
      return 'There is nothing to back up yet: the fieldbook holds no organisation.';
    case 'failed':
      return outcome.message;
  }
}

/** "Back up now", optionally protected with a passphrase typed twice. */
export function BackupNowForm({ deps, onKept }: Props): ReactElement {
  const id = useId();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BackupOutcome | null>(null);
  const problem = !encrypt
    ? null
    : (passphraseProblem(passphrase) ??
      (again !== passphrase ? 'The two passphrases are not the same.' : null));
  const submit = async (): Promise<void> => {
    if (busy || problem !== null) return;
    setBusy(true);
    setResult(null);
    const outcome = await makeBackup(deps, 'manual', encrypt ? passphrase : null);
    setBusy(false);
    setResult(outcome);
    if (outcome.kind === 'kept') {
      setPassphrase('');
      setAgain('');
      onKept();
    }
  };
  return (
    <form
      className="backup-now"
      aria-label="Back up now"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="check">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
        Protect this backup with a passphrase
      </label>
      {encrypt ? (
        <div className="backup-passphrase">
          <div className="field">
            <label htmlFor={`${id}-pass`}>Passphrase</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-again`}>Passphrase again</label>
            <input
              id={`${id}-again`}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </div>
          <p className="hint">
            Without this passphrase nobody, you included, can restore the backup. Keep it somewhere
            safe; CSE Fieldbook does not store it.
          </p>
          {passphrase !== '' && problem !== null ? <p className="problem">{problem}</p> : null}
        </div>
      ) : null}
      <div className="backup-actions">
        <button type="submit" className="btn primary" disabled={busy || problem !== null}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        {result ? (
          <p
            role={result.kind === 'failed' ? 'alert' : 'status'}
            className={result.kind === 'failed' ? 'problem' : 'muted'}
          >
            {outcomeText(result)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
