// An edited workbook, checked and re-packed within its budget before exceljs opens it.
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import type { XmlBudget } from '../../xml/xml-budget';
import { countXmlElements } from '../../xml/xml-budget';
import { XLSX_ZIP_BUDGET } from '../../zip/budgets';
import { openZip, readAllEntries } from '../../zip/read-zip';
import { storedZip } from '../../zip/write-zip';
import { decodeUtf8Replacing } from '../../text/utf8';

/**
 * The XML of a whole workbook, all parts together: exceljs holds about 600 bytes per element,
 * and a workbook exported by CSE Fieldbook holds a few thousand (shared strings, cells, styles).
 */
export const XLSX_XML_BUDGET: XmlBudget = {
  maxChars: 32 * 1024 * 1024,
  maxElements: 300_000,
  maxDepth: 64,
};

/**
 * The workbook's package re-packed from entries that passed `XLSX_ZIP_BUDGET` (inflated through
 * bounded streams, sizes true) and whose XML passed `XLSX_XML_BUDGET` over all parts together
 * (no DTD, bounded elements and depth): what exceljs may open. A refusal is one sentence.
 */
export function boundedWorkbook(bytes: Uint8Array): Result<Uint8Array, string> {
  const opened = openZip(bytes, XLSX_ZIP_BUDGET);
  const entries = opened.ok ? readAllEntries(opened.value) : opened;
  if (!entries.ok) {
    const problem = entries.errors[0];
    if (problem?.code === 'not-zip') {
      return fail(['the file is not an XLSX workbook: it is not a zip archive']);
    }
    return fail([problem?.message ?? 'the workbook is damaged']);
  }
  let left = XLSX_XML_BUDGET.maxElements;
  for (const entry of entries.value) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const what = `the workbook's part ${JSON.stringify(entry.name.slice(0, 80))}`;
    const counted = countXmlElements(
      decodeUtf8Replacing(entry.bytes),
      { ...XLSX_XML_BUDGET, maxElements: left },
      what,
    );
    if (typeof counted !== 'number') {
      return fail([
        counted.code === 'too-many-elements'
          ? `the workbook holds more than ${XLSX_XML_BUDGET.maxElements} XML elements, far more than a workbook exported by CSE Fieldbook (a damaged or hostile file)`
          : counted.message,
      ]);
    }
    left -= counted;
  }
  return ok(storedZip(entries.value));
}
