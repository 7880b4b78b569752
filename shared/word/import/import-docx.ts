import type { Catalogue } from '../../catalogue/catalogue';
import { DEFAULT_CATALOGUE } from '../../catalogue/catalogue';
import { formatExchangeError } from '../../exchange/errors';
import { readExchange } from '../../exchange/read';
import { toExchange } from '../../exchange/write';
import type { IdSource } from '../../types/ids';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import type { DocxFailure } from '../read/docx-container';
import type { WordReadLibraries } from '../read/libraries';
import { parseDocx } from '../read/parse-docx';
import { assemble } from './assemble';
import { blockingIssues, layoutWarnings } from './blocking';
import type { ColumnMappings } from './layout-types';
import type { DocumentCertifyingBody, DocxImport, ImportWarning } from './preview-types';
import type { DocBlock } from '../read/doc-model';
import {
  certifyingBodyFromLines,
  repeatedContactLines,
} from '../../settings/certifying-body-lines';
import { slotKey } from './stage-names';
import { walkDocument } from './walk';

export interface DocxImportOptions {
  /** Makes ids for what the document carries none for (injected: shared code makes none). */
  readonly newId: IdSource;
  /** The organisation's name when the document gives none; default "Imported organisation". */
  readonly fallbackName?: string;
  /** The edition of the standard the record is read against; default the 57-element one. */
  readonly catalogue?: Catalogue;
  /** The assessor's column mapping per layout, from an earlier preview (see layout-types.ts). */
  readonly columnMappings?: ColumnMappings;
}

/**
 * Reads an assessment record kept in the certifying body's Word layout (ASSESSMENT-RECORD.md)
 * into a record and a preview of what was read from where. Nothing is stored: the caller shows
 * the preview and stores `record` once the user confirms. Never throws; a file that is not a
 * readable Word record, or whose content does not make a valid record, is one failure with a
 * sentence for the user.
 */
export async function importDocx(
  bytes: Uint8Array,
  libs: WordReadLibraries,
  options: DocxImportOptions,
): Promise<Result<DocxImport, DocxFailure>> {
  const parsed = await parseDocx(bytes, libs);
  if (!parsed.ok) return parsed;
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const blocks = parsed.value.blocks;
  const ctx = walkDocument(blocks, catalogue, options.columnMappings ?? {});
  const tables = blocks.filter((b) => b.kind === 'table').length;
  if (ctx.elementTables === 0) {
    return fail([
      {
        code: 'no-element-tables',
        message: `found ${tables} table${tables === 1 ? '' : 's'}, none with element numbers such as 1.1.1; this does not look like an assessment record in the certifying body's layout`,
      },
    ]);
  }
  const built = assemble(ctx, parsed.value.customProperties, {
    catalogue,
    newId: options.newId,
    fallbackName: options.fallbackName ?? 'Imported organisation',
  });
  const checked = readExchange(
    toExchange({ organisation: built.organisation, stages: built.stages }),
  );
  if (!checked.ok) {
    const list = checked.errors.slice(0, 10).map(formatExchangeError).join('; ');
    return fail([
      { code: 'invalid-record', message: `the document does not make a valid record: ${list}` },
    ]);
  }
  const ids = new Map(built.stages.map((s) => [slotKey(s), s.id] as const));
  const warnings: ImportWarning[] = ctx.warnings.items.map((w) => ({
    code: w.code,
    message: w.message,
    stageId: w.slot ? (ids.get(slotKey(w.slot)) ?? null) : null,
    element: w.element,
    source: w.source,
  }));
  const record = checked.value.record;
  const layouts = ctx.layouts.preview();
  const tracked = parsed.value.trackedChanges;
  if (tracked.insertions + tracked.deletions > 0) {
    warnings.unshift({
      code: 'tracked-changes',
      message: `The document holds unaccepted tracked changes (${tracked.insertions} insertion${tracked.insertions === 1 ? '' : 's'}, ${tracked.deletions} deletion${tracked.deletions === 1 ? '' : 's'}); it was read as it now stands: insertions in, deletions out.`,
      stageId: null,
      element: null,
      source: null,
    });
  }
  warnings.push(...layoutWarnings(layouts));
  const blocking = blockingIssues(record, built.previews, layouts);
  return ok({
    record,
    preview: {
      organisation: {
        name: record.organisation.name,
        reference: record.organisation.reference,
        unitsInScope: record.organisation.unitsInScope,
        contacts: record.organisation.contacts.length,
      },
      idsFromDocument: built.idsFromDocument,
      counts: {
        paragraphs: blocks.length - tables,
        tables,
        elementTables: ctx.elementTables,
      },
      stages: built.previews,
      layouts,
      blocking,
      trackedChanges: tracked,
      warnings,
      unplaced: built.unplaced.map((u) => ({ ...u.text, stageId: u.stageId })),
      certifyingBody: documentCertifyingBody(parsed.value.footerLines, blocks),
    },
  });
}

/** The certifying body of the page footer, else of contact lines repeated in the body. */
function documentCertifyingBody(
  footerLines: readonly string[],
  blocks: readonly DocBlock[],
): DocumentCertifyingBody | null {
  const footer = certifyingBodyFromLines(footerLines);
  if (footer) return { ...footer, from: 'footer' };
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const repeated = certifyingBodyFromLines(repeatedContactLines(paragraphs));
  return repeated ? { ...repeated, from: 'repeated-lines' } : null;
}
