import { Fragment } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';

interface Props {
  readonly record: AssessmentRecord;
  /** The stage shown, or null on the organisation's details. */
  readonly current: StageId | null;
  /**
   * A page other than the workbook is shown: the plan pages, the library, or for stage `current`
   * its surveillance report or its assessment report.
   */
  readonly page?: 'plan' | 'report' | 'assessment-report' | 'library';
}

/**
 * Tabs: the organisation's details, then one per stage in order (surveillance stages with a link
 * to their report; a stage's tab stays current on its assessment report, see StagePages), then
 * the surveillance plan and development points.
 */
export function StageTabs({ record, current, page }: Props): ReactElement {
  const org = record.organisation.id;
  return (
    <nav className="tabs" aria-label="Organisation and stages">
      <a
        href={`#/org/${org}`}
        aria-current={current === null && page === undefined ? 'page' : undefined}
      >
        Details &amp; key dates
      </a>
      {record.stages.map((stage) => (
        <Fragment key={stage.id}>
          <a
            href={`#/org/${org}/stage/${stage.id}`}
            aria-current={
              current === stage.id && (page === undefined || page === 'assessment-report')
                ? 'page'
                : undefined
            }
          >
            {stageTitle(stage)}
          </a>
          {stage.kind === 'surveillance-1' || stage.kind === 'surveillance-2' ? (
            <a
              className="tab-report"
              href={`#/org/${org}/stage/${stage.id}/report`}
              aria-label={`${stageTitle(stage)} report`}
              aria-current={current === stage.id && page === 'report' ? 'page' : undefined}
            >
              Report
            </a>
          ) : null}
        </Fragment>
      ))}
      <a
        className="tab-plan"
        href={`#/org/${org}/plan`}
        aria-current={page === 'plan' ? 'page' : undefined}
      >
        Plan &amp; development points
      </a>
      <a
        className="tab-library"
        href={`#/org/${org}/library`}
        aria-current={page === 'library' ? 'page' : undefined}
      >
        Evidence library
      </a>
    </nav>
  );
}
