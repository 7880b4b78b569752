import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { scoreChangesAt } from '../../records/record-facts';
import { stageTitle } from '../../records/select-stage';
import type { IsoDate } from '../../types/dates';
import type { AssessmentRecord, Stage } from '../../types/record';
import type { ExportContext, ExportOptions } from '../export-context';
import { ExportError, exportContext } from '../export-context';
import { isSurveillanceKind, surveillanceDataOf, todayOrGenerated } from '../surveillance-data';
import { analysisBody, recordHeader } from './build-record-report';
import { surveillanceDocumentationBody } from './build-surveillance-documentation';
import { surveillanceReportBody } from './build-surveillance-report';
import { reportFrame } from './pdf-common';
import { developmentPointsPdf, scoreChangesPdf } from './record-facts-pdf';

const FONT_SIZE = 8;
/** Portrait A4 text area in points. */
const PORTRAIT = { width: 595 - 60, height: 842 - 44 - 36 } as const;

/** "Section 2 — Surveillance documentation: Surveillance 1", from a new page. */
function sectionHeading(text: string, orientation: 'portrait' | 'landscape'): Content {
  return { text, style: 'h1', pageBreak: 'before', pageOrientation: orientation };
}

/** A surveillance's sections 2 and 3, or a note when the planner cannot place the stage. */
function surveillanceSections(context: ExportContext, today: IsoDate): Content[] {
  const title = stageTitle(context.stage);
  let data;
  try {
    data = surveillanceDataOf(context, today);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    return [
      sectionHeading(`Sections 2 and 3 — ${title}`, 'portrait'),
      { text: `Not laid out: ${error.message}.`, style: 'note' },
      scoreChangesPdf(
        scoreChangesAt(context.record, context.stage.id),
        'Element scores changed at this stage',
        'No element score changed at this stage.',
      ),
    ];
  }
  return [
    sectionHeading(`Section 2 — Surveillance documentation: ${title}`, 'portrait'),
    ...surveillanceDocumentationBody(data),
    sectionHeading(`Section 3 — Surveillance report: ${title}`, 'portrait'),
    ...surveillanceReportBody(data),
    ...developmentPointsPdf(context.record, context.stage.id, {
      ...PORTRAIT,
      fontSize: FONT_SIZE,
    }),
  ];
}

/** The sections of one stage in the Word record's order: 2, then 1 or 3. */
function stageSections(context: ExportContext, today: IsoDate): Content[] {
  if (isSurveillanceKind(context.stage.kind)) return surveillanceSections(context, today);
  return analysisBody(context, `Section 1 — Assessment analysis: ${stageTitle(context.stage)}`);
}

/**
 * The whole record as one PDF, as the certifying body's Word record is one document: the header
 * (every stage's assessors, key dates and category, every cycle's dates, the key of marks), then
 * every stage in order — an initial assessment or reassessment with its section 1 (all elements,
 * Compliance Plus justifications, development points), a surveillance with its section 2
 * (documentation for the client) and section 3 (report: what has changed, progress on the
 * development points, score changes, scoring, and the development points at the stage).
 * Landscape for section 1, portrait for sections 2 and 3. Surveillances are planned on
 * `options.today`, else the date of `generatedAt`. Pure; throws `ExportError` for a record
 * without stages or a bad clock.
 */
export function buildWholeRecordReport(
  record: AssessmentRecord,
  options: ExportOptions & { readonly today?: IsoDate },
): TDocumentDefinitions {
  const latest: Stage | undefined = record.stages[record.stages.length - 1];
  if (!latest) throw new ExportError('the record has no stage to export');
  const today = todayOrGenerated(options);
  const head = exportContext(record, latest.id, options);
  const content: Content[] = [...recordHeader(head, true)];
  for (const stage of record.stages) {
    content.push(...stageSections(exportContext(record, stage.id, options), today));
  }
  // Every score change of every cycle, so the whole record says once what changed where.
  const all = record.stages.flatMap((s) =>
    isSurveillanceKind(s.kind) ? scoreChangesAt(record, s.id) : [],
  );
  content.push(
    sectionHeading('Element scores changed at the surveillances of the record', 'portrait'),
    scoreChangesPdf(all, 'Every score change, stage by stage', 'No element score has changed.'),
  );
  return reportFrame(head, 'Assessment record', 'Whole record', 'landscape', content, FONT_SIZE);
}
