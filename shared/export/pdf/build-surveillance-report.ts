import { signOffText } from '../record-header';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { VERDICT_NAMES } from '../../scoring/score-types';
import type { DevelopmentPoint } from '../../surveillance/development-points';
import type { StageId } from '../../types/ids';
import { MARK_NAMES } from '../../types/marks';
import type { AssessmentRecord } from '../../types/record';
import type { DevelopmentPointStatus } from '../../types/surveillance';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../types/surveillance';
import { COMPLIES_WORDS } from '../export-context';
import type { SurveillanceExportData, SurveillanceExportOptions } from '../surveillance-data';
import {
  categoryText,
  surveillanceExportData,
  visitDateText,
  visitDaysText,
} from '../surveillance-data';
import {
  maximaSentence,
  profileDifferences,
  profileNote,
  profilesAgreeSentence,
} from '../surveillance-rules';
import { GRID, PDF_COLOURS, factsTable, markCell, rowsFitOnPage, titledTable } from './pdf-common';
import { scoreChangesPdf } from './record-facts-pdf';
import { PORTRAIT_WIDTH, surveillancePdf, textOrNone } from './surveillance-pdf-parts';

const FONT_SIZE = 9;
/** Portrait A4 content height in points (842 less margins). */
const CONTENT_HEIGHT = 842 - 44 - 36;
const STEP_WIDTHS = [78, 30, 62, 170, PORTRAIT_WIDTH - 78 - 30 - 62 - 170 - 5 * 9] as const;
const STATUS_FILLS: Readonly<Record<DevelopmentPointStatus, string | undefined>> = {
  open: '#FFEB9C',
  progressing: PDF_COLOURS.headingFill,
  cleared: '#C6EFCE',
};

function whatHasChanged(data: SurveillanceExportData): Content {
  const { report } = data;
  return titledTable({
    title: `1. What has changed since the first assessment (${report.firstStageTitle})`,
    headers: ['Criterion', 'What has changed'],
    widths: [140, '*'],
    rows: report.whatHasChanged.map((w): TableCell[] => [
      { text: `${w.criterion} ${w.name}`, bold: true },
      textOrNone(w.text, '(nothing recorded)'),
    ]),
    dontBreakRows: rowsFitOnPage(
      report.whatHasChanged.map((w) => [w.name, w.text]),
      [140, PORTRAIT_WIDTH - 140 - 18],
      FONT_SIZE,
      CONTENT_HEIGHT,
    ),
    keepWithFirstRow: true,
  });
}

function pointHeading(point: DevelopmentPoint, stageId: StageId): TableCell[] {
  const now = point.steps.find((s) => s.stageId === stageId);
  const status = now ? DEVELOPMENT_POINT_STATUS_NAMES[now.status] : 'Not carried';
  return [
    {
      colSpan: 5,
      fillColor: PDF_COLOURS.labelFill,
      stack: [
        {
          text: [
            { text: `${point.element} `, bold: true },
            { text: point.statement, fontSize: 7.5, color: '#404040' },
          ],
        },
        {
          text: [
            {
              text: `Raised at ${point.raisedAtTitle} as ${MARK_NAMES[point.raisedAs]} (${point.raisedAs}); now ${status.toLowerCase()}. `,
              bold: true,
            },
            point.note === '' ? '(no development note written)' : point.note,
          ],
          margin: [0, 2, 0, 0],
        },
      ],
    },
    '',
    '',
    '',
    '',
  ];
}

