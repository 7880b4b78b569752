import type JSZip from 'jszip';
import type { XMLParser } from 'fast-xml-parser';

/**
 * The libraries the Word import uses, passed in by the edge (CLI, renderer) so that shared code
 * loads nothing itself: `{ JSZip: (await import('jszip')).default, XMLParser: (await
 * import('fast-xml-parser')).XMLParser }`.
 */
export interface WordReadLibraries {
  readonly JSZip: typeof JSZip;
  readonly XMLParser: typeof XMLParser;
}
