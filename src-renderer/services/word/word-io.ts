import type { ColumnMappings, DocxFailure, DocxImport } from '../../../shared/word';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import type { Result } from '../../../shared/types/result';
import { generatorText } from '../../../shared/app-identity';

/**
 * Reads a Word record. The Word code and its libraries (fast-xml-parser) load on first
 * use only, never in the initial bundle.
 */
export async function readWordRecord(
  bytes: Uint8Array,
  fileName: string,
  newId: () => string,
  columnMappings: ColumnMappings,
): Promise<Result<DocxImport, DocxFailure>> {
  const [{ importDocx }, xml] = await Promise.all([
    import('../../../shared/word'),
    import('fast-xml-parser'),
  ]);
  const fallbackName = fileName.replace(/\.docx$/i, '');
  return importDocx(bytes, { XMLParser: xml.XMLParser }, { newId, fallbackName, columnMappings });
}

/** The whole record in the certifying body's Word layout, as .docx bytes. */
export async function makeWordRecord(
  record: AssessmentRecord,
  options: { readonly generatedAt: string; readonly profile: RuleProfile },
): Promise<Uint8Array> {
  const [{ buildWordRecord, renderWordDocument }, docx] = await Promise.all([
    import('../../../shared/word'),
    import('docx'),
  ]);
  const spec = buildWordRecord(record, { ...options, generator: generatorText() });
  return renderWordDocument(spec, docx);
}
