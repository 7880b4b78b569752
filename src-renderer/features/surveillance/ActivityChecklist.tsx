import type { ReactElement } from 'react';
import type { ActivityStatus } from '../../../shared/surveillance/checklists';
import type { StageId } from '../../../shared/types/ids';
import { ChecklistNote } from './ChecklistNote';
import { editActivity } from './surveillance-changes';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly activities: readonly ActivityStatus[];
  /** The stage that records the ticks; `null` until it is started (the list is then read-only). */
  readonly stageId: StageId | null;
  readonly stageName: string;
  readonly onEdit: EditSurveillance;
}

/** The generic activities of every surveillance visit, tickable, each with a short note. */
export function ActivityChecklist({ activities, stageId, stageName, onEdit }: Props): ReactElement {
  const done = activities.filter((a) => a.done).length;
  return (
    <section className="panel" aria-labelledby="sv-acts-title" data-testid="activities">
      <header>
        <h2 id="sv-acts-title" className="sv-h2">
          Activities
        </h2>
        <span className={`sv-badge ${done === activities.length ? 'done' : 'not-started'}`}>
          {done} of {activities.length} done
        </span>
      </header>
      {stageId === null ? (
        <p className="sv-note sv-small sv-inset">Ticked on {stageName} once it is started.</p>
      ) : null}
      <table className="sv-check-table">
        <thead>
          <tr>
            <th scope="col">Done</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.activity} data-activity={a.activity}>
              <td>
                <label className="check sv-check-label">
                  <input
                    type="checkbox"
                    checked={a.done}
                    disabled={stageId === null}
                    onChange={(e) => {
                      if (stageId === null) return;
                      const checked = e.target.checked;
                      onEdit(stageId, (s) => editActivity(s, a.activity, { done: checked }));
                    }}
                  />
                  <span>{a.name}</span>
                </label>
              </td>
              <td className="sv-col-note">
                {stageId === null ? null : (
                  <ChecklistNote
                    id={`sv-act-${a.activity}-note`}
                    label={`Note on ${a.name}`}
                    placeholder="what was seen, with whom"
                    value={a.note}
                    onNote={(note) => onEdit(stageId, (s) => editActivity(s, a.activity, { note }))}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
