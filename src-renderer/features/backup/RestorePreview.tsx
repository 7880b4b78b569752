import type { ReactElement } from 'react';
import { describeRecordChange } from '../../../shared/backup/diff';
import type { OrganisationId } from '../../../shared/types/ids';
import type { RestorePlan } from '../../services/backup/restore-service';
import { writesSomething } from '../../services/backup/restore-service';

interface Props {
  readonly plan: RestorePlan;
  readonly chosen: ReadonlySet<OrganisationId>;
  readonly onToggle: (id: OrganisationId) => void;
}

/** Per organisation of the backup: what restoring it would do here, and whether to. */
export function RestorePreview({ plan, chosen, onToggle }: Props): ReactElement {
  return (
    <table className="grid restore-preview" aria-label="What the restore would change">
      <thead>
        <tr>
          <th>Restore</th>
          <th>Organisation</th>
          <th>What would happen</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((item) => {
          const { id, name, reference } = item.record.organisation;
          const possible = writesSomething(item);
          const label = `Restore ${name}`;
          return (
            <tr key={id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={label}
                  checked={possible && chosen.has(id)}
                  disabled={!possible}
                  onChange={() => onToggle(id)}
                />
              </td>
              <td>
                <strong>{name}</strong>
                {reference ? <div className="muted">{reference}</div> : null}
              </td>
              <td className={`restore-${item.change.kind}`}>
                {item.change.kind === 'blocked'
                  ? `Cannot restore: ${item.change.reason}`
                  : describeRecordChange(item.change)}
                {item.notes.map((line) => (
                  <div key={line} className="muted">
                    {line}
                  </div>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
