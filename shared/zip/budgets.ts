/**
 * The budgets of every zip reader (docs/SECURITY.md, "Budgets of the file readers"). A zip
 * archive is checked against its budget from the central directory before anything is
 * inflated, and every entry is inflated through a stream that stops at its budget whatever
 * its header claims. Each budget sits far above what a real file of its kind holds.
 */
export interface ZipBudget {
  /** What the archive is, for messages: "Word document", "record bundle", "workbook". */
  readonly what: string;
  /** Entries in the central directory; more are refused before one is read. */
  readonly maxEntries: number;
  /** Bytes one entry may inflate to. */
  readonly maxEntryBytes: number;
  /** Bytes all entries together may inflate to (declared, and as read). */
  readonly maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A Word record (.docx) for the Word import: a real 40-page record holds a few dozen entries
 * and a few MB of XML. One entry may be as large as the file may be (a picture is stored, not
 * compressed); the XML read is further bounded by OFFICE_XML_BUDGET.
 */
export const DOCX_ZIP_BUDGET: ZipBudget = {
  what: 'Word document',
  maxEntries: 5_000,
  maxEntryBytes: 50 * MiB,
  maxTotalBytes: 256 * MiB,
};

/**
 * A client's Word document added to the evidence library (read by mammoth, which holds the
 * whole package in memory): documents of a few hundred pages with pictures fit.
 */
export const EVIDENCE_DOCX_ZIP_BUDGET: ZipBudget = {
  what: 'Word document',
  maxEntries: 5_000,
  maxEntryBytes: 50 * MiB,
  maxTotalBytes: 128 * MiB,
};

/** A workbook exported by CSE Fieldbook and edited in a spreadsheet program. */
export const XLSX_ZIP_BUDGET: ZipBudget = {
  what: 'workbook',
  maxEntries: 1_000,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
};

/**
 * A record bundle: the record (at most 50 MiB, as an exchange file) and each document's file
 * (at most 50 MiB, as the library keeps).
 */
export const BUNDLE_ZIP_BUDGET: ZipBudget = {
  what: 'record bundle',
  maxEntries: 5_010,
  maxEntryBytes: 50 * MiB,
  maxTotalBytes: 1024 * MiB,
};
