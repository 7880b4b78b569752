import { useState } from 'react';
import type { ReactElement } from 'react';
import type { ColumnMappings, ColumnRole, PreviewLayout } from '../../../shared/word';
import { COLUMN_ROLES, COLUMN_ROLE_NAMES } from '../../../shared/word/import/layout-types';

interface Props {
  readonly layouts: readonly PreviewLayout[];
  /** The mapping the document was read with. */
  readonly mappings: ColumnMappings;
  /** Reads the document again with this mapping (nothing is stored). */
  readonly onReread: (mappings: ColumnMappings) => void;
}

const EVIDENCE_WORDS = {
  header: 'by its header',
  content: 'by its cells',
  position: 'by its place',
  mapping: 'by your choice',
} as const;

const UNPLACED = '';

/** "table 4", "tables 5–20, 24". */
function tableList(tables: readonly number[]): string {
  const runs: string[] = [];
  let start = tables[0];
  tables.forEach((t, i) => {
    const next = tables[i + 1];
    if (next === t + 1) return;
    runs.push(start === t ? `${t}` : `${start}–${t}`);
    start = next;
  });
  return `table${tables.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

/**
 * How the columns of each layout of element tables were read, with why, and a choice per
 * column to read it otherwise; "Read again" re-reads the document with the choices. A column
 * left unplaced keeps its text in the stage notes.
 */
export function WordLayouts({ layouts, mappings, onReread }: Props): ReactElement | null {
  const [changes, setChanges] = useState<Record<string, Record<number, ColumnRole | null>>>({});
  if (layouts.length === 0) return null;
  const changed = Object.values(changes).some((c) => Object.keys(c).length > 0);
  const choose = (layout: PreviewLayout, column: number, value: string): void => {
    const role = value === UNPLACED ? null : (value as ColumnRole);
    const placed = layout.columns.find((c) => c.index === column)?.role ?? null;
    setChanges((before) => {
      const own = { ...(before[layout.key] ?? {}) };
      if (role === placed) delete own[column];
      else own[column] = role;
      return { ...before, [layout.key]: own };
    });
  };
  const reread = (): void => {
    const next: Record<string, Record<number, ColumnRole | null>> = {};
    for (const [key, own] of Object.entries(mappings)) next[key] = { ...own };
    for (const [key, own] of Object.entries(changes)) next[key] = { ...(next[key] ?? {}), ...own };
    setChanges({});
    onReread(next);
  };
  return (
    <section aria-labelledby="word-layouts-title" className="word-layouts">
      <h3 id="word-layouts-title">Columns of the element tables</h3>
      <p className="muted">
        Each column is read by what its header says, what its cells hold and where it stands. Choose
        another meaning where it is wrong, then read the document again; nothing is stored until you
        confirm.
      </p>
      {layouts.map((layout) => (
        <table key={layout.key} className="grid word-columns" data-word-layout={layout.number}>
          <caption>
            Layout {layout.number}: {tableList(layout.tables)}, {layout.elementRows} element rows
          </caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Header</th>
              <th scope="col">Read as</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((c) => {
              const id = `word-layout-${layout.number}-column-${c.index + 1}`;
              const pending = changes[layout.key]?.[c.index];
              const value = pending !== undefined ? pending : c.role;
              return (
                <tr
                  key={c.index}
                  className={c.role === null && c.filled > 0 ? 'unplaced' : undefined}
                >
                  <th scope="row">
                    <label htmlFor={id}>Column {c.index + 1}</label>
                  </th>
                  <td>{c.header || <span className="muted">no header</span>}</td>
                  <td>
                    <select
                      id={id}
                      value={value ?? UNPLACED}
                      aria-describedby={`${id}-why`}
                      onChange={(e) => choose(layout, c.index, e.target.value)}
                    >
                      <option value={UNPLACED}>not placed (text kept in the notes)</option>
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {COLUMN_ROLE_NAMES[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td id={`${id}-why`}>
                    {c.evidence ? <strong>{EVIDENCE_WORDS[c.evidence]}: </strong> : null}
                    {c.role === null ? <strong>not placed: </strong> : null}
                    {c.why}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
      <p>
        <button type="button" className="btn" disabled={!changed} onClick={reread}>
          Read the document again with these columns
        </button>
      </p>
    </section>
  );
}
