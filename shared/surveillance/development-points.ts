import { findCatalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { CriterionNumber, ElementId, StageId } from '../types/ids';
import type { MaybeMark } from '../types/marks';
import { isFullOrBetter, MARK_NAMES } from '../types/marks';
import type { AssessmentRecord, Stage } from '../types/record';
import type {
  DevelopmentPointId,
  DevelopmentPointProgress,
  DevelopmentPointStatus,
} from '../types/surveillance';
import { DEVELOPMENT_POINT_STATUS_NAMES, developmentPointId } from '../types/surveillance';

/**
 * Development points across a record's stages.
 * - A point is RAISED at a stage when an element's FINAL mark there is P or NC and the element
 *   has no point carried into that stage. Its id is element + raising stage (`"4.3.1@stage-ia"`).
 * - It is CARRIED into every later stage until its status becomes `cleared`.
 * - Its status at a stage is the assessor's recorded status when there is one; otherwise
 *   `cleared` when the element's final mark there is F or CP, else the status it had before
 *   (`open` when raised). The assessor's status wins over the marks; a disagreement is a warning.
 * - An element that is P or NC again after its point was cleared gets a NEW point, raised at the
 *   first later stage where the mark is P or NC; the cleared point keeps its history.
 * DTR marks never raise points: only the final (visit) mark does.
 */

/** Where a status at a stage came from. */
export type StatusSource = 'assessor' | 'marks' | 'carried';

/** A point at one stage of its life. */
export interface DevelopmentPointStep {
  readonly stageId: StageId;
  readonly stageTitle: string;
  /** The element's final mark at the stage. */
  readonly mark: MaybeMark;
  readonly status: DevelopmentPointStatus;
  readonly statusSource: StatusSource;
  readonly clientResponse: string;
  readonly assessorUpdate: string;
}

export interface DevelopmentPoint {
  readonly id: DevelopmentPointId;
  readonly element: ElementId;
  readonly criterion: CriterionNumber;
  readonly statement: string;
  readonly raisedAt: StageId;
  readonly raisedAtTitle: string;
  /** The final mark that raised it. */
  readonly raisedAs: 'P' | 'NC';
  /** True when raised as NC or NC at any stage since: these block the award. */
  readonly nonCompliance: boolean;
  /** The assessor's development note: the latest one written while the point was carried. */
  readonly note: string;
  /** The point as drafted for the client: element, statement, mark and note. */
  readonly draft: string;
  /** The status at its latest stage. */
  readonly status: DevelopmentPointStatus;
  readonly clearedAt: StageId | null;
  /** One step per stage from the raising stage on, up to the stage that cleared it. */
  readonly steps: readonly DevelopmentPointStep[];
}

export interface TrackedPoints {
  /** In the order they were raised; within a stage, in catalogue order. */
  readonly points: readonly DevelopmentPoint[];
  /** Disagreements between recorded statuses and marks, and progress on unknown points. */
  readonly warnings: readonly string[];
}

interface Tracking {
  readonly id: DevelopmentPointId;
  readonly element: ElementId;
  readonly raisedAt: Stage;
  readonly raisedAs: 'P' | 'NC';
  readonly steps: DevelopmentPointStep[];
  note: string;
  nonCompliance: boolean;
}

function stepAt(
  stage: Stage,
  t: Tracking,
  progress: DevelopmentPointProgress | undefined,
  warnings: string[],
): DevelopmentPointStep {
  const entry = stage.entries.find((e) => e.element === t.element);
  const mark = entry?.finalMark ?? null;
  const previous = t.steps[t.steps.length - 1];
  let status: DevelopmentPointStatus;
  let source: StatusSource;
  if (progress !== undefined && progress.status !== null) {
    status = progress.status;
    source = 'assessor';
    const where = `${t.element}: the development point raised at ${stageTitle(t.raisedAt)} is recorded as ${DEVELOPMENT_POINT_STATUS_NAMES[status].toLowerCase()} at ${stageTitle(stage)}`;
    if (status === 'cleared' && (mark === 'P' || mark === 'NC')) {
      warnings.push(`${where}, but its final mark there is ${mark}.`);
    } else if (status !== 'cleared' && isFullOrBetter(mark)) {
      warnings.push(
        `${where}, although its final mark there is ${mark}; it stays open until recorded as cleared.`,
      );
    }
  } else if (isFullOrBetter(mark)) {
    status = 'cleared';
    source = 'marks';
  } else if (previous) {
    status = previous.status;
    source = 'carried';
  } else {
    status = 'open';
    source = 'marks';
  }
  if (mark === 'NC') t.nonCompliance = true;
  if (entry && entry.developmentNote.trim() !== '') t.note = entry.developmentNote.trim();
  return {
    stageId: stage.id,
    stageTitle: stageTitle(stage),
    mark,
    status,
    statusSource: source,
    clientResponse: progress?.clientResponse ?? '',
    assessorUpdate: progress?.assessorUpdate ?? '',
  };
}

function finish(t: Tracking): DevelopmentPoint {
  const catalogue = findCatalogue(t.raisedAt.catalogueId);
  const element = catalogue?.byId.get(t.element);
  const last = t.steps[t.steps.length - 1];
  const status = last?.status ?? 'open';
  const statement = element?.statement ?? '';
  const markName = MARK_NAMES[t.raisedAs];
  const note = t.note === '' ? '(no development note written yet)' : t.note;
  return {
    id: t.id,
    element: t.element,
    criterion: (element?.criterion ?? Number(t.element.split('.')[0])) as CriterionNumber,
    statement,
    raisedAt: t.raisedAt.id,
    raisedAtTitle: stageTitle(t.raisedAt),
    raisedAs: t.raisedAs,
    nonCompliance: t.nonCompliance,
    note: t.note,
    draft: `${t.element} ${statement}\n${markName} (${t.raisedAs}) at ${stageTitle(t.raisedAt)}. Development point: ${note}`,
    status,
    clearedAt: status === 'cleared' && last ? last.stageId : null,
    steps: t.steps,
  };
}

/** Follows every development point through the record's stages, in the order they happened. */
export function trackDevelopmentPoints(record: AssessmentRecord): TrackedPoints {
  const warnings: string[] = [];
  const done: Tracking[] = [];
  const open = new Map<ElementId, Tracking>();
  for (const stage of record.stages) {
    const progress = new Map(
      stage.surveillance.developmentPoints.map((p) => [p.point, p] as const),
    );
    const used = new Set<string>();
    const carried = new Set<ElementId>();
    for (const t of [...open.values()]) {
      const step = stepAt(stage, t, progress.get(t.id), warnings);
      used.add(t.id);
      carried.add(t.element);
      t.steps.push(step);
      if (step.status === 'cleared') open.delete(t.element);
    }
    for (const entry of stage.entries) {
      const mark = entry.finalMark;
      if ((mark !== 'P' && mark !== 'NC') || carried.has(entry.element)) continue;
      const id = developmentPointId(entry.element, stage.id);
      const t: Tracking = {
        id,
        element: entry.element,
        raisedAt: stage,
        raisedAs: mark,
        steps: [],
        note: '',
        nonCompliance: mark === 'NC',
      };
      t.steps.push(stepAt(stage, t, progress.get(id), warnings));
      used.add(id);
      done.push(t);
      if (t.steps[0]?.status !== 'cleared') open.set(entry.element, t);
    }
    for (const p of stage.surveillance.developmentPoints) {
      if (!used.has(p.point)) {
        warnings.push(
          `${stageTitle(stage)} records progress on development point ${p.point}, which is not open at that stage (its marks do not raise it, or it was cleared before).`,
        );
      }
    }
  }
  return { points: done.map(finish), warnings };
}

/** The points carried out of the stage at `stageIndex`: raised by then and not cleared there. */
export function pointsOpenAfter(
  record: AssessmentRecord,
  points: readonly DevelopmentPoint[],
  stageIndex: number,
): DevelopmentPoint[] {
  const stage = record.stages[stageIndex];
  if (!stage) return [];
  return points.filter((p) => {
    const step = p.steps.find((s) => s.stageId === stage.id);
    return step !== undefined && step.status !== 'cleared';
  });
}
