import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { nextStageKind } from '../../../shared/records/start-next-stage';
import { planSurveillance } from '../../../shared/surveillance/plan';
import { formatLongDate } from '../../../shared/types/dates';
import type { OrganisationId } from '../../../shared/types/ids';
import { useApp } from '../../state/use-app';
import { useToday } from '../../state/use-deps';
import { StageTabs } from '../organisation/StageTabs';
import { StartStageDialog } from '../organisation/StartStageDialog';
import { ActivityChecklist } from './ActivityChecklist';
import { AlertList } from './AlertList';
import { CalendarButton } from './CalendarButton';
import { CategoryCard } from './CategoryCard';
import { DocumentChecklist } from './DocumentChecklist';
import { NextPanel } from './NextPanel';
import { RecordProblem } from './RecordProblem';
import { ScheduleTable } from './ScheduleTable';
import { SurveillanceNav } from './SurveillanceNav';
import { useEditSurveillance, useOrganisationRecord, useProfile } from './use-surveillance-record';
import './surveillance.css';

/**
 * The surveillance plan of an organisation: overdue and upcoming dates, the cycle's due and
 * contact dates, the next surveillance (visit mode, documents, activities) and the category
 * after each stage — the default heuristic's suggestion beside the assessor's decision.
 */
export function PlanScreen({
  organisationId,
}: {
  readonly organisationId: OrganisationId;
}): ReactElement {
  const { record, error } = useOrganisationRecord(organisationId);
  const profile = useProfile();
  const today = useToday();
  const onEdit = useEditSurveillance();
  const startNextStage = useApp((s) => s.startNextStage);
  const [asking, setAsking] = useState(false);
  const plan = useMemo(
    () => (record ? planSurveillance(record, { today, profile }) : null),
    [record, today, profile],
  );
  if (!record || !plan) return <RecordProblem error={error} />;
  const next = plan.next;
  const following = nextStageKind(record);
  const canStart =
    next !== null &&
    next.item.stageId === null &&
    following !== null &&
    following.kind === next.item.kind &&
    following.cycle === next.item.cycle;
  const targetStage = next?.item.stageId ?? null;
  const openPoints = plan.developmentPoints.filter((p) => p.status !== 'cleared').length;
  return (
    <>
      <StageTabs record={record} current={null} page="plan" />
      <SurveillanceNav record={record} page={{ kind: 'plan' }} openPoints={openPoints} />
      <div className="sv-page-head">
        <h1 className="sv-h1">Surveillance plan</h1>
        <span className="muted">as of {formatLongDate(today)}</span>
        <span className="spacer" />
        <CalendarButton />
      </div>
      <AlertList alerts={plan.alerts} warnings={plan.warnings} horizonDays={plan.horizonDays} />
      <div className="sv-columns">
        <ScheduleTable schedule={plan.schedule} alerts={plan.alerts} onEdit={onEdit} />
        {next ? (
          <NextPanel
            organisationId={organisationId}
            next={next}
            onStart={canStart ? () => setAsking(true) : null}
          />
        ) : null}
        {asking ? (
          <StartStageDialog
            record={record}
            onClose={() => setAsking(false)}
            onStart={() => {
              setAsking(false);
              void startNextStage();
            }}
          />
        ) : null}
      </div>
      {next && next.item.kind !== 'reassessment' ? (
        <div className="sv-columns even">
          <DocumentChecklist
            documents={next.documents}
            stageId={targetStage}
            stageName={next.item.title}
            onEdit={onEdit}
          />
          <ActivityChecklist
            activities={next.activities}
            stageId={targetStage}
            stageName={next.item.title}
            onEdit={onEdit}
          />
        </div>
      ) : null}
      <section className="sv-section" aria-labelledby="sv-cats-title">
        <div className="sv-section-head">
          <h2 id="sv-cats-title" className="sv-h2">
            Surveillance category after each stage
          </h2>
          <span className="sv-heuristic-tag">
            Suggestions: default heuristic · the assessor&rsquo;s decision wins
          </span>
        </div>
        {plan.categories.map((assessment, i) => {
          const stage = record.stages.find((s) => s.id === assessment.stageId);
          return stage ? (
            <CategoryCard
              key={stage.id}
              stage={stage}
              assessment={assessment}
              open={i === plan.categories.length - 1}
              onEdit={onEdit}
            />
          ) : null;
        })}
      </section>
    </>
  );
}
