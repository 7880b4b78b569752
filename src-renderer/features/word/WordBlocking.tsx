import type { ReactElement } from 'react';
import type { BlockingIssue } from '../../../shared/word';

interface Props {
  readonly issues: readonly BlockingIssue[];
  readonly accepted: boolean;
  readonly onAccept: (accepted: boolean) => void;
}

/**
 * What stops the import (no final marks, a mark column empty while the other is full): shown
 * first, and the import is stored only once a column is mapped or the assessor confirms here.
 */
export function WordBlocking({ issues, accepted, onAccept }: Props): ReactElement | null {
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby="word-blocking-title" className="word-blocking">
      <h3 id="word-blocking-title">Not stored as it stands</h3>
      <div role="alert">
        <ul className="reasons">
          {issues.map((issue, i) => (
            <li key={i} className="problem">
              {issue.message}
            </li>
          ))}
        </ul>
      </div>
      <label className="check">
        <input type="checkbox" checked={accepted} onChange={(e) => onAccept(e.target.checked)} /> I
        have checked the columns below: store the record as it stands
      </label>
    </section>
  );
}
