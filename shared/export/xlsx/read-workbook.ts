import type { Workbook, Worksheet } from 'exceljs';
import type { Catalogue } from '../../catalogue/catalogue';
import { findCatalogue } from '../../catalogue/catalogue';
import { EXCHANGE_LIMITS } from '../../exchange/limits';
import { stageTitle } from '../../records/select-stage';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord, ElementEntry, Stage } from '../../types/record';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import { boundedWorkbook } from './bounded-workbook';
import { criterionColumnsFor } from './layout';
import { readCriterionSheet } from './read-criterion-sheet';
import { cellText } from './read-cells';
import type { ExcelJsModule } from './render-workbook';
import { META_SHEET, WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION } from './spec';

/** Largest workbook read: the same cap as an exchange file. */
export const MAX_WORKBOOK_BYTES = EXCHANGE_LIMITS.maxFileBytes;
/** At most this many problems are listed; a badly broken file would list thousands. */
const MAX_PROBLEMS = 40;

/** What a workbook exported by CSE Fieldbook holds after editing: every element of its stage. */
export interface WorkbookEdits {
  readonly stageId: StageId;
  /** "Initial assessment (stage 1)", as exported. */
  readonly stageTitle: string;
  /** When the workbook was exported, as written in it. */
  readonly generatedAt: string;
  /** Every element of the stage's catalogue, in catalogue order, with the values in the workbook. */
  readonly entries: readonly ElementEntry[];
}

export interface ReadWorkbookOptions {
  /** The stage the caller means to update; a workbook of any other stage is refused. */
  readonly stageId?: string;
}

async function load(bytes: Uint8Array, excel: ExcelJsModule): Promise<Result<Workbook, string>> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    return fail([
      `the file is ${bytes.byteLength} bytes; a workbook may be at most ${MAX_WORKBOOK_BYTES}`,
    ]);
  }
  const bounded = boundedWorkbook(bytes);
  if (!bounded.ok) return bounded;
  const workbook = new excel.Workbook();
  try {
    // exceljs types ask for a Node Buffer; JSZip underneath reads any Uint8Array.
    await workbook.xlsx.load(bounded.value as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    // exceljs's own messages ("Cannot read properties of undefined (reading 'col')") mean
    // nothing to an assessor.
    return fail(['the file is damaged or is not an XLSX workbook: its sheets cannot be read']);
  }
  return ok(workbook);
}

/** Column A keys and column B values of the `_fieldbook` sheet. */
function readMeta(sheet: Worksheet): ReadonlyMap<string, string> {
  const meta = new Map<string, string>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 200); r += 1) {
    const row = sheet.getRow(r);
    const key = cellText(row.getCell(1).value);
    const value = cellText(row.getCell(2).value);
    if (key && value !== null) meta.set(key.trim(), value.trim());
  }
  return meta;
}

interface Identified {
  readonly stage: Stage;
  readonly catalogue: Catalogue;
  readonly title: string;
  readonly generatedAt: string;
  /** The workbook format version written in it (1 or 2). */
  readonly formatVersion: number;
}

/** Checks that the workbook is ours, of this organisation and of the stage asked for. */
function identify(
  workbook: Workbook,
  record: AssessmentRecord,
  options: ReadWorkbookOptions,
): Result<Identified, string> {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) {
    return fail([`this workbook was not exported by CSE Fieldbook: sheet ${META_SHEET} missing`]);
  }
  const meta = readMeta(sheet);
  if (meta.get('format') !== WORKBOOK_FORMAT) {
    return fail([
      `this workbook was not exported by CSE Fieldbook: sheet ${META_SHEET} does not say format "${WORKBOOK_FORMAT}"`,
    ]);
  }
  const version = Number(meta.get('formatVersion'));
  if (!Number.isInteger(version) || version < 1) {
    return fail([`sheet ${META_SHEET} has no valid formatVersion; it was changed after export`]);
  }
  if (version > WORKBOOK_FORMAT_VERSION) {
    return fail([
      `this workbook was exported by a newer CSE Fieldbook (workbook format ${version}); this version reads format ${WORKBOOK_FORMAT_VERSION}`,
    ]);
  }
  const org = record.organisation;
  const orgId = meta.get('organisationId') ?? '';
  if (orgId !== org.id) {
    return fail([
      `this workbook is for another organisation: "${meta.get('organisationName') ?? '?'}" (reference ${meta.get('reference') || 'none'}, id ${orgId || 'missing'}), not "${org.name}" (reference ${org.reference || 'none'}, id ${org.id})`,
    ]);
  }
  const stageId = meta.get('stageId') ?? '';
  const title = meta.get('stageTitle') ?? stageId;
  const stage = record.stages.find((s) => s.id === stageId);
  if (!stage) {
    const listed = record.stages.map((s) => `${stageTitle(s)} (id ${s.id})`).join(', ');
    return fail([
      `this workbook holds the stage "${title}" (id ${stageId || 'missing'}), which is not in this record; its stages are ${listed}`,
    ]);
  }
  if (options.stageId !== undefined && options.stageId !== stage.id) {
    const asked = record.stages.find((s) => s.id === options.stageId);
    const askedText = asked ? `${stageTitle(asked)} (id ${asked.id})` : `id ${options.stageId}`;
    return fail([
      `this workbook holds the stage ${stageTitle(stage)} (id ${stage.id}), not the stage asked for: ${askedText}`,
    ]);
  }
  const catalogueId = meta.get('catalogueId');
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue || catalogueId !== stage.catalogueId) {
    return fail([
      `this workbook was made for the catalogue "${catalogueId ?? 'missing'}" but the stage is scored against "${stage.catalogueId}"`,
    ]);
  }
  return ok({
    stage,
    catalogue,
    title,
    generatedAt: meta.get('generatedAt') ?? '',
    formatVersion: version,
  });
}

/**
 * Reads back a workbook made by `buildWorkbookSpec` + `renderWorkbook` and edited in Excel,
 * LibreOffice or Numbers: the marks, VO and texts of every element of the stage it was exported
 * from. Refuses, with messages that say what was expected, a file that is damaged or not XLSX,
 * a workbook made elsewhere (no `_fieldbook` sheet), one for another organisation or stage, and
 * sheets that were restructured (criterion sheet missing or renamed, columns moved, element rows
 * missing, unknown or doubled). Marks are read leniently ("f ", "p", "Full"); anything else is
 * an error naming the cell. Never throws.
 */
export async function readWorkbookEdits(
  bytes: Uint8Array,
  record: AssessmentRecord,
  excel: ExcelJsModule,
  options: ReadWorkbookOptions = {},
): Promise<Result<WorkbookEdits, string>> {
  const loaded = await load(bytes, excel);
  if (!loaded.ok) return loaded;
  const workbook = loaded.value;
  const identified = identify(workbook, record, options);
  if (!identified.ok) return identified;
  const { stage, catalogue, title, generatedAt, formatVersion } = identified.value;
  const columns = criterionColumnsFor(formatVersion);

  const problems: string[] = [];
  const entries = new Map<string, ElementEntry>();
  const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
  for (const criterion of catalogue.criteria) {
    const read = readCriterionSheet(workbook, criterion, catalogue, names, columns);
    if (!read.ok) problems.push(...read.errors);
    else for (const entry of read.value) entries.set(entry.element, entry);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and more; fix these first`);
    return fail(shown);
  }
  const ordered = catalogue.elements.flatMap((e) => {
    const entry = entries.get(e.id);
    return entry ? [entry] : [];
  });
  return ok({ stageId: stage.id, stageTitle: title, generatedAt, entries: ordered });
}
