import { signOffText } from '../record-header';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { findProfile } from '../../scoring/profiles';
import type { StageScore } from '../../scoring/score-types';
import { VERDICT_NAMES } from '../../scoring/score-types';
import { formatKeyDate } from '../../types/dates';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord } from '../../types/record';
import type { ExportContext, ExportOptions } from '../export-context';
import { COMPLIES_WORDS, CONFIDENTIAL, exportContext, exportTitle } from '../export-context';
import {
  GRID,
  PDF_COLOURS,
  factsTable,
  markCell,
  reportFrame,
  rowsFitOnPage,
  titledTable,
} from './pdf-common';
import { developmentPointsPdf } from './record-facts-pdf';

const FONT_SIZE = 9;
/** Portrait A4 content area in points (595 × 842 less margins). */
const CONTENT_WIDTH = 595 - 60;
const CONTENT_HEIGHT = 842 - 44 - 36;
const DISAGREE = 'The rule profiles disagree';
const SCORE_HEADERS = [
  'Criterion',
  'Elements',
  'Max P',
  'CP',
  'F',
  'P',
  'NC',
  'Unmarked',
  'F or CP',
  'Complies',
];

/** The scoring table of one mark set, as the certifying body's report prints it. */
function scoreTable(title: string, score: StageScore): Content {
  return titledTable({
    title,
    headers: SCORE_HEADERS,
    widths: ['*', 44, 32, 22, 22, 22, 22, 48, 40, 48],
    dontBreakRows: true,
    keepWithFirstRow: true,
    rows: score.criteria.map((c): TableCell[] => [
      { text: `${c.criterion} ${c.name}`, bold: true, fontSize: 8.5 },
      ...[c.elements, c.maxPartial, c.cp, c.f, c.p, c.nc, c.unscored].map((n): TableCell => ({
        text: String(n),
        alignment: 'center',
      })),
      { text: `${(Math.round(c.fullOrBetterShare * 1000) / 10).toFixed(1)}%`, alignment: 'center' },
      markCell(COMPLIES_WORDS[c.status]),
    ]),
  });
}

/** The verdict in a coloured band, its reasons, and the note when the profiles disagree. */
function verdictBlock(context: ExportContext, score: StageScore, title: string): Content[] {
  const reasons = score.reasons.filter((r) => !r.startsWith(DISAGREE));
  const disagreement = score.reasons.find((r) => r.startsWith(DISAGREE));
  const other = findProfile(score.otherProfile)?.name ?? score.otherProfile;
  const out: Content[] = [
    { text: title, style: 'h2' },
    {
      layout: GRID,
      table: {
        widths: [190, '*'],
        body: [
          [
            { text: `Verdict under "${context.profile.name}"`, style: 'label' },
            { ...markCell(VERDICT_NAMES[score.verdict], 11), alignment: 'left' },
          ],
        ],
      },
    },
    { ul: reasons, margin: [0, 4, 0, 0] },
  ];
  if (disagreement) {
    out.push({
      margin: [0, 6, 0, 0],
      layout: GRID,
      table: {
        widths: ['*'],
        body: [
          [
            {
              fillColor: '#FFF4D6',
              text: [
                {
                  text: `Profile note — under "${other}": ${VERDICT_NAMES[score.otherProfileVerdict]}. `,
                  bold: true,
                },
                disagreement,
              ],
            },
          ],
        ],
      },
    });
  }
  const takes = score.criteria.flatMap((c) =>
    c.whatItWouldTake ? [c.whatItWouldTake.sentence] : [],
  );
  if (takes.length > 0)
    out.push({ text: 'What it would take', bold: true, margin: [0, 6, 0, 2] }, { ul: takes });
  return out;
}

