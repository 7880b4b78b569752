/**
 * Limits of the Word (.docx) import. They bound what a broken or malicious file can make us
 * hold in memory and sit far above a real assessment record (a 40-page record is ~200 KB zipped,
 * a few MB of XML).
 */
export const DOCX_LIMITS = {
  /** Bytes of the .docx file itself: the same cap as an exchange file. */
  maxFileBytes: 50 * 1024 * 1024,
  /**
   * Bytes of XML inflated from the zip (word/document.xml and the custom properties together).
   * A zip bomb inflates a small file into gigabytes; reading stops as soon as this is passed.
   */
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Entries in the zip; a real .docx holds a few dozen. */
  maxZipEntries: 5_000,
  /** Nesting depth of XML elements walked (tables inside tables inside tables …). */
  maxDepth: 200,
} as const;
