import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import type { ZipBudget } from '../../zip/budgets';
import { DOCX_ZIP_BUDGET } from '../../zip/budgets';
import type { ZipProblem } from '../../zip/problems';
import { openZip } from '../../zip/read-zip';
import { DOCX_LIMITS } from '../limits';
import { decodeUtf8Replacing } from '../../text/utf8';

/** Why a file cannot be read as a Word document; each comes with a sentence for the user. */
export type DocxFailureCode =
  | 'empty'
  | 'too-large'
  | 'encrypted'
  | 'legacy-doc'
  | 'not-docx'
  | 'damaged'
  | 'too-much-inflated'
  | 'no-element-tables'
  | 'invalid-record';

export interface DocxFailure {
  readonly code: DocxFailureCode;
  readonly message: string;
}

/** The XML parts of a .docx the importer reads. */
export interface DocxXml {
  readonly document: string;
  /** docProps/custom.xml, or `null` when the document has none. */
  readonly customProperties: string | null;
  /** The page footers (word/footerN.xml) in name order, at most `MAX_FOOTER_PARTS`. */
  readonly footers: readonly string[];
}

/** Word makes a footer per section and kind (first, even, default); more say nothing new. */
export const MAX_FOOTER_PARTS = 12;
const FOOTER_PART = /^word\/footer\d{0,4}\.xml$/;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE form of `name` occurs in the first MB (CFB directory entries). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  const end = Math.min(bytes.length, 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= end; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Refuses what is not a .docx before unzipping: empty, too large, OLE containers, other files. */
export function sniffDocx(bytes: Uint8Array): DocxFailure | null {
  if (bytes.length === 0) return { code: 'empty', message: 'the file is empty' };
  if (bytes.length > DOCX_LIMITS.maxFileBytes) {
    return {
      code: 'too-large',
      message: `the file is ${bytes.length} bytes; a Word record may be at most ${DOCX_LIMITS.maxFileBytes} bytes (50 MB)`,
    };
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
      return {
        code: 'encrypted',
        message:
          'the document is password-protected (an encrypted Word file); open it in Word, remove the password (File › Info › Protect Document) and save it as .docx',
      };
    }
    return {
      code: 'legacy-doc',
      message:
        'this is an old-format Word file (.doc, an OLE container) or a password-protected document; save it as a Word Document (.docx) without a password and import that',
    };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    return {
      code: 'not-docx',
      message: 'the file is not a Word document (.docx): it is not a zip package',
    };
  }
  return null;
}

/** The refusal of the zip layer, as the Word import says it. */
function fromZip(problem: ZipProblem): DocxFailure {
  switch (problem.code) {
    case 'too-large':
    case 'size-mismatch':
    case 'overlapping':
    case 'too-many-entries':
      return { code: 'too-much-inflated', message: problem.message };
    case 'not-zip':
      return { code: 'not-docx', message: problem.message };
    case 'encrypted':
      return {
        code: 'encrypted',
        message:
          'the document is password-protected (an encrypted Word file); open it in Word, remove the password (File › Info › Protect Document) and save it as .docx',
      };
    default:
      return { code: 'damaged', message: problem.message };
  }
}

/**
 * Opens the zip within its budget (`DOCX_ZIP_BUDGET`, or `maxInflated` bytes in all when given:
 * tests pass less) and returns the XML of the document body, custom properties and footers. The central
 * directory is checked before anything is inflated, and each part is inflated through a stream
 * that stops at its declared size. Never throws.
 */
export async function readDocxXml(
  bytes: Uint8Array,
  maxInflated?: number,
): Promise<Result<DocxXml, DocxFailure>> {
  const refused = sniffDocx(bytes);
  if (refused) return fail([refused]);
  const budget: ZipBudget =
    maxInflated === undefined
      ? DOCX_ZIP_BUDGET
      : {
          ...DOCX_ZIP_BUDGET,
          maxEntryBytes: Math.min(maxInflated, DOCX_ZIP_BUDGET.maxEntryBytes),
          maxTotalBytes: maxInflated,
        };
  const zip = openZip(bytes, budget);
  if (!zip.ok) return fail(zip.errors.map((e) => fromZip(e)));
  const archive = zip.value;
  if (!archive.entry('word/document.xml')) {
    const what = archive.entry('xl/workbook.xml')
      ? 'an Excel workbook'
      : archive.entry('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : archive.entry('content.xml')
          ? 'an OpenDocument file (save it as .docx)'
          : 'a zip file without word/document.xml';
    return fail([{ code: 'not-docx', message: `the file is not a Word document: it is ${what}` }]);
  }
  const document = archive.read('word/document.xml');
  if (!document.ok) return fail(document.errors.map((e) => fromZip(e)));
  let customProperties: string | null = null;
  if (archive.entry('docProps/custom.xml')) {
    const props = archive.read('docProps/custom.xml');
    if (!props.ok) return fail(props.errors.map((e) => fromZip(e)));
    customProperties = decodeUtf8Replacing(props.value);
  }
  const footers: string[] = [];
  const footerNames = archive.entries
    .map((e) => e.name)
    .filter((name) => FOOTER_PART.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .slice(0, MAX_FOOTER_PARTS);
  for (const name of footerNames) {
    const footer = archive.read(name);
    if (!footer.ok) return fail(footer.errors.map((e) => fromZip(e)));
    footers.push(decodeUtf8Replacing(footer.value));
  }
  return ok({ document: decodeUtf8Replacing(document.value), customProperties, footers });
}
