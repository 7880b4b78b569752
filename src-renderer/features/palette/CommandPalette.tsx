import { useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { ElementId } from '../../../shared/types/ids';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';
import { entryVisible } from '../workbook/workbook-filter';
import { searchElements } from './palette-search';

/** Ctrl/Cmd+K: type an element number ("4.3.2") or words of its statement, Enter to go. */
export function CommandPalette(): ReactElement | null {
  const s = useApp(
    useShallow((st) => ({
      open: st.paletteOpen,
      setOpen: st.setPaletteOpen,
      focusElement: st.focusElement,
      clearFilters: st.clearFilters,
      filters: st.filters,
      record: st.record,
      route: st.route,
    })),
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  if (!s.open || s.route.screen !== 'workbook') return null;
  const results = searchElements(DEFAULT_CATALOGUE, query);
  const route = s.route;

  function go(element: ElementId): void {
    const stage = s.record?.stages.find((st) => st.id === route.stageId);
    const entry = stage?.entries.find((e) => e.element === element);
    if (entry && !entryVisible(entry, s.filters)) s.clearFilters();
    s.setOpen(false);
    setQuery('');
    setActive(0);
    s.focusElement(element);
  }

  return (
    <Dialog title="Go to element" onClose={() => s.setOpen(false)} className="palette">
      <label className="sr-only" htmlFor="palette-input">
        Element number or words
      </label>
      <input
        id="palette-input"
        className="input"
        autoComplete="off"
        placeholder="e.g. 4.3.2 or complaints"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-results"
        aria-activedescendant={results[active] ? `palette-${results[active].id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) go(results[active].id);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="palette-results" role="listbox" aria-label="Elements">
        {results.map((el, i) => (
          <li
            key={el.id}
            id={`palette-${el.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              go(el.id);
            }}
          >
            <span className="num">{el.id}</span>
            <span>{el.statement}</span>
          </li>
        ))}
        {results.length === 0 ? <li className="muted">No element matches.</li> : null}
      </ul>
    </Dialog>
  );
}
