import type { ReactElement, ReactNode } from 'react';
import type { RestoreReport } from '../../services/backup/restore-service';

/** What a restore did: restored, already the same, and not restored (with why). */
export function RestoreResult({
  report,
  footer,
}: {
  readonly report: RestoreReport;
  readonly footer: ReactNode;
}): ReactElement {
  const { restored, unchanged, failed } = report;
  return (
    <div className="restore-step" role="status">
      <p>
        {restored.length > 0
          ? `Restored ${restored.length} organisation${restored.length === 1 ? '' : 's'}: ${restored.join(', ')}.`
          : 'Nothing was restored.'}
        {unchanged.length > 0 ? ` Already the same: ${unchanged.join(', ')}.` : ''}
      </p>
      {failed.length > 0 ? (
        <>
          <p role="alert" className="problem">
            Not restored ({failed.length}); what is stored for {failed.length === 1 ? 'it' : 'them'}{' '}
            was not changed:
          </p>
          <ul className="error-list">
            {failed.map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="backup-actions">{footer}</div>
    </div>
  );
}
