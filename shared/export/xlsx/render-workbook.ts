import type { CellValue as ExcelCellValue, DataValidation, Style, Workbook } from 'exceljs';
import type { CellStyle, CellValue, SheetSpec, WorkbookSpec } from './spec';

/**
 * The part of the exceljs module the renderer and importer use. Passed in, so the browser can
 * load exceljs lazily with `import()` and Node passes `(await import('exceljs')).default`.
 */
export interface ExcelJsModule {
  readonly Workbook: typeof Workbook;
}

/** exceljs keeps `worksheet.dataValidations` out of its typings; this is the part we call. */
interface DataValidationsHost {
  readonly dataValidations: { add(address: string, validation: DataValidation): unknown };
}

function hasDataValidations(sheet: unknown): sheet is DataValidationsHost {
  const host = (sheet as { dataValidations?: { add?: unknown } } | null)?.dataValidations;
  return typeof host?.add === 'function';
}

const FONT = 'Arial';
const BORDER_COLOUR = { argb: 'FFBFBFBF' };
const THIN = { style: 'thin', color: BORDER_COLOUR } as const;

function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb}` };
}

/** Our plain style as an exceljs cell style. */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {
    font: {
      name: FONT,
      size: style.size ?? 10,
      bold: style.bold === true,
      italic: style.italic === true,
      ...(style.color ? { color: argb(style.color) } : {}),
    },
    alignment: {
      wrapText: style.wrap === true,
      vertical: style.vertical ?? 'top',
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    },
  };
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numFmt) out.numFmt = style.numFmt;
  return out;
}

/** A conditional-format (dxf) style: fills use the background colour there. */
function toHighlightStyle(style: CellStyle): Partial<Style> {
  return {
    font: { bold: style.bold === true, ...(style.color ? { color: argb(style.color) } : {}) },
    ...(style.fill
      ? { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(style.fill) } as const }
      : {}),
  };
}

/** "&" starts a code in Excel page headers; a literal one is doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

function cellValue(value: CellValue): ExcelCellValue {
  if (value !== null && typeof value === 'object') {
    return { formula: value.formula, result: value.result };
  }
  return value;
}

function renderSheet(
  workbook: Workbook,
  spec: SheetSpec,
  styles: ReadonlyMap<string, Partial<Style>>,
  raw: Readonly<Record<string, CellStyle>>,
): void {
  const page = spec.page;
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.state,
    ...(spec.tabColor ? { properties: { tabColor: argb(spec.tabColor) } } : {}),
    views: spec.freeze
      ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }]
      : [{}],
    ...(page
      ? {
          pageSetup: {
            paperSize: 9,
            orientation: page.orientation,
            fitToPage: page.fitToWidth,
            fitToWidth: 1,
            fitToHeight: 0,
            margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
            ...(page.printTitlesRow ? { printTitlesRow: page.printTitlesRow } : {}),
          },
          headerFooter: {
            oddHeader: `&L&8${headerText(page.headerLeft)}&R&8${headerText(page.headerRight)}`,
            oddFooter: `&L&8${headerText(page.footerLeft)}${page.footerCentre ? `&C&7${headerText(page.footerCentre)}` : ''}&R&8Page &P of &N`,
          },
        }
      : {}),
  });
  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    if (column.hidden) col.hidden = true;
  });
  spec.rows.forEach((rowSpec, r) => {
    const row = sheet.getRow(r + 1);
    if (rowSpec.height !== undefined) row.height = rowSpec.height;
    rowSpec.cells.forEach((c, i) => {
      if (c === null) return;
      const target = row.getCell(i + 1);
      if (c.value !== null) target.value = cellValue(c.value);
      const style = c.style === undefined ? undefined : styles.get(c.style);
      if (style) target.style = style;
    });
  });
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  if (spec.validations?.length) {
    if (!hasDataValidations(sheet))
      throw new Error('this exceljs has no worksheet.dataValidations');
    for (const v of spec.validations) {
      sheet.dataValidations.add(v.range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.values.join(',')}"`],
        showInputMessage: true,
        promptTitle: v.promptTitle,
        prompt: v.prompt,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Not a valid entry',
        error: v.error,
      });
    }
  }
  let priority = 1;
  for (const rule of spec.highlights ?? []) {
    const style = raw[rule.style];
    if (!style) continue;
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: [`"${rule.equals}"`],
          priority: priority++,
          style: toHighlightStyle(style),
        },
      ],
    });
  }
}

/**
 * Renders a workbook spec to XLSX bytes with the exceljs module given. Deterministic apart from
 * what exceljs itself adds: the document dates come from the spec, never from the clock.
 */
export async function renderWorkbook(
  spec: WorkbookSpec,
  excel: ExcelJsModule,
): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  const created = new Date(spec.properties.created);
  workbook.creator = spec.properties.creator;
  workbook.lastModifiedBy = spec.properties.creator;
  workbook.title = spec.properties.title;
  workbook.subject = spec.properties.subject;
  if (!Number.isNaN(created.getTime())) {
    workbook.created = created;
    workbook.modified = created;
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  const styles = new Map(
    Object.entries(spec.styles).map(([k, v]) => [k, toExcelStyle(v)] as const),
  );
  for (const sheet of spec.sheets) renderSheet(workbook, sheet, styles, spec.styles);
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  if (buffer instanceof Uint8Array) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new Error('exceljs returned no bytes');
}
