import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { OrganisationId } from '../../../shared/types/ids';
import type { Stage } from '../../../shared/types/record';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stage: Stage;
  /** The page shown. */
  readonly page: 'workbook' | 'assessment-report' | 'report';
}

/**
 * The pages of one stage, under the stage tabs: its workbook, its assessment report and, for a
 * surveillance, its surveillance report.
 */
export function StagePages({ organisationId, stage, page }: Props): ReactElement {
  const base = `#/org/${organisationId}/stage/${stage.id}`;
  const current = (p: Props['page']): 'page' | undefined => (p === page ? 'page' : undefined);
  const surveillance = stage.kind === 'surveillance-1' || stage.kind === 'surveillance-2';
  return (
    <nav className="stage-pages" aria-label={`${stageTitle(stage)}: pages`}>
      <a href={base} aria-current={current('workbook')}>
        Workbook
      </a>
      <a href={`${base}/assessment-report`} aria-current={current('assessment-report')}>
        Assessment report
      </a>
      {surveillance ? (
        <a href={`${base}/report`} aria-current={current('report')}>
          Surveillance report
        </a>
      ) : null}
    </nav>
  );
}
