import type { Catalogue } from '../../catalogue/catalogue';
import { stageTitle } from '../../records/select-stage';
import { formatKeyDate, formatLongDate } from '../../types/dates';
import type { AssessmentRecord, Stage } from '../../types/record';
import type { DevelopmentPointProgress } from '../../types/surveillance';
import {
  DEVELOPMENT_POINT_STATUS_NAMES,
  GENERIC_ACTIVITIES,
  GENERIC_ACTIVITY_NAMES,
  REQUESTED_DOCUMENTS,
  REQUESTED_DOCUMENT_NAMES,
  SIGNIFICANT_CHANGE_NAMES,
  SURVEILLANCE_CATEGORY_NAMES,
  parseDevelopmentPointId,
} from '../../types/surveillance';
import {
  COLUMN_TITLES,
  DETAIL_LABELS,
  NONE_PARAGRAPHS,
  NOTE_TO_CLIENT,
  SUBHEADINGS,
} from '../layout-text';
import type { WordBlock } from './spec';
import { columnsTable, labelTable, paragraph } from './spec-helpers';

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

function pointRows(
  record: AssessmentRecord,
  points: readonly DevelopmentPointProgress[],
  columns: (p: DevelopmentPointProgress, text: string) => string[],
): string[][] {
  return points.map((p) => {
    const id = parseDevelopmentPointId(p.point);
    const raising = record.stages.find((s) => s.id === id?.stage);
    const text = raising?.entries.find((e) => e.element === id?.element)?.developmentNote ?? '';
    return [id?.element ?? p.point, raising ? stageTitle(raising) : '', ...columns(p, text)];
  });
}

/** Section 2: what the client is asked for before the stage (ASSESSMENT-RECORD.md §2). */
export function section2Blocks(
  record: AssessmentRecord,
  stage: Stage,
  previous: Stage | null,
): WordBlock[] {
  const sv = stage.surveillance;
  const prior = previous?.surveillance.category;
  const documents = [
    ...sv.documents,
    ...REQUESTED_DOCUMENTS.filter((d) => !sv.documents.some((r) => r.document === d)).map((d) => ({
      document: d,
      receiptConfirmed: null,
      receivedOn: null,
      note: '',
    })),
  ];
  const activities = [
    ...sv.activities,
    ...GENERIC_ACTIVITIES.filter((a) => !sv.activities.some((t) => t.activity === a)).map((a) => ({
      activity: a,
      done: null,
      note: '',
    })),
  ];
  const isSurveillance = stage.kind.startsWith('surveillance');
  return [
    paragraph(SUBHEADINGS.details, 'heading2'),
    labelTable([
      [DETAIL_LABELS.reference, record.organisation.reference],
      [DETAIL_LABELS.assessor, stage.assessor],
      [isSurveillance ? DETAIL_LABELS.visit : 'Date of visit', formatKeyDate(stage.dates.visit)],
      [DETAIL_LABELS.visitDays, stage.visitDays === null ? '' : String(stage.visitDays)],
      [DETAIL_LABELS.previousCategory, prior ? SURVEILLANCE_CATEGORY_NAMES[prior.category] : ''],
      [DETAIL_LABELS.contactedOn, sv.contactedOn ? formatLongDate(sv.contactedOn) : ''],
    ]),
    paragraph(SUBHEADINGS.noteToClient, 'heading2'),
    ...NOTE_TO_CLIENT.map((t) => paragraph(t)),
    paragraph(SUBHEADINGS.documents, 'heading2'),
    columnsTable(
      COLUMN_TITLES.documents,
      documents.map((d) => [
        REQUESTED_DOCUMENT_NAMES[d.document],
        d.receiptConfirmed === null ? '' : yesNo(d.receiptConfirmed),
        d.receivedOn ? formatLongDate(d.receivedOn) : '',
        d.note,
      ]),
      [40, 17, 18, 25],
    ),
    paragraph(SUBHEADINGS.pointsRaised, 'heading2'),
    sv.developmentPoints.length === 0
      ? paragraph(NONE_PARAGRAPHS.development)
      : columnsTable(
          COLUMN_TITLES.pointsRaised,
          pointRows(record, sv.developmentPoints, (p, text) => [text, p.clientResponse]),
          [10, 16, 37, 37],
        ),
    paragraph(SUBHEADINGS.activities, 'heading2'),
    columnsTable(
      COLUMN_TITLES.activities,
      activities.map((a) => [
        GENERIC_ACTIVITY_NAMES[a.activity],
        a.done === null ? '' : yesNo(a.done),
        a.note,
      ]),
      [45, 10, 45],
    ),
    paragraph(SUBHEADINGS.onSitePlan, 'heading2'),
    sv.onSitePlan.length === 0
      ? paragraph(NONE_PARAGRAPHS.plan)
      : columnsTable(
          COLUMN_TITLES.onSitePlan,
          sv.onSitePlan.map((r) => [
            r.date ? formatLongDate(r.date) : '',
            r.time,
            r.people,
            r.issues,
          ]),
          [18, 14, 34, 34],
        ),
  ];
}

/** Section 3 without the element scores: changes, significant changes, progress on points. */
export function section3Blocks(
  record: AssessmentRecord,
  stage: Stage,
  catalogue: Catalogue,
): WordBlock[] {
  const sv = stage.surveillance;
  const notes = [
    ...sv.whatHasChanged,
    ...catalogue.criteria
      .filter((c) => !sv.whatHasChanged.some((n) => n.criterion === c.number))
      .map((c) => ({ criterion: c.number, text: '' })),
  ];
  const name = (n: number): string =>
    `${n} ${catalogue.criteria.find((c) => c.number === n)?.name ?? ''}`.trim();
  const blocks: WordBlock[] = [
    paragraph(SUBHEADINGS.whatHasChanged, 'heading2'),
    columnsTable(
      COLUMN_TITLES.whatHasChanged,
      notes.map((n) => [name(n.criterion), n.text]),
      [30, 70],
    ),
  ];
  if (sv.significantChanges.length > 0) {
    blocks.push(
      paragraph(SUBHEADINGS.significantChanges, 'heading2'),
      columnsTable(
        COLUMN_TITLES.significantChanges,
        sv.significantChanges.map((c) => [
          SIGNIFICANT_CHANGE_NAMES[c.kind],
          c.description,
          c.date ? formatLongDate(c.date) : '',
        ]),
        [22, 58, 20],
      ),
    );
  }
  blocks.push(
    paragraph(SUBHEADINGS.progress, 'heading2'),
    sv.developmentPoints.length === 0
      ? paragraph(NONE_PARAGRAPHS.development)
      : columnsTable(
          COLUMN_TITLES.progress,
          pointRows(record, sv.developmentPoints, (p) => [
            p.assessorUpdate,
            p.status === null ? '' : DEVELOPMENT_POINT_STATUS_NAMES[p.status],
          ]),
          [10, 18, 56, 16],
        ),
  );
  return blocks;
}
