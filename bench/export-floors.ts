/**
 * The floors of the export suite (bench/export-long.bench.ts): exceljs doing the same content
 * without our spec layer.
 */
import type { Style, Workbook } from 'exceljs';
import type { ExcelJsModule } from '../shared/export/xlsx/render-workbook';
import { toExcelStyle } from '../shared/export/xlsx/render-workbook';
import type { WorkbookSpec } from '../shared/export/xlsx/spec';

export type Task = () => Promise<unknown>;

/**
 * The spec's content written straight with exceljs: properties, sheets with their views, page
 * setup and headers, columns, cells and styles, merges, drop-downs and highlights — what
 * `renderWorkbook` writes, without the spec layer's conversions done inside the timing.
 */
export function bareXlsx(excel: ExcelJsModule, spec: WorkbookSpec): Task {
  const styles = new Map(Object.entries(spec.styles).map(([k, v]) => [k, toExcelStyle(v)]));
  const created = new Date(spec.properties.created);
  return async () => {
    const wb = new excel.Workbook();
    Object.assign(wb, {
      creator: spec.properties.creator,
      lastModifiedBy: spec.properties.creator,
      title: spec.properties.title,
      subject: spec.properties.subject,
      created,
      modified: created,
    });
    for (const s of spec.sheets) {
      const page = s.page;
      const ws = wb.addWorksheet(s.name, {
        state: s.state,
        ...(s.tabColor ? { properties: { tabColor: { argb: `FF${s.tabColor}` } } } : {}),
        views: s.freeze
          ? [{ state: 'frozen', xSplit: s.freeze.columns, ySplit: s.freeze.rows }]
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
                oddHeader: `&L&8${page.headerLeft}&R&8${page.headerRight}`,
                oddFooter: `&L&8${page.footerLeft}&R&8Page &P of &N`,
              },
            }
          : {}),
      });
      s.columns.forEach((c, i) => {
        const col = ws.getColumn(i + 1);
        col.width = c.width;
        if (c.hidden) col.hidden = true;
      });
      s.rows.forEach((r, i) => {
        const row = ws.getRow(i + 1);
        if (r.height !== undefined) row.height = r.height;
        r.cells.forEach((c, j) => {
          if (c === null) return;
          const cell = row.getCell(j + 1);
          const v = c.value;
          if (v !== null) {
            cell.value = typeof v === 'object' ? { formula: v.formula, result: v.result } : v;
          }
          const style = c.style === undefined ? undefined : styles.get(c.style);
          if (style) cell.style = style;
        });
      });
      for (const m of s.merges ?? []) ws.mergeCells(m);
      const dv = (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } })
        .dataValidations;
      for (const v of s.validations ?? []) {
        dv.add(v.range, {
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
      let priority = 1;
      for (const h of s.highlights ?? []) {
        const st = spec.styles[h.style] ?? {};
        const style: Partial<Style> = {
          font: {
            bold: st.bold === true,
            ...(st.color ? { color: { argb: `FF${st.color}` } } : {}),
          },
          fill: {
            type: 'pattern',
            pattern: 'solid',
            bgColor: { argb: `FF${st.fill ?? 'FFFFFF'}` },
          },
        };
        ws.addConditionalFormatting({
          ref: h.range,
          rules: [
            {
              type: 'cellIs',
              operator: 'equal',
              formulae: [`"${h.equals}"`],
              priority: priority++,
              style,
            },
          ],
        });
      }
    }
    return wb.xlsx.writeBuffer();
  };
}

/** Bare read: load the workbook and read every cell's value of every sheet. */
export function bareImport(excel: ExcelJsModule, bytes: Uint8Array): Task {
  return async () => {
    const wb: Workbook = new excel.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const values: unknown[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    }
    return values.length;
  };
}
