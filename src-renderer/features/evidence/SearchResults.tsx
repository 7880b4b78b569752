import type { ReactElement } from 'react';
import type { SearchHit } from '../../../shared/evidence/search-index';
import type { DocumentId } from '../../../shared/evidence/types';
import { citePlace } from '../../../shared/evidence/types';
import type { StoredDocument } from '../../db/index';

interface Props {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly building: boolean;
  readonly documents: readonly StoredDocument[];
  readonly onOpen: (documentId: DocumentId, passage: number) => void;
}

/** Passages found, best first, each with its document, place and highlighted snippet. */
export function SearchResults({ query, hits, building, documents, onOpen }: Props): ReactElement {
  const names = new Map(documents.map((d) => [d.document.id, d.document.name]));
  const inDocs = new Set(hits.map((h) => h.documentId)).size;
  return (
    <section className="panel lib-results" aria-label="Search results">
      <p className="muted pad" role="status">
        {building
          ? 'Preparing the search…'
          : hits.length === 0
            ? `Nothing found for “${query}”.`
            : `${hits.length} passage${hits.length === 1 ? '' : 's'} in ${inDocs} document${inDocs === 1 ? '' : 's'}`}
      </p>
      <ol>
        {hits.map((hit) => {
          const place = citePlace(hit.passage);
          return (
            <li key={`${hit.documentId}:${hit.passage.index}`}>
              <button
                type="button"
                className="hit"
                onClick={() => onOpen(hit.documentId, hit.passage.index)}
              >
                <span className="hit-doc">
                  {names.get(hit.documentId) ?? 'Document'}
                  {place !== '' ? <span className="muted"> · {place}</span> : null}
                </span>
                <span className="hit-snippet">
                  {hit.snippet.map((part, i) =>
                    part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
