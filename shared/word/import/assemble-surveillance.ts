import type { ElementId, StageId } from '../../types/ids';
import type { CriterionNumber } from '../../types/ids';
import type { IsoDate } from '../../types/dates';
import type {
  ActivityTick,
  CategoryDecision,
  DevelopmentPointProgress,
  DocumentReceipt,
  OnSitePlanRow,
  SignificantChange,
  StageSurveillance,
  SurveillanceCategory,
} from '../../types/surveillance';
import { developmentPointId } from '../../types/surveillance';
import type { SourceRef } from '../read/doc-model';
import { leadingElementNumber } from '../text';
import type { StageAssembly } from './assemble-entries';
import type { ColumnKey } from './columns';
import type { Located, RawRow, RawStage } from './raw';
import type { StageSlot } from './stage-names';
import { stageMention } from './stage-names';
import {
  activityOf,
  categoryOf,
  changeKindOf,
  criterionOf,
  documentOf,
  statusOf,
  yesNoOf,
} from './surveillance-values';
import { parseWordDay } from './word-dates';

/** What the surveillance records of a stage need besides the stage itself. */
export interface SurveillanceAssembly extends StageAssembly {
  /** The stages up to and including this one, in order: where development points are raised. */
  readonly earlier: readonly {
    readonly slot: StageSlot;
    readonly id: StageId;
    readonly analysis: boolean;
  }[];
  /** The development note a stage's entry holds for an element, and a way to fill it in. */
  readonly developmentNote: (stage: StageId, element: ElementId) => string | null;
  readonly setDevelopmentNote: (stage: StageId, element: ElementId, text: string) => void;
}

function text(row: RawRow, key: ColumnKey): string {
  return row.cells.get(key)?.text.trim() ?? '';
}

function keep(a: StageAssembly, row: RawRow, why: string): void {
  const line = [...row.cells.values()].map((c) => c.text).join(' | ');
  a.warnings.add('unreadable-value', `${why}; the row is kept in the notes.`, {
    slot: a.slot,
    source: row.source,
  });
  a.unplaced.push({ text: line, source: row.source });
}

function day(a: StageAssembly, value: Located | undefined, what: string): IsoDate | null {
  if (!value || value.text.trim() === '') return null;
  const read = parseWordDay(value.text);
  if (read.ok) return read.value;
  a.warnings.add(
    'unreadable-date',
    `${what}: "${value.text}" is not a date (${read.errors[0]}); kept in the notes.`,
    {
      slot: a.slot,
      source: value.source,
    },
  );
  a.unplaced.push({ text: `${what}: ${value.text}`, source: value.source });
  return null;
}

function rowsOf(stage: RawStage, kind: Parameters<RawStage['tables']['get']>[0]): RawRow[] {
  return stage.tables.get(kind) ?? [];
}

function documents(stage: RawStage, a: StageAssembly): DocumentReceipt[] {
  const out: DocumentReceipt[] = [];
  for (const row of rowsOf(stage, 'documents')) {
    const document = documentOf(text(row, 'document'));
    const receipt = yesNoOf(text(row, 'receipt'));
    const note = text(row, 'note');
    const date = row.cells.get('receivedOn');
    if (
      document === undefined ||
      receipt === undefined ||
      out.some((d) => d.document === document)
    ) {
      keep(a, row, `Documents requested: "${text(row, 'document')}" cannot be read`);
      continue;
    }
    if (receipt === null && note === '' && (date?.text.trim() ?? '') === '') continue;
    const receivedOn = day(a, date, `Date ${text(row, 'document')} received`);
    out.push({ document, receiptConfirmed: receipt === true, receivedOn, note });
  }
  return out;
}

function raisingStage(a: SurveillanceAssembly, written: string): StageId | null {
  const mention = written === '' ? null : stageMention(written);
  const candidates = [...a.earlier].reverse();
  if (!mention) return candidates.find((s) => s.analysis)?.id ?? candidates[0]?.id ?? null;
  const kind = mention.kind;
  const found = candidates.find(
    (s) =>
      (kind === s.slot.kind ||
        (kind === 'assessment' && s.analysis) ||
        (kind === 'surveillance' && s.slot.kind.startsWith('surveillance'))) &&
      (mention.cycle === null || mention.cycle === s.slot.cycle),
  );
  return found?.id ?? null;
}

function points(stage: RawStage, a: SurveillanceAssembly): DevelopmentPointProgress[] {
  const out = new Map<string, DevelopmentPointProgress>();
  for (const row of rowsOf(stage, 'points')) {
    const pointText = text(row, 'developmentPoint');
    const lead = leadingElementNumber(text(row, 'element') || pointText);
    const element = lead?.id as ElementId | undefined;
    const raisedAt = raisingStage(a, text(row, 'raisedAt'));
    const status = statusOf(text(row, 'status'));
    if (!element || !a.catalogue.byId.has(element) || raisedAt === null || status === undefined) {
      keep(
        a,
        row,
        'A development point row names no element of the standard, no known stage or no known status',
      );
      continue;
    }
    const said = text(row, 'element') ? pointText : (lead?.rest ?? '');
    checkPointText(
      a,
      raisedAt,
      element,
      said,
      row.cells.get('developmentPoint')?.source ?? row.source,
    );
    const id = developmentPointId(element, raisedAt);
    const before = out.get(id);
    out.set(id, {
      point: id,
      status: before?.status ?? status,
      clientResponse: before?.clientResponse || text(row, 'clientResponse'),
      assessorUpdate: before?.assessorUpdate || text(row, 'assessorUpdate'),
    });
  }
  return [...out.values()];
}

