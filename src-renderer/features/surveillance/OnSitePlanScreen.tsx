import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import { setOnSitePlan } from '../../../shared/records/surveillance-edit';
import { trackDevelopmentPoints } from '../../../shared/surveillance/development-points';
import { suggestOnSitePlan } from '../../../shared/surveillance/on-site-plan';
import { formatKeyDate } from '../../../shared/types/dates';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { OnSitePlanRow } from '../../../shared/types/surveillance';
import { StageTabs } from '../organisation/StageTabs';
import { ActivityChecklist } from './ActivityChecklist';
import { DocumentChecklist } from './DocumentChecklist';
import { OnSitePlanTable } from './OnSitePlanTable';
import { RecordProblem } from './RecordProblem';
import { stagePreparation } from './stage-preparation';
import { SurveillanceNav } from './SurveillanceNav';
import { useEditSurveillance, useOrganisationRecord, useProfile } from './use-surveillance-record';
import './surveillance.css';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
}

/**
 * The on-site plan of a surveillance: rows of date/time, key people and key issues, pre-filled
 * from the development points carried in and the elements still partial (nothing is stored
 * until the assessor changes or keeps them), then the documents requested and the generic
 * activities of the visit.
 */
export function OnSitePlanScreen({ organisationId, stageId }: Props): ReactElement {
  const { record, error } = useOrganisationRecord(organisationId);
  const profile = useProfile();
  const onEdit = useEditSurveillance();
  const prep = useMemo(
    () => (record ? stagePreparation(record, stageId, profile) : null),
    [record, stageId, profile],
  );
  const openPoints = useMemo(
    () =>
      record
        ? trackDevelopmentPoints(record).points.filter((p) => p.status !== 'cleared').length
        : 0,
    [record],
  );
  if (!record) return <RecordProblem error={error} />;
  if (!prep)
    return (
      <p role="alert" className="empty">
        This stage does not exist in {record.organisation.name}.
      </p>
    );
  const { stage, visit, onSitePlan } = prep;
  const title = stageTitle(stage);
  const suggested = suggestOnSitePlan(prep.openPoints, prep.base);
  const saveRows = (change: (rows: readonly OnSitePlanRow[]) => OnSitePlanRow[]): void =>
    onEdit(stage.id, (s) => {
      const shown = s.surveillance.onSitePlan.length > 0 ? s.surveillance.onSitePlan : suggested;
      return setOnSitePlan(s, change(shown));
    });
  const refill = (): void => {
    if (
      window.confirm(
        `Replace the ${onSitePlan.rows.length} rows of the plan with ${suggested.length} rows suggested from the development points? What you wrote in the rows will be removed.`,
      )
    )
      onEdit(stage.id, (s) => setOnSitePlan(s, suggested));
  };
  const visitDate = formatKeyDate(stage.dates.visit);
  return (
    <>
      <StageTabs record={record} current={null} page="plan" />
      <SurveillanceNav
        record={record}
        page={{ kind: 'on-site', stageId: stage.id }}
        openPoints={openPoints}
      />
      <div className="sv-page-head">
        <h1 className="sv-h1">On-site plan · {title}</h1>
        <span className={`sv-badge ${visit.mode}`}>{visit.mode}</span>
        <span className="muted">
          {visitDate === '' ? 'visit date not set' : `visit ${visitDate}`}
        </span>
        <span className="spacer" />
        <a className="btn" href={`#/org/${organisationId}/stage/${stage.id}`}>
          Open workbook
        </a>
      </div>
      <ul className="reasons sv-visit-reasons">
        {visit.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
        {stage.kind === 'surveillance-2' ? (
          <li>
            The outline plan is made after Surveillance 1 and detailed two weeks before the visit.
          </li>
        ) : null}
      </ul>
      <section className="panel" aria-labelledby="sv-onsite-title">
        <header>
          <h2 id="sv-onsite-title" className="sv-h2">
            {visit.mode === 'on-site'
              ? 'Visit plan'
              : 'Review plan (off-site: calls and documents)'}
          </h2>
          {onSitePlan.source === 'suggested' ? (
            <span className="sv-badge upcoming" data-testid="plan-source">
              suggested — not saved yet
            </span>
          ) : (
            <span className="sv-badge done" data-testid="plan-source">
              {onSitePlan.rows.length} row{onSitePlan.rows.length === 1 ? '' : 's'} saved
            </span>
          )}
          <span className="spacer" />
          {onSitePlan.source === 'suggested' ? (
            <button
              type="button"
              className="btn small primary"
              disabled={suggested.length === 0}
              onClick={() => onEdit(stage.id, (s) => setOnSitePlan(s, suggested))}
            >
              Keep these rows
            </button>
          ) : (
            <button type="button" className="btn small" onClick={refill}>
              Refill from development points
            </button>
          )}
        </header>
        <div className="body">
          {onSitePlan.source === 'suggested' ? (
            <p className="sv-note sv-small">
              Suggested from the {prep.openPoints.length} development point
              {prep.openPoints.length === 1 ? '' : 's'} carried in and the key questions of elements
              still partial at {prep.base ? stageTitle(prep.base) : 'the stage before'}. Change any
              row, or keep them, to save the plan. A plan emptied of rows shows the suggestion
              again.
            </p>
          ) : null}
          <OnSitePlanTable plan={onSitePlan} onRows={saveRows} />
        </div>
      </section>
      <div className="sv-columns even sv-gap-top">
        <DocumentChecklist
          documents={prep.documents}
          stageId={stage.id}
          stageName={title}
          onEdit={onEdit}
        />
        <ActivityChecklist
          activities={prep.activities}
          stageId={stage.id}
          stageName={title}
          onEdit={onEdit}
        />
      </div>
    </>
  );
}
