import type { ReactElement } from 'react';
import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { Suggestion } from '../../../shared/evidence/suggest';
import { citePlace } from '../../../shared/evidence/types';

interface Props {
  readonly suggestions: readonly Suggestion[];
  /** Elements already linked from this document at the chosen stage. */
  readonly linked: ReadonlySet<string>;
  readonly onAccept: (suggestion: Suggestion) => void;
  readonly onReject: (suggestion: Suggestion) => void;
  readonly onShowPassage: (passage: number) => void;
}

/** Elements this document may evidence, each with why: matched terms and its best passage. */
export function SuggestionList({
  suggestions,
  linked,
  onAccept,
  onReject,
  onShowPassage,
}: Props): ReactElement {
  if (suggestions.length === 0) {
    return <p className="muted">No suggestions: no element’s words were found in this document.</p>;
  }
  return (
    <ol className="suggestions" aria-label="Suggested elements">
      {suggestions.map((s) => {
        const element = DEFAULT_CATALOGUE.byId.get(s.element);
        const isLinked = linked.has(s.element);
        return (
          <li key={s.element} data-element={s.element}>
            <div className="sg-head">
              <span className="num">{s.element}</span>
              <span className="sg-statement">{element?.statement ?? ''}</span>
              <span
                className="sg-score muted"
                title="Relevance score (BM25); comparable within this document"
              >
                {s.score.toFixed(1)}
              </span>
            </div>
            <div className="sg-why">
              <span className="muted">Matched: </span>
              {s.terms.map((t) => (
                <span key={t} className="term">
                  {t}
                </span>
              ))}
            </div>
            {s.passage ? (
              <button
                type="button"
                className="sg-passage"
                onClick={() => onShowPassage(s.passage?.index ?? 0)}
              >
                {citePlace(s.passage) !== '' ? (
                  <span className="muted">{citePlace(s.passage)} — </span>
                ) : null}
                “{s.passage.excerpt}”
              </button>
            ) : null}
            <div className="sg-actions">
              {isLinked ? (
                <span className="flag linked">Linked</span>
              ) : (
                <>
                  <button type="button" className="btn small primary" onClick={() => onAccept(s)}>
                    Link to {s.element}
                  </button>
                  <button type="button" className="btn small" onClick={() => onReject(s)}>
                    Not this
                  </button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