/** A table of element texts (CP justifications or development points), or "None". */
function elementTexts(
  title: string,
  rows: readonly (readonly [string, string, string, string, string])[],
  empty: string,
): Content {
  const widths = [42, 150, 30, 34, CONTENT_WIDTH - 42 - 150 - 30 - 34 - 5 * 9];
  const body: TableCell[][] = rows.map(([id, statement, dtr, final, text]) => [
    { text: id, bold: true },
    { text: statement, fontSize: 7.5 },
    markCell(dtr),
    markCell(final),
    text,
  ]);
  const texts = rows.map((r) => [r[0], r[1], '', '', r[4]]);
  if (body.length === 0) body.push([{ text: empty, colSpan: 5, style: 'note' }, '', '', '', '']);
  return titledTable({
    title,
    headers: ['Element', 'Statement', 'DTR', 'Final', title.replace(/s$/, '')],
    widths,
    rows: body,
    dontBreakRows: rowsFitOnPage(texts, widths, FONT_SIZE, CONTENT_HEIGHT),
    keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), widths, FONT_SIZE, CONTENT_HEIGHT),
  });
}

function cpAndDevelopment(context: ExportContext): Content[] {
  const cp: [string, string, string, string, string][] = [];
  for (const element of context.catalogue.elements) {
    const e = context.entry(element.id);
    if (e.finalMark === 'CP') {
      cp.push([
        element.id,
        element.statement,
        e.dtrMark ?? '',
        e.finalMark,
        e.cpJustification || '(no justification written)',
      ]);
    }
  }
  return [
    elementTexts('Compliance Plus justifications', cp, 'No element has a final mark of CP.'),
    ...developmentPointsPdf(context.record, context.stage.id, {
      width: CONTENT_WIDTH,
      height: CONTENT_HEIGHT,
      fontSize: FONT_SIZE,
    }),
  ];
}

/**
 * The assessment summary for the certifying body, portrait: organisation and stage, the verdict
 * on the visit (final) marks with its reasons and — when the two rule profiles disagree — the
 * profile note, scoring tables for the final and DTR marks, points to check, the Compliance
 * Plus justifications and the development points. Pure; throws `ExportError` for an unknown stage.
 */
export function buildSummaryReport(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: ExportOptions,
): TDocumentDefinitions {
  const context = exportContext(record, stageId, options);
  const { organisation } = record;
  const { stage } = context;
  const { final, dtr } = context.scores;
  const content: Content[] = [
    { text: 'Customer Service Excellence — assessment summary', style: 'title' },
    {
      text: `${exportTitle(context)} · for the certifying body · ${CONFIDENTIAL}`,
      style: 'subtitle',
    },
    factsTable(
      [
        ['Name of organisation', organisation.name],
        ['Assessment reference number', organisation.reference],
        ['Units in scope', organisation.unitsInScope],
        ['Stage', `${exportTitle(context)}, cycle ${stage.cycle}`],
        ['Assessor', stage.assessor],
        ['Visit date(s)', formatKeyDate(stage.dates.visit)],
        ['Number of visit days', stage.visitDays === null ? '' : String(stage.visitDays)],
        ['Rule profile', `${context.profile.name}: ${context.profile.description}`],
        ['Sign-off', signOffText(stage)],
      ],
      150,
    ),
    ...verdictBlock(context, final, 'Verdict — visit (final) marks'),
    scoreTable('Scoring — visit (final) marks', final),
    scoreTable('Scoring — desk-top review (DTR) marks', dtr),
    {
      text: `DTR verdict under "${context.profile.name}": ${VERDICT_NAMES[dtr.verdict]}${dtr.profilesDisagree ? ` (under the other profile: ${VERDICT_NAMES[dtr.otherProfileVerdict]})` : ''}.`,
      margin: [0, 4, 0, 0],
      color: PDF_COLOURS.grey,
    },
  ];
  if (final.warnings.length > 0) {
    content.push(
      titledTable({
        title: 'Points to check',
        headers: ['Before the report goes to the certifying body'],
        widths: ['*'],
        rows: final.warnings.map((w) => [w]),
        dontBreakRows: true,
        keepWithFirstRow: true,
      }),
    );
  }
  content.push(...cpAndDevelopment(context));
  return reportFrame(
    context,
    'Assessment summary',
    exportTitle(context),
    'portrait',
    content,
    FONT_SIZE,
  );
}
