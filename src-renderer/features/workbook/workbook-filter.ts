import type { ElementEntry } from '../../../shared/types/record';
import type { WorkbookFilter } from '../../state/app-state';

export const FILTER_LABELS: Readonly<Record<WorkbookFilter, string>> = {
  unscored: 'No final mark',
  P: 'Final P',
  NC: 'Final NC',
  CP: 'Final CP',
  changed: 'Changed since DTR',
  verified: 'Verified on-site',
};

function matches(entry: ElementEntry, filter: WorkbookFilter): boolean {
  switch (filter) {
    case 'unscored':
      return entry.finalMark === null;
    case 'P':
    case 'NC':
    case 'CP':
      return entry.finalMark === filter;
    case 'changed':
      return (
        entry.dtrMark !== null && entry.finalMark !== null && entry.dtrMark !== entry.finalMark
      );
    case 'verified':
      return entry.verifiedOnSite;
  }
}

/**
 * True when the entry shows under the active filters. Mark filters (no mark, P, NC, CP) widen
 * each other — "P" and "NC" together show both; the others narrow.
 */
export function entryVisible(entry: ElementEntry, filters: readonly WorkbookFilter[]): boolean {
  const markFilters: readonly WorkbookFilter[] = filters.filter(
    (f) => f === 'unscored' || f === 'P' || f === 'NC' || f === 'CP',
  );
  const others = filters.filter((f) => !markFilters.includes(f));
  return (
    (markFilters.length === 0 || markFilters.some((f) => matches(entry, f))) &&
    others.every((f) => matches(entry, f))
  );
}
