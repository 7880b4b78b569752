import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import { useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';
import { describeError } from '../../state/describe-error';
import type { HistoryLine } from './history-lines';
import { formatInstant, historyLines } from './history-lines';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  readonly element: ElementId;
}

/**
 * The audit trail of one element at one stage: every change to a mark or text field, when,
 * old → new. Pending edits are written first so the list is complete.
 */
export function ElementHistory({ organisationId, stageId, element }: Props): ReactElement {
  const { repository } = useDeps();
  const flush = useApp((s) => s.flush);
  const [lines, setLines] = useState<HistoryLine[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await flush();
        const changes = await repository.listChanges({
          organisationId,
          stageId,
          elementId: element,
        });
        if (live) setLines(historyLines(changes));
      } catch (error) {
        if (live) setProblem(describeError(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [repository, flush, organisationId, stageId, element]);

  if (problem) return <p className="problem">{problem}</p>;
  if (lines === null) return <p className="muted">Loading history…</p>;
  if (lines.length === 0)
    return <p className="muted">No changes recorded for {element} at this stage yet.</p>;
  return (
    <ol className="history" aria-label={`Change history of ${element}`}>
      {lines.map((line) => (
        <li key={line.id}>
          <span className="when">{formatInstant(line.at)}</span> <strong>{line.field}</strong>:{' '}
          {line.summary}
          {line.before !== null ? (
            <details>
              <summary>Show text</summary>
              <div className="history-texts">
                <div>
                  <span className="label">Before</span>
                  <pre>{line.before || '—'}</pre>
                </div>
                <div>
                  <span className="label">After</span>
                  <pre>{line.after || '—'}</pre>
                </div>
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
