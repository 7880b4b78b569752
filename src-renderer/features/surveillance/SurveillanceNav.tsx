import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';

/** Which surveillance page is shown. */
export type SurveillancePage =
  | { readonly kind: 'plan' }
  | { readonly kind: 'points' }
  | { readonly kind: 'on-site'; readonly stageId: StageId };

interface Props {
  readonly record: AssessmentRecord;
  readonly page: SurveillancePage;
  /** Development points not cleared, shown on the points link. */
  readonly openPoints: number;
}

/** The pages of the plan: the plan itself, the development points, each surveillance's on-site plan. */
export function SurveillanceNav({ record, page, openPoints }: Props): ReactElement {
  const org = record.organisation.id;
  const surveillances = record.stages.filter(
    (s) => s.kind === 'surveillance-1' || s.kind === 'surveillance-2',
  );
  const current = (on: boolean): 'page' | undefined => (on ? 'page' : undefined);
  return (
    <nav className="sv-subnav" aria-label="Surveillance plan pages">
      <a href={`#/org/${org}/plan`} aria-current={current(page.kind === 'plan')}>
        Plan &amp; dates
      </a>
      <a href={`#/org/${org}/points`} aria-current={current(page.kind === 'points')}>
        Development points
        <span className="sv-count" aria-label={`${openPoints} not cleared`}>
          {openPoints}
        </span>
      </a>
      {surveillances.map((stage) => (
        <a
          key={stage.id}
          href={`#/org/${org}/stage/${stage.id}/on-site`}
          aria-current={current(page.kind === 'on-site' && page.stageId === stage.id)}
        >
          On-site plan · {stageTitle(stage)}
        </a>
      ))}
    </nav>
  );
}
