import type { ExportContext } from '../export-context';
import { CONFIDENTIAL, KEY_OF_MARKS, exportTitle } from '../export-context';
import {
  contactsText,
  cycleDateRows,
  headerStages,
  keyDateTable,
  signOffText,
} from '../record-header';
import { estimateRowHeight } from './layout';
import type { CellSpec, RowSpec, SheetSpec } from './spec';
import { cell, columnLetter } from './spec';

const LABEL_WIDTH = 40;
const STAGE_WIDTH = 24;

/**
 * The cover: organisation, reference, units in scope, the assessor and every key date of each
 * stage of the cycle, the surveillance and recertification dates, the key of marks, "Commercial
 * in Confidence", when the workbook was generated and, when set, the certifying body.
 */
export function buildCover(context: ExportContext): SheetSpec {
  const { organisation } = context.record;
  const stages = headerStages(context);
  const span = Math.max(1, stages.length);
  const last = columnLetter(1 + span);
  const rows: RowSpec[] = [];
  const merges: string[] = [];
  const widths = [LABEL_WIDTH, STAGE_WIDTH * span];

  const line = (cells: (CellSpec | null)[], height?: number): void => {
    rows.push(height === undefined ? { cells } : { cells, height });
  };
  const wide = (label: string, value: string): void => {
    line([cell(label, 'label'), cell(value, 'text')], estimateRowHeight([label, value], widths));
    merges.push(`B${rows.length}:${last}${rows.length}`);
  };
  const heading = (text: string): void => {
    line([]);
    line([cell(text, 'subtitle')], 20);
  };

  line([cell('Customer Service Excellence — assessment record', 'title')], 22);
  line([cell(CONFIDENTIAL, 'confidential')]);
  line([]);
  wide('Name of organisation', organisation.name);
  wide('Assessment reference number', organisation.reference);
  wide('Units in scope', organisation.unitsInScope);
  wide('Client contacts', contactsText(organisation));
  wide('Stage in this workbook', `${exportTitle(context)}, cycle ${context.stage.cycle}`);
  wide('Rule profile', `${context.profile.name}: ${context.profile.description}`);
  wide('Sign-off', signOffText(context.stage));
  wide('Generated', `${context.generatedText} by ${context.generator}`);
  if (context.certifyingBodyLines.length > 0) {
    wide('Certifying body', context.certifyingBodyLines.join('\n'));
  }

  heading('Assessors and key dates');
  const table = keyDateTable(context.record, stages, context.profile);
  line([cell('', 'header'), ...table.columns.map((c) => cell(c, 'header'))], 30);
  for (const [label, ...values] of table.rows) {
    line([cell(label, 'label'), ...values.map((v) => cell(v, 'text'))]);
  }

  heading('Surveillance and recertification');
  for (const [label, value] of cycleDateRows(context)) wide(label, value);

  heading('Key of marks');
  for (const [code, meaning] of KEY_OF_MARKS) {
    line([cell(code, 'label'), cell(meaning, 'text')]);
    merges.push(`B${rows.length}:${last}${rows.length}`);
  }

  heading('Editing this workbook');
  line(
    [
      cell(
        'Marks and notes may be changed on the criterion sheets and read back into CSE Fieldbook ' +
          '(import from Excel), which shows every change before applying it. Keep the sheet ' +
          'names, the column order and the element numbers in column A as they are. Text longer ' +
          'than one Excel cell (32,767 characters) continues on rows marked "continued" beneath ' +
          'its element. The Scoring sheet recalculates from the marks.',
        'note',
      ),
    ],
    66,
  );
  merges.push(`A${rows.length}:${last}${rows.length}`);

  return {
    name: 'Cover',
    state: 'visible',
    tabColor: '1F4E79',
    columns: [
      { width: LABEL_WIDTH },
      ...Array.from({ length: span }, () => ({ width: STAGE_WIDTH })),
    ],
    rows,
    merges,
    page: {
      orientation: 'portrait',
      headerLeft: `${organisation.name} — ${organisation.reference}`,
      headerRight: exportTitle(context),
      footerLeft: CONFIDENTIAL,
      fitToWidth: true,
    },
  };
}
