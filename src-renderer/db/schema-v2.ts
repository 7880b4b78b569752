// Schema version 2: the evidence library. Documents gain what the library records (kind, when
// added, stage, period, trash, rejected suggestions); two tables are added: the text read from
// each file (by content hash) and the links from documents to elements.
import { DOCUMENT_KINDS } from '../../shared/evidence/types';
import { extensionOf } from '../../shared/evidence/file-kinds';
import type { RawRow, SchemaStep } from './schema-step';

const KIND_BY_EXTENSION: Readonly<Record<string, (typeof DOCUMENT_KINDS)[number]>> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  text: 'text',
  csv: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/**
 * A version-1 document row (none were written by the app, which had no library yet, but the
 * table existed) upgraded to version 2: fields it lacks get their defaults, fields it has are
 * kept. Pure and idempotent.
 */
export function upgradeDocumentRowV2(row: RawRow): RawRow {
  const name = typeof row.name === 'string' ? row.name : '';
  const kind = (DOCUMENT_KINDS as readonly unknown[]).includes(row.kind)
    ? row.kind
    : (KIND_BY_EXTENSION[extensionOf(name)] ?? 'attachment');
  return {
    ...row,
    kind,
    addedAt: typeof row.addedAt === 'string' ? row.addedAt : (row.updatedAt ?? ''),
    stageId: typeof row.stageId === 'string' ? row.stageId : null,
    period: typeof row.period === 'string' ? row.period : '',
    trashedAt: typeof row.trashedAt === 'string' ? row.trashedAt : null,
    rejectedSuggestions: Array.isArray(row.rejectedSuggestions) ? row.rejectedSuggestions : [],
  };
}

/** Schema version 2 (test/fixtures/db/v2.json holds data written at it). */
export const SCHEMA_V2: SchemaStep = {
  version: 2,
  describe: 'evidence library: document fields, extracted texts, links to elements',
  stores: {
    documentTexts: '&hash',
    evidenceLinks: '&id, organisationId, documentId, [stageId+element]',
  },
  rows: { documents: upgradeDocumentRowV2 },
};
