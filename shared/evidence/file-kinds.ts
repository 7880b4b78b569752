// What kind of file was added, from its name and its first bytes, and which files are refused.
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { DocumentKind } from './types';

/**
 * The largest file the library keeps: 50 MiB. A bigger file is refused with this size in the
 * message (a client's policy or survey report is rarely over 10 MiB; scans can be split).
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Why a file was not added. Whatever the reason, nothing stored was changed. */
export interface FileProblem {
  readonly reason:
    | 'too-large'
    | 'empty'
    | 'unknown-type'
    | 'encrypted'
    | 'corrupt'
    | 'not-zip'
    | 'not-text'
    | 'timed-out'
    | 'failed';
  /** In plain words for the assessor; names the file. */
  readonly message: string;
}

export interface FileKind {
  readonly kind: DocumentKind;
  readonly mediaType: string;
}

const BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf' },
  docx: {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  txt: { kind: 'text', mediaType: 'text/plain' },
  text: { kind: 'text', mediaType: 'text/plain' },
  csv: { kind: 'text', mediaType: 'text/csv' },
  md: { kind: 'markdown', mediaType: 'text/markdown' },
  markdown: { kind: 'markdown', mediaType: 'text/markdown' },
  html: { kind: 'html', mediaType: 'text/html' },
  htm: { kind: 'html', mediaType: 'text/html' },
};

/** Kept as attachments, without text: images, spreadsheets, slides, old or other office files. */
const ATTACHMENTS: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  heic: 'image/heic',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ppt: 'application/vnd.ms-powerpoint',
  doc: 'application/msword',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  msg: 'application/vnd.ms-outlook',
  eml: 'message/rfc822',
};

/** The extensions the library accepts, for file pickers and messages. */
export const ACCEPTED_EXTENSIONS: readonly string[] = [
  ...Object.keys(BY_EXTENSION),
  ...Object.keys(ATTACHMENTS),
];

/** The lower-case extension of a file name, without the dot; "" when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes start like a PDF (`%PDF-`, allowing leading junk as readers do). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= end; i += 1) if (startsWith(bytes, PDF, i)) return true;
  return false;
}

/** Whether the bytes start like a zip archive (DOCX, XLSX, bundles). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * The kind of a file from its name, checked against its bytes: a ".pdf" must start like a PDF
 * and a ".docx" like a zip archive. Refuses files over MAX_DOCUMENT_BYTES, empty files and kinds
 * the library cannot keep, each with a message that names the file.
 */
export function classifyFile(name: string, bytes: Uint8Array): Result<FileKind, FileProblem> {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return fail([
      {
        reason: 'too-large',
        message:
          `"${name}" is ${sizeText(bytes.length)}; the evidence library keeps files up to ` +
          `${sizeText(MAX_DOCUMENT_BYTES)}. Split it or save a smaller copy. Nothing was added.`,
      },
    ]);
  }
  if (bytes.length === 0) {
    return fail([{ reason: 'empty', message: `"${name}" is empty (0 bytes). Nothing was added.` }]);
  }
  const extension = extensionOf(name);
  const known = BY_EXTENSION[extension];
  if (known?.kind === 'pdf' && !looksLikePdf(bytes)) {
    return fail([
      {
        reason: 'corrupt',
        message: `"${name}" is not a readable PDF: it does not start like a PDF file (it may be damaged or renamed). Nothing was added.`,
      },
    ]);
  }
  if (known?.kind === 'docx' && !looksLikeZip(bytes)) {
    return fail([
      {
        reason: 'not-zip',
        message: `"${name}" is not a Word (.docx) document: a .docx file is a zip archive and this one is not (it may be an old .doc renamed, or damaged). Save it again as .docx. Nothing was added.`,
      },
    ]);
  }
  if (known) return ok(known);
  const attachment = ATTACHMENTS[extension];
  if (attachment) return ok({ kind: 'attachment', mediaType: attachment });
  if (extension === '' && looksLikePdf(bytes)) return ok(BY_EXTENSION.pdf as FileKind);
  return fail([
    {
      reason: 'unknown-type',
      message:
        `"${name}" is a kind of file the evidence library does not keep` +
        `${extension ? ` (.${extension})` : ' (it has no extension)'}. It keeps PDF, Word (.docx), ` +
        'text, Markdown and HTML documents, and images, spreadsheets and slides as attachments. ' +
        'Nothing was added.',
    },
  ]);
}
