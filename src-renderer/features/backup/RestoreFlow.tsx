import { useEffect, useId, useState } from 'react';
import type { ReactElement } from 'react';
import type { ExchangeError } from '../../../shared/exchange/errors';
import {
  WRONG_PASSPHRASE_MESSAGE,
  describeBackupProblems,
  openBackup,
} from '../../../shared/backup/parse';
import type { ReadBackup } from '../../../shared/backup/parse';
import type { OrganisationId } from '../../../shared/types/ids';
import { backupBeforeImport } from '../../services/backup/automatic-backups';
import type { BackupDeps } from '../../services/backup/backup-service';
import { formatWhen } from './backup-text';
import type { RestorePlan, RestoreReport } from '../../services/backup/restore-service';
import { applyRestore, planRestore, writesSomething } from '../../services/backup/restore-service';
import { RestorePreview } from './RestorePreview';
import { RestoreResult } from './RestoreResult';
import { webCheckCrypto } from '../../services/crypto/web-sha256';

/** A backup file to restore from: where it came from (for the title) and its bytes. */
export interface RestoreSource {
  /** A kept backup described in words (its date included), or a file's name. */
  readonly label: string;
  readonly kind: 'kept' | 'file';
  readonly bytes: Uint8Array;
}

type Step =
  | { readonly kind: 'reading' }
  | { readonly kind: 'passphrase'; readonly wrong: boolean }
  | { readonly kind: 'invalid'; readonly errors: readonly ExchangeError[] }
  | { readonly kind: 'preview'; readonly backup: ReadBackup; readonly plan: RestorePlan }
  | { readonly kind: 'writing' }
  | { readonly kind: 'done'; readonly report: RestoreReport }
  | { readonly kind: 'refused'; readonly message: string };

interface Props {
  readonly deps: BackupDeps;
  readonly source: RestoreSource;
  readonly onClose: () => void;
  /** After anything was written (reload what is on screen). */
  readonly onRestored: () => Promise<void>;
}

/**
 * Restoring: read (asking for the passphrase of an encrypted backup), show per organisation
 * what would change, and only on "Restore" back up what is stored now and write the chosen
 * organisations. Nothing is written before that click.
 */
export function RestoreFlow({ deps, source, onClose, onRestored }: Props): ReactElement {
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [passphrase, setPassphrase] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<OrganisationId>>(new Set());

  const read = async (pass: string | null): Promise<void> => {
    setStep({ kind: 'reading' });
    const opened = await openBackup(source.bytes, pass, deps.crypto.subtle);
    if (opened.kind === 'needs-passphrase') return setStep({ kind: 'passphrase', wrong: false });
    if (opened.kind === 'invalid') {
      const wrong = opened.errors[0]?.problem === WRONG_PASSPHRASE_MESSAGE;
      return setStep(
        wrong ? { kind: 'passphrase', wrong } : { kind: 'invalid', errors: opened.errors },
      );
    }
    try {
      await deps.flush?.();
      const plan = await planRestore(deps.repository, opened.backup, webCheckCrypto());
      setChosen(new Set(plan.filter(writesSomething).map((i) => i.record.organisation.id)));
      setStep({ kind: 'preview', backup: opened.backup, plan });
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
  useEffect(() => {
    // Read once per source (`read` is a new function each render, and need not re-run).
    void read(null);
  }, [source]);

  const restore = async (plan: RestorePlan): Promise<void> => {
    setStep({ kind: 'writing' });
    const safety = await backupBeforeImport(deps);
    if (safety.kind === 'failed') {
      return setStep({
        kind: 'refused',
        message: `${safety.message} So that nothing can be lost, nothing was restored.`,
      });
    }
    const report = await applyRestore(deps.repository, plan, chosen);
    if (report.restored.length > 0) await onRestored();
    setStep({ kind: 'done', report });
  };

  const close = (
    <button type="button" className="btn" onClick={onClose}>
      {step.kind === 'done' ? 'Close' : 'Cancel'}
    </button>
  );
  switch (step.kind) {
    case 'reading':
    case 'writing':
      return (
        <p className="muted" role="status">
          {step.kind === 'reading' ? 'Reading the backup…' : 'Restoring…'}
        </p>
      );
    case 'passphrase':
      return (
        <form
          className="restore-step"
          onSubmit={(e) => {
            e.preventDefault();
            void read(passphrase);
          }}
        >
          <p>
            <strong>{source.label}</strong> is encrypted. Type the passphrase it was made with.
          </p>
          <div className="field">
            <label htmlFor={`${id}-pass`}>Passphrase</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          {step.wrong ? (
            <p role="alert" className="problem">
              {WRONG_PASSPHRASE_MESSAGE}
            </p>
          ) : null}
          <div className="backup-actions">
            {close}
            <button type="submit" className="btn primary" disabled={passphrase === ''}>
              Open backup
            </button>
          </div>
        </form>
      );
    case 'invalid':
      return (
        <div className="restore-step">
          <p role="alert">{describeBackupProblems(step.errors)}</p>
          <ul className="error-list" aria-label="Problems in the backup">
            {step.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.problem}
                {e.expected ? ` — expected ${e.expected}` : ''}
              </li>
            ))}
          </ul>
          <div className="backup-actions">{close}</div>
        </div>
      );
    case 'preview': {
      const count = step.plan.filter(
        (i) => writesSomething(i) && chosen.has(i.record.organisation.id),
      ).length;
      const toggle = (org: OrganisationId): void => {
        const next = new Set(chosen);
        if (!next.delete(org)) next.add(org);
        setChosen(next);
      };
      return (
        <div className="restore-step">
          <p>
            <strong>{source.label}</strong>
            {source.kind === 'file'
              ? `, made on ${formatWhen(step.backup.createdAt)},`
              : ''} holds {step.backup.records.length} organisation
            {step.backup.records.length === 1 ? '' : 's'}. Organisations not in it are left as they
            are.
          </p>
          <RestorePreview plan={step.plan} chosen={chosen} onToggle={toggle} />
          <p className="hint">
            Before writing anything, CSE Fieldbook backs up what is stored now, and every replaced
            field is kept in the change log.
          </p>
          <div className="backup-actions">
            {close}
            <button
              type="button"
              className="btn primary"
              disabled={count === 0}
              onClick={() => void restore(step.plan)}
            >
              Restore {count} organisation{count === 1 ? '' : 's'}
            </button>
          </div>
        </div>
      );
    }
    case 'done':
      return <RestoreResult report={step.report} footer={close} />;
    case 'refused':
      return (
        <div className="restore-step">
          <p role="alert" className="problem">
            {step.message}
          </p>
          <div className="backup-actions">{close}</div>
        </div>
      );
  }
}
