import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { DocumentId } from '../../../shared/evidence/types';
import type { OrganisationId } from '../../../shared/types/ids';
import type { LibraryState } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';
import { DocumentList } from './DocumentList';
import { SearchResults } from './SearchResults';

interface Props {
  readonly organisationId: OrganisationId;
  readonly state: LibraryState;
  readonly query: string;
  readonly selected: DocumentId | null;
  readonly onOpen: (id: DocumentId | null) => void;
}

/**
 * The library's side column: the documents (or the trash), or, while there is a query, the
 * passages matching it (the search index is built when the first query is typed).
 */
export function LibrarySide({
  organisationId,
  state,
  query,
  selected,
  onOpen,
}: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const [view, setView] = useState<'documents' | 'trash'>('documents');
  useEffect(() => {
    if (query.trim() !== '') void evidence.ensureIndex(organisationId);
  }, [query, evidence, organisationId]);
  const hits = useMemo(
    () =>
      query.trim() === '' || state.index !== 'ready' ? [] : evidence.search(organisationId, query),
    [query, state, evidence, organisationId],
  );
  return (
    <div className="lib-side">
      {query.trim() !== '' ? (
        <SearchResults
          query={query}
          hits={hits}
          building={state.index !== 'ready'}
          documents={state.documents}
          onOpen={(id, passage) => {
            evidence.focus(organisationId, id, passage);
            onOpen(id);
          }}
        />
      ) : (
        <DocumentList
          state={state}
          view={view}
          onView={setView}
          selected={selected}
          onOpen={onOpen}
        />
      )}
    </div>
  );
}
