import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import { trackDevelopmentPoints } from '../../../shared/surveillance/development-points';
import type { OrganisationId } from '../../../shared/types/ids';
import { StageTabs } from '../organisation/StageTabs';
import { PointCard } from './PointCard';
import { currentStage, filterPoints, POINT_FILTER_NAMES, POINT_FILTERS } from './points-view';
import type { PointFilter } from './points-view';
import { RecordProblem } from './RecordProblem';
import { SurveillanceNav } from './SurveillanceNav';
import { useEditSurveillance, useOrganisationRecord } from './use-surveillance-record';
import './surveillance.css';

/**
 * Every development point of the organisation across its stages: element, statement, the mark
 * that raised it (NC flagged), where it was raised, its status at each stage, and the client's
 * response and assessor's update, editable for the stage in hand.
 */
export function PointsScreen({
  organisationId,
}: {
  readonly organisationId: OrganisationId;
}): ReactElement {
  const { record, error } = useOrganisationRecord(organisationId);
  const onEdit = useEditSurveillance();
  const [filter, setFilter] = useState<PointFilter>('all');
  const tracked = useMemo(() => (record ? trackDevelopmentPoints(record) : null), [record]);
  if (!record || !tracked) return <RecordProblem error={error} />;
  const current = currentStage(record);
  const points = tracked.points;
  const shown = filterPoints(points, filter);
  const count = (f: PointFilter): number => filterPoints(points, f).length;
  return (
    <>
      <StageTabs record={record} current={null} page="plan" />
      <SurveillanceNav record={record} page={{ kind: 'points' }} openPoints={count('open')} />
      <div className="sv-page-head">
        <h1 className="sv-h1">Development points</h1>
        {current ? (
          <span className="muted">
            Progress is recorded for {stageTitle(current)}, the latest stage.
          </span>
        ) : null}
        <span className="spacer" />
        <div className="chips" role="group" aria-label="Show">
          {POINT_FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              className="chip"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
            >
              {POINT_FILTER_NAMES[f]} ({count(f)})
            </button>
          ))}
        </div>
      </div>
      {tracked.warnings.length > 0 ? (
        <ul className="reasons warnings sv-warnings" aria-label="Warnings">
          {tracked.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {points.length === 0 ? (
        <p className="empty">
          No development points yet: they are raised by final marks of P or NC.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">No development point matches this filter.</p>
      ) : (
        <div className="sv-points" data-testid="points">
          {shown.map((point) => (
            <PointCard key={point.id} point={point} current={current} onEdit={onEdit} />
          ))}
        </div>
      )}
    </>
  );
}
