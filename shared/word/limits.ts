/**
 * Limits of the Word (.docx) import. They bound what a broken or malicious file can make us
 * hold in memory and sit far above a real assessment record (a 40-page record is ~200 KB zipped,
 * a few MB of XML).
 */
export const DOCX_LIMITS = {
  /** Bytes of the .docx file itself: the same cap as an exchange file. */
  maxFileBytes: 50 * 1024 * 1024,
  // The zip's entries and inflated sizes: DOCX_ZIP_BUDGET (shared/zip/budgets.ts); the XML's
  // elements and depth: OFFICE_XML_BUDGET (shared/xml/xml-budget.ts).
  /** Nesting depth of XML elements walked (tables inside tables inside tables …). */
  maxDepth: 200,
} as const;
