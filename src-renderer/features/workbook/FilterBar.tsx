import { memo } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { WORKBOOK_FILTERS } from '../../state/app-state';
import { useApp } from '../../state/use-app';
import { FILTER_LABELS } from './workbook-filter';

/**
 * Toggle filters over the elements of the workbook, and keyboard hints. Memoised: it reads only
 * the filters from the store, so the workbook re-rendering on each keystroke leaves it alone.
 */
export const FilterBar = memo(function FilterBar(): ReactElement {
  const { filters, toggle, clear, setPaletteOpen } = useApp(
    useShallow((s) => ({
      filters: s.filters,
      toggle: s.toggleFilter,
      clear: s.clearFilters,
      setPaletteOpen: s.setPaletteOpen,
    })),
  );
  return (
    <div className="toolbar">
      <div className="chips" role="group" aria-label="Filter elements">
        <span className="muted">Show:</span>
        {WORKBOOK_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className="chip"
            aria-pressed={filters.includes(f)}
            onClick={() => toggle(f)}
          >
            {FILTER_LABELS[f]}
          </button>
        ))}
        {filters.length > 0 ? (
          <button type="button" className="btn small" onClick={clear}>
            Show all
          </button>
        ) : null}
      </div>
      <span className="spacer" />
      <button type="button" className="btn small" onClick={() => setPaletteOpen(true)}>
        Go to element <span className="kbd">Ctrl K</span>
      </button>
      <span className="muted" style={{ fontSize: 12 }}>
        <span className="kbd">Alt ↓</span>/<span className="kbd">Alt ↑</span> next/previous · marks:{' '}
        <span className="kbd">C</span> <span className="kbd">F</span> <span className="kbd">P</span>{' '}
        <span className="kbd">N</span>
      </span>
    </div>
  );
});