function progressTable(data: SurveillanceExportData): Content {
  const { report } = data;
  const rows: TableCell[][] = [];
  const texts: string[][] = [];
  for (const point of report.developmentPoints) {
    rows.push(pointHeading(point, report.stageId));
    texts.push([point.statement, '', '', point.note]);
    for (const step of point.steps) {
      rows.push([
        step.stageTitle,
        markCell(step.mark),
        {
          text: DEVELOPMENT_POINT_STATUS_NAMES[step.status],
          bold: true,
          fillColor: STATUS_FILLS[step.status],
        },
        textOrNone(step.clientResponse, '—'),
        textOrNone(step.assessorUpdate, '—'),
      ]);
      texts.push([step.stageTitle, '', '', step.clientResponse, step.assessorUpdate]);
    }
  }
  if (rows.length === 0) {
    rows.push([
      {
        text: `No development point was carried at ${report.stageTitle}.`,
        style: 'note',
        colSpan: 5,
      },
      '',
      '',
      '',
      '',
    ]);
  }
  return titledTable({
    title: '2. Progress against the development points',
    headers: ['Stage', 'Final mark', 'Status', "Client's response", "Assessor's update"],
    widths: [...STEP_WIDTHS],
    rows,
    dontBreakRows: rowsFitOnPage(texts, STEP_WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
    keepWithFirstRow: true,
  });
}

function changedMarks(data: SurveillanceExportData): Content {
  const { report } = data;
  return scoreChangesPdf(
    report.changedMarks,
    '3. Element scores changed since the first assessment',
    `No element score has changed since ${report.firstStageTitle}.`,
  );
}

function scoringTable(data: SurveillanceExportData): Content[] {
  const { report, context } = data;
  const final = context.scores.final;
  const status = new Map(final.criteria.map((c) => [c.criterion, c.status] as const));
  const centred = (n: number): TableCell => ({ text: String(n), alignment: 'center' });
  const table = titledTable({
    title: `4. Scoring — final marks at ${report.stageTitle}`,
    headers: [
      'Criterion',
      'Elements',
      'Maximum partials allowed',
      'Actual partials',
      'Actual CP',
      'Actual NC',
      'Complies',
    ],
    widths: ['*', 46, 58, 46, 40, 40, 52],
    rows: report.scoring.map((r): TableCell[] => [
      {
        stack: [
          { text: `${r.criterion} ${r.name}`, bold: true },
          ...(r.unmarked > 0 ? [{ text: `${r.unmarked} not marked`, style: 'small' }] : []),
        ],
      },
      centred(r.elements),
      centred(r.maxPartials),
      centred(r.partials),
      centred(r.compliancePlus),
      centred(r.nonCompliances),
      markCell(COMPLIES_WORDS[status.get(r.criterion) ?? 'incomplete']),
    ]),
    dontBreakRows: true,
    keepWithFirstRow: true,
  });
  const note = profileNote(final);
  const differences = profileDifferences(context.profile, report.scoring);
  const verdict: Content = {
    layout: GRID,
    margin: [0, 6, 0, 0],
    table: {
      widths: [190, '*'],
      body: [
        [
          { text: `Verdict under "${context.profile.name}"`, style: 'label' },
          { ...markCell(VERDICT_NAMES[final.verdict], 11), alignment: 'left' },
        ],
      ],
    },
  };
  const rules: Content[] = [
    { text: 'The rules', bold: true, margin: [0, 8, 0, 2] },
    { ol: [...report.rules] },
    { text: maximaSentence(context.profile, report.scoring), margin: [0, 4, 0, 0] },
    ...differences.map((d): Content => ({ text: d, margin: [0, 2, 0, 0] })),
  ];
  const agreement: Content =
    note === null
      ? { text: profilesAgreeSentence(final), margin: [0, 4, 0, 0], color: PDF_COLOURS.grey }
      : {
          margin: [0, 6, 0, 0],
          layout: GRID,
          table: {
            widths: ['*'],
            body: [
              [
                {
                  fillColor: '#FFF4D6',
                  text: [{ text: `${note.lead} `, bold: true }, note.detail],
                },
              ],
            ],
          },
        };
  // The section is a few short rows: kept on one page so the rules stay with their table.
  return [{ unbreakable: true, stack: [table, verdict, ...rules, agreement] }];
}

/**
 * The body of the surveillance report (everything under its title). The whole record PDF prints
 * it as the stage's section 3.
 */
export function surveillanceReportBody(data: SurveillanceExportData): Content[] {
  const { context, preparation, report } = data;
  const { organisation } = context.record;
  const { stage } = context;
  return [
    factsTable(
      [
        ['Name of organisation', organisation.name],
        ['Assessment reference number', organisation.reference],
        ['Units in scope', organisation.unitsInScope],
        ['Assessor', stage.assessor],
        ['Date of surveillance visit', visitDateText(stage, preparation)],
        ['Number of visit days', visitDaysText(stage)],
        ['First assessment of the cycle', `${report.firstStageTitle} (cycle ${report.cycle})`],
        ['Rule profile', `${context.profile.name}: ${context.profile.description}`],
        ['Sign-off', signOffText(stage)],
        [
          `Surveillance category after ${preparation.basedOn?.title ?? 'the previous stage'}`,
          categoryText(preparation.category),
        ],
        [`Surveillance category after ${report.stageTitle}`, categoryText(data.categoryAfter)],
      ],
      150,
    ),
    whatHasChanged(data),
    progressTable(data),
    changedMarks(data),
    ...scoringTable(data),
  ];
}

/**
 * The surveillance report the assessor writes after a surveillance (ASSESSMENT-RECORD.md §3),
 * portrait: what has changed since the first assessment under each criterion, progress on
 * every development point at the stage (status, client's response and assessor's update at
 * each stage), the element scores changed since the first assessment, and the scoring table
 * per criterion with the rules, the profile in use and — where the two profiles disagree — the
 * profile note. Pure; throws `ExportError` for a stage that is not a surveillance of the record.
 */
export function buildSurveillanceReport(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: SurveillanceExportOptions,
): TDocumentDefinitions {
  const data = surveillanceExportData(record, stageId, options);
  return surveillancePdf(
    data,
    'Surveillance report',
    'Surveillance report',
    surveillanceReportBody(data),
    FONT_SIZE,
  );
}
