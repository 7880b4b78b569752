import type { XMLParser } from 'fast-xml-parser';

/**
 * The library the Word import uses, passed in by the edge (CLI, renderer) so that shared code
 * loads nothing itself: `{ XMLParser: (await import('fast-xml-parser')).XMLParser }`. The zip
 * is read by shared/zip/ within its budget.
 */
export interface WordReadLibraries {
  readonly XMLParser: typeof XMLParser;
}
