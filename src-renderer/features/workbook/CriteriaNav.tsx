import { memo } from 'react';
import type { ReactElement } from 'react';
import type { Catalogue } from '../../../shared/catalogue/catalogue';
import type { ElementId } from '../../../shared/types/ids';
import type { ElementEntry } from '../../../shared/types/record';

interface Props {
  readonly catalogue: Catalogue;
  readonly entries: ReadonlyMap<ElementId, ElementEntry>;
}

/** Which elements have a final mark: all the navigation shows of the entries. */
function finalMarksKey(entries: ReadonlyMap<ElementId, ElementEntry>): string {
  let key = '';
  for (const [id, e] of entries) if (e.finalMark) key += `${id} `;
  return key;
}

/** Typing evidence changes the entries but not the counts: no re-render then. */
function sameCounts(a: Props, b: Props): boolean {
  return (
    a.catalogue === b.catalogue &&
    (a.entries === b.entries || finalMarksKey(a.entries) === finalMarksKey(b.entries))
  );
}

/** Side navigation: criteria and sub-criteria with how many final marks each has. */
export const CriteriaNav = memo(function CriteriaNav({ catalogue, entries }: Props): ReactElement {
  const marked = (ids: readonly { id: ElementId }[]): number =>
    ids.filter((e) => entries.get(e.id)?.finalMark).length;
  return (
    <nav className="criteria-nav panel" aria-label="Criteria">
      <div className="body" style={{ padding: 8 }}>
        {catalogue.criteria.map((c) => (
          <div key={c.number}>
            <a
              className="crit"
              href={`#crit-${c.number}`}
              onClick={(e) => jump(e, `crit-${c.number}`)}
            >
              <span>
                {c.number} {c.name}
              </span>
              <span className="muted">
                {marked(c.elements)}/{c.elements.length}
              </span>
            </a>
            {c.subCriteria.map((s) => (
              <a
                key={s.id}
                className="sub"
                href={`#sub-${s.id.replace('.', '-')}`}
                onClick={(e) => jump(e, `sub-${s.id.replace('.', '-')}`)}
              >
                <span>
                  {s.id} {s.name}
                </span>
                <span>
                  {marked(s.elements)}/{s.elements.length}
                </span>
              </a>
            ))}
          </div>
        ))}
      </div>
    </nav>
  );
}, sameCounts);

/** Scrolls without touching the route hash (which holds the screen). */
function jump(event: React.MouseEvent, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}
