import { useCallback } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { countWords } from '../../../shared/report/check';
import type { ReportGap } from '../../../shared/report/check';
import { fillPlaceholders } from '../../../shared/report/template';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { StageReport } from '../../../shared/types/report';
import { useApp } from '../../state/use-app';
import { StagePages } from '../organisation/StagePages';
import { StageTabs } from '../organisation/StageTabs';
import { RecordProblem } from '../surveillance/RecordProblem';
import { ReportCheck } from './ReportCheck';
import { ReportSection } from './ReportSection';
import { TemplateBar } from './TemplateBar';
import { useEditReport, useReport } from './use-report';
import './report.css';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
}

/** Every word the assessor wrote in a report. */
function wordsWritten(report: StageReport): number {
  return [
    report.introduction,
    report.methodology,
    report.strengths,
    ...report.sites.flatMap((s) => [s.site, s.people]),
    ...report.findings.map((f) => f.text),
    ...report.developmentPoints.flatMap((p) => [p.found ?? '', p.toMakeFull ?? '']),
    report.recommendation?.reason ?? '',
  ].reduce((sum, text) => sum + countWords(text), 0);
}

/**
 * The assessment report of a stage, written beside the workbook: the certifying body's
 * template section by section, the assessor's texts autosaved as typed, the derived parts
 * (development points' pre-fill, Compliance Plus, scores, recommendation) live with the marks,
 * and the check of what is still empty before export.
 */
export function ReportWriterScreen({ organisationId, stageId }: Props): ReactElement {
  const view = useReport(organisationId, stageId);
  const onEdit = useEditReport();
  const { navigate, focusElement } = useApp(
    useShallow((s) => ({ navigate: s.navigate, focusElement: s.focusElement })),
  );
  const openElement = useCallback(
    (element: string) => {
      navigate({ screen: 'workbook', organisationId, stageId });
      focusElement(element as ElementId);
    },
    [navigate, focusElement, organisationId, stageId],
  );
  const gapElsewhere = useCallback(
    (gap: ReportGap) => {
      if (gap.field.startsWith('cp-')) openElement(gap.field.slice(3));
      else if (gap.field.startsWith('facts-')) navigate({ screen: 'organisation', organisationId });
    },
    [openElement, navigate, organisationId],
  );
  const { record, model, template, values } = view;
  if (!record || !model) return <RecordProblem error={view.recordError} />;
  if (!model.ok)
    return (
      <p role="alert" className="empty">
        No report: {model.errors.join('; ')}.
      </p>
    );
  if (!template || !values) return <p className="empty">Loading the report template…</p>;
  const m = model.value;
  const readOnly = m.stage.signOff !== undefined;
  const settings = template.template.settings;
  return (
    <>
      <StageTabs record={record} current={m.stage.id} page="assessment-report" />
      <StagePages organisationId={organisationId} stage={m.stage} page="assessment-report" />
      <div className="rp-head">
        <div>
          <h1 className="rp-h1">{fillPlaceholders(settings.title[0] ?? '', values)}</h1>
          <p className="muted">{fillPlaceholders(settings.subtitle[0] ?? '', values)}</p>
        </div>
        <span className="spacer" />
        <span className="rp-total">{wordsWritten(m.stage.report)} words written</span>
      </div>
      <TemplateBar />
      {readOnly ? (
        <p className="rp-readonly" role="note">
          This stage is signed off by {m.stage.signOff?.signedOffBy}: its report is read-only.
          Withdraw the sign-off on the workbook to change it.
        </p>
      ) : null}
      <div className="rp-layout">
        <div className="rp-sections">
          {template.template.sections.map((section, index) => (
            <ReportSection
              key={`${section.id}-${section.line}`}
              section={section}
              index={index}
              model={m}
              template={template.template}
              values={values}
              readOnly={readOnly}
              onEdit={onEdit}
              onOpenElement={openElement}
            />
          ))}
        </div>
        <ReportCheck stageId={m.stage.id} gaps={view.gaps} onGapElsewhere={gapElsewhere} />
      </div>
    </>
  );
}
