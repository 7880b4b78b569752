/** Why a zip archive, or one of its entries, is not read. */
export type ZipProblemCode =
  | 'not-zip'
  | 'damaged'
  | 'too-many-entries'
  | 'too-large'
  | 'size-mismatch'
  | 'overlapping'
  | 'encrypted'
  | 'unsupported-method'
  | 'unsafe-name'
  | 'duplicate-name'
  | 'missing-entry';

/**
 * A refusal: `message` is a sentence of ours, in plain words, without a full stop, that a
 * reader puts after "… cannot be read: " or similar (e.g. "the Word document holds 400000
 * entries; at most 5000 are read").
 */
export interface ZipProblem {
  readonly code: ZipProblemCode;
  readonly message: string;
}

/** Bytes in words: "512 KiB", "32 MiB". */
export function byteText(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mib = bytes / (1024 * 1024);
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  }
  return `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * A name from the archive, quoted, with control characters shown as "?"; a long path is shown
 * by its last part ("…/notes.txt"), which is what a person recognises.
 */
export function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  if (clean.length <= 60) return JSON.stringify(clean);
  const last = clean.slice(clean.lastIndexOf('/', clean.length - 2) + 1);
  return JSON.stringify(`…/${last.length > 57 ? `${last.slice(0, 56)}…` : last}`);
}
