import type { ElementId } from '../../types/ids';
import type { SourceRef } from '../read/doc-model';
import type { StageSlot } from './stage-names';

/** Every kind of warning the import gives; the preview groups and filters by these. */
export const IMPORT_WARNING_CODES = [
  'unknown-mark',
  'conflicting-mark',
  'missing-element',
  'statement-differs',
  'unreadable-date',
  'unreadable-value',
  'unknown-element',
  'duplicate-element',
  'unrecognised-row',
  'unplaced-text',
  'no-header-row',
  'unknown-column',
  'conflicting-value',
  'score-table-differs',
  'previous-result-differs',
  'blank-template',
  'tracked-changes',
  'column-by-position',
  'unknown-label',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/** A warning as the walk raises it, before stages have ids. */
export interface RawWarning {
  readonly code: ImportWarningCode;
  readonly message: string;
  readonly slot: StageSlot | null;
  readonly element: ElementId | null;
  readonly source: SourceRef | null;
}

/** Collects warnings during the walk and the assembly. */
export class WarningList {
  items: RawWarning[] = [];

  /** Drops the warnings about what `keep` rejects (the parts of stages that were not made). */
  retain(keep: (w: RawWarning) => boolean): void {
    this.items = this.items.filter(keep);
  }

  add(
    code: ImportWarningCode,
    message: string,
    where: { slot?: StageSlot | null; element?: ElementId | null; source?: SourceRef | null } = {},
  ): void {
    this.items.push({
      code,
      message,
      slot: where.slot ?? null,
      element: where.element ?? null,
      source: where.source ?? null,
    });
  }
}
