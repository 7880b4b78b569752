import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';

interface Props {
  readonly record: AssessmentRecord;
  /** The stage shown, or null on the organisation's details. */
  readonly current: StageId | null;
}

/** Tabs: the organisation's details, then one per stage in order. */
export function StageTabs({ record, current }: Props): ReactElement {
  const org = record.organisation.id;
  return (
    <nav className="tabs" aria-label="Organisation and stages">
      <a href={`#/org/${org}`} aria-current={current === null ? 'page' : undefined}>
        Details &amp; key dates
      </a>
      {record.stages.map((stage) => (
        <a
          key={stage.id}
          href={`#/org/${org}/stage/${stage.id}`}
          aria-current={current === stage.id ? 'page' : undefined}
        >
          {stageTitle(stage)}
        </a>
      ))}
    </nav>
  );
}
