import type JSZip from 'jszip';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import { DOCX_LIMITS } from '../limits';
import type { WordReadLibraries } from './libraries';

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
}

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

interface StreamHelper {
  on(event: 'data', callback: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', callback: () => void): StreamHelper;
  on(event: 'error', callback: (error: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** JSZip's streaming reader: public in its code, missing from its types. */
interface Streamable {
  internalStream?(type: 'uint8array'): StreamHelper;
}

/** Inflates one entry chunk by chunk, stopping as soon as `budget` bytes are passed. */
function inflate(file: JSZip.JSZipObject, budget: number): Promise<Uint8Array | 'over'> {
  const stream = (file as unknown as Streamable).internalStream?.('uint8array');
  if (!stream) return file.async('uint8array').then((b) => (b.length > budget ? 'over' : b));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    stream
      .on('data', (chunk) => {
        if (done) return;
        size += chunk.length;
        if (size > budget) {
          done = true;
          stream.pause();
          resolve('over');
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        done = true;
        reject(error);
      })
      .on('end', () => {
        if (done) return;
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

function tooMuch(limit: number): DocxFailure {
  return {
    code: 'too-much-inflated',
    message: `the document unpacks to more than ${Math.round(limit / 1024 / 1024)} MB of text; it is damaged or not a real record (a "zip bomb")`,
  };
}

function damaged(reason: string): DocxFailure {
  return {
    code: 'damaged',
    message: `the file is damaged or is not a Word document (${reason.slice(0, 200)})`,
  };
}

/**
 * Opens the zip and returns the XML of the document body and custom properties, inflating at
 * most `maxInflated` bytes (default `DOCX_LIMITS.maxInflatedBytes`; tests pass less). Never
 * throws.
 */
export async function readDocxXml(
  bytes: Uint8Array,
  libs: WordReadLibraries,
  maxInflated: number = DOCX_LIMITS.maxInflatedBytes,
): Promise<Result<DocxXml, DocxFailure>> {
  const refused = sniffDocx(bytes);
  if (refused) return fail([refused]);
  let zip: JSZip;
  try {
    zip = await libs.JSZip.loadAsync(bytes);
  } catch (error) {
    return fail([damaged(error instanceof Error ? error.message : String(error))]);
  }
  const names = Object.keys(zip.files);
  if (names.length > DOCX_LIMITS.maxZipEntries) {
    return fail([damaged(`${names.length} entries in the package`)]);
  }
  const main = zip.file('word/document.xml');
  if (!main) {
    const what = zip.file('xl/workbook.xml')
      ? 'an Excel workbook'
      : zip.file('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : zip.file('content.xml')
          ? 'an OpenDocument file (save it as .docx)'
          : 'a zip file without word/document.xml';
    return fail([{ code: 'not-docx', message: `the file is not a Word document: it is ${what}` }]);
  }
  try {
    const decoder = new TextDecoder('utf-8');
    const document = await inflate(main, maxInflated);
    if (document === 'over') return fail([tooMuch(maxInflated)]);
    const custom = zip.file('docProps/custom.xml');
    const props = custom ? await inflate(custom, maxInflated - document.length) : null;
    if (props === 'over') return fail([tooMuch(maxInflated)]);
    return ok({
      document: decoder.decode(document),
      customProperties: props === null ? null : decoder.decode(props),
    });
  } catch (error) {
    return fail([damaged(error instanceof Error ? error.message : String(error))]);
  }
}
