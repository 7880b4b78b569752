import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { ExchangeError } from '../../../shared/exchange/errors';
import { WRONG_PASSPHRASE_MESSAGE, describeBackupProblems } from '../../../shared/backup/parse';
import type { ReadBackup } from '../../../shared/backup/parse';
import type { OrganisationId } from '../../../shared/types/ids';
import type { RestorePlan } from '../../services/backup/restore-service';
import { writesSomething } from '../../services/backup/restore-service';
import { formatWhen } from './backup-text';
import { RestorePreview } from './RestorePreview';

// The steps of RestoreFlow that ask or show something: each gets its `close` button (Cancel).

/** An encrypted backup: its passphrase, kept by the flow so a wrong one can be corrected. */
export function PassphraseStep({
  label,
  wrong,
  passphrase,
  onChange,
  onOpen,
  close,
}: {
  readonly label: string;
  /** The passphrase typed before did not open it. */
  readonly wrong: boolean;
  readonly passphrase: string;
  readonly onChange: (passphrase: string) => void;
  readonly onOpen: () => void;
  readonly close: ReactNode;
}): ReactElement {
  const id = useId();
  return (
    <form
      className="restore-step"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen();
      }}
    >
      <p>
        <strong>{label}</strong> is encrypted. Type the passphrase it was made with.
      </p>
      <div className="field">
        <label htmlFor={`${id}-pass`}>Passphrase</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      {wrong ? (
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
}

/** A file that is not a backup this app can read: why, and its first 20 problems. */
export function InvalidBackupStep({
  errors,
  close,
}: {
  readonly errors: readonly ExchangeError[];
  readonly close: ReactNode;
}): ReactElement {
  return (
    <div className="restore-step">
      <p role="alert">{describeBackupProblems(errors)}</p>
      <ul className="error-list" aria-label="Problems in the backup">
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}>
            <code>{e.path}</code>: {e.problem}
            {e.expected ? ` — expected ${e.expected}` : ''}
          </li>
        ))}
      </ul>
      <div className="backup-actions">{close}</div>
    </div>
  );
}

/** What restoring would change, per organisation, with the organisations to restore chosen. */
export function PreviewStep({
  source,
  backup,
  plan,
  chosen,
  onChoose,
  onRestore,
  close,
}: {
  /** Where the backup came from (RestoreSource): a file's date is shown, a kept one's is in its label. */
  readonly source: { readonly label: string; readonly kind: 'kept' | 'file' };
  readonly backup: ReadBackup;
  readonly plan: RestorePlan;
  readonly chosen: ReadonlySet<OrganisationId>;
  readonly onChoose: (chosen: ReadonlySet<OrganisationId>) => void;
  readonly onRestore: () => void;
  readonly close: ReactNode;
}): ReactElement {
  const count = plan.filter(
    (i) => writesSomething(i) && chosen.has(i.record.organisation.id),
  ).length;
  const toggle = (org: OrganisationId): void => {
    const next = new Set(chosen);
    if (!next.delete(org)) next.add(org);
    onChoose(next);
  };
  return (
    <div className="restore-step">
      <p>
        <strong>{source.label}</strong>
        {source.kind === 'file' ? `, made on ${formatWhen(backup.createdAt)},` : ''} holds{' '}
        {backup.records.length} organisation
        {backup.records.length === 1 ? '' : 's'}. Organisations not in it are left as they are.
      </p>
      <RestorePreview plan={plan} chosen={chosen} onToggle={toggle} />
      <p className="hint">
        Before writing anything, CSE Fieldbook backs up what is stored now, and every replaced field
        is kept in the change log.
      </p>
      <div className="backup-actions">
        {close}
        <button type="button" className="btn primary" disabled={count === 0} onClick={onRestore}>
          Restore {count} organisation{count === 1 ? '' : 's'}
        </button>
      </div>
    </div>
  );
}
