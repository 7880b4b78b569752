import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { findCatalogue } from '../../../shared/catalogue/catalogue';
import { stageTitle } from '../../../shared/records/select-stage';
import { surveillanceReport } from '../../../shared/surveillance/report';
import { formatKeyDate } from '../../../shared/types/dates';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import { StagePages } from '../organisation/StagePages';
import { StageTabs } from '../organisation/StageTabs';
import { ChangedMarksTable } from './ChangedMarksTable';
import { ReportPoints } from './ReportPoints';
import { RecordProblem } from './RecordProblem';
import { ScoringTable } from './ScoringTable';
import { WhatHasChanged } from './WhatHasChanged';
import { useEditSurveillance, useOrganisationRecord, useProfile } from './use-surveillance-record';
import './surveillance.css';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
}

/**
 * The surveillance report of a stage (ASSESSMENT-RECORD.md §3): what has changed since the
 * first assessment under each criterion, progress on the development points, the element
 * marks that changed, and the scoring table with its rules.
 */
export function ReportScreen({ organisationId, stageId }: Props): ReactElement {
  const { record, error } = useOrganisationRecord(organisationId);
  const profile = useProfile();
  const onEdit = useEditSurveillance();
  const report = useMemo(
    () => (record ? surveillanceReport(record, stageId, profile) : null),
    [record, stageId, profile],
  );
  if (!record || !report) return <RecordProblem error={error} />;
  if (!report.ok)
    return (
      <p role="alert" className="empty">
        No report: {report.errors.join('; ')}.
      </p>
    );
  const r = report.value;
  const stage = record.stages.find((s) => s.id === stageId);
  const catalogue = stage ? findCatalogue(stage.catalogueId) : undefined;
  if (!stage || !catalogue) return <RecordProblem error="This stage cannot be read." />;
  const visit = formatKeyDate(stage.dates.visit);
  return (
    <>
      <StageTabs record={record} current={stage.id} page="report" />
      <StagePages organisationId={organisationId} stage={stage} page="report" />
      <div className="sv-page-head">
        <h1 className="sv-h1">Surveillance report · {r.stageTitle}</h1>
        <span className="muted">
          {record.organisation.reference ? `${record.organisation.reference} · ` : ''}
          {stage.assessor ? `assessor ${stage.assessor} · ` : ''}
          {visit === '' ? 'visit date not set' : `visit ${visit}`}
        </span>
        <span className="spacer" />
        <a className="btn" href={`#/org/${organisationId}/stage/${stage.id}`}>
          Open workbook
        </a>
      </div>
      {stage.kind === 'initial' || stage.kind === 'reassessment' ? (
        <p className="sv-note">
          {stageTitle(stage)} opens its cycle: this page compares nothing yet and serves the
          surveillance stages that follow it.
        </p>
      ) : null}
      <WhatHasChanged report={r} stage={stage} onEdit={onEdit} />
      <ReportPoints organisationId={organisationId} report={r} />
      <div className="sv-columns even">
        <ChangedMarksTable report={r} catalogue={catalogue} />
        <ScoringTable report={r} />
      </div>
    </>
  );
}