function checkPointText(
  a: SurveillanceAssembly,
  stage: StageId,
  element: ElementId,
  said: string,
  source: SourceRef,
): void {
  if (said === '') return;
  const held = a.developmentNote(stage, element);
  if (held === null || held === said) return;
  if (held === '') {
    a.setDevelopmentNote(stage, element, said);
    return;
  }
  a.warnings.add(
    'conflicting-value',
    `${element}: the development point in the surveillance tables differs from the one recorded with the element; the element's text is kept and this one is in the notes.`,
    { slot: a.slot, element, source },
  );
  a.unplaced.push({ text: `${element} development point: ${said}`, source });
}

function activities(stage: RawStage, a: StageAssembly): ActivityTick[] {
  const out: ActivityTick[] = [];
  for (const row of rowsOf(stage, 'activities')) {
    const activity = activityOf(text(row, 'activity'));
    const done = yesNoOf(text(row, 'done'));
    if (activity === undefined || done === undefined || out.some((t) => t.activity === activity)) {
      keep(a, row, `Activity "${text(row, 'activity')}" cannot be read`);
      continue;
    }
    if (done === null && text(row, 'note') === '') continue;
    out.push({ activity, done: done === true, note: text(row, 'note') });
  }
  return out;
}

function plan(stage: RawStage, a: StageAssembly): OnSitePlanRow[] {
  return rowsOf(stage, 'plan').map((row) => ({
    date: day(a, row.cells.get('date'), 'On-site plan date'),
    time: text(row, 'time'),
    people: text(row, 'people'),
    issues: text(row, 'issues'),
  }));
}

function changes(stage: RawStage, a: StageAssembly): SignificantChange[] {
  return rowsOf(stage, 'significant-changes').map((row) => {
    const written = text(row, 'changeKind');
    const kind = changeKindOf(written);
    const description = text(row, 'description');
    return {
      kind: kind ?? 'other',
      description:
        kind === undefined && written !== '' ? `${written}: ${description}` : description,
      date: day(a, row.cells.get('date'), 'Date of significant change'),
    };
  });
}

function whatHasChanged(stage: RawStage, a: StageAssembly): StageSurveillance['whatHasChanged'] {
  const names = a.catalogue.criteria.map((c) => c.name);
  const out: { criterion: CriterionNumber; text: string }[] = [];
  for (const row of rowsOf(stage, 'what-has-changed')) {
    const criterion = criterionOf(text(row, 'criterion'), names);
    const said = text(row, 'whatHasChanged');
    if (
      criterion === undefined ||
      criterion > names.length ||
      out.some((n) => n.criterion === criterion)
    ) {
      keep(a, row, `"${text(row, 'criterion')}" is not a criterion`);
    } else if (said !== '') out.push({ criterion: criterion as CriterionNumber, text: said });
  }
  return out;
}

function first(
  stage: RawStage,
  key: Parameters<RawStage['details']['get']>[0],
): Located | undefined {
  return stage.details.get(key)?.[0];
}

function category(stage: RawStage, a: StageAssembly): CategoryDecision | null {
  const written = first(stage, 'category');
  const reason = first(stage, 'reason');
  if (!written) {
    if (reason) a.unplaced.push({ text: `Reason: ${reason.text}`, source: reason.source });
    return null;
  }
  const value = categoryOf(written.text);
  if (value === undefined) {
    a.warnings.add(
      'unreadable-value',
      `Surveillance category "${written.text}" is neither High nor Low; kept in the notes.`,
      { slot: a.slot, source: written.source },
    );
    a.unplaced.push({
      text: `Surveillance category: ${written.text}${reason ? `; reason: ${reason.text}` : ''}`,
      source: written.source,
    });
    return null;
  }
  return {
    category: value,
    reason: reason?.text ?? '',
    decidedOn: day(a, first(stage, 'decidedOn'), 'Category decided on'),
  };
}

/** The category a stage's section 2 gives for the stage before it ("after the previous stage"). */
export function previousCategory(stage: RawStage): SurveillanceCategory | undefined {
  const written = first(stage, 'previousCategory');
  return written ? categoryOf(written.text) : undefined;
}

/** The surveillance records of a stage from its section 2 and 3 tables and details. */
export function stageSurveillance(stage: RawStage, a: SurveillanceAssembly): StageSurveillance {
  return {
    contactedOn: day(a, first(stage, 'contactedOn'), 'Client contacted on'),
    category: category(stage, a),
    significantChanges: changes(stage, a),
    developmentPoints: points(stage, a),
    documents: documents(stage, a),
    onSitePlan: plan(stage, a),
    activities: activities(stage, a),
    whatHasChanged: whatHasChanged(stage, a),
  };
}
