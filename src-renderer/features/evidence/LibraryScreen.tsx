import { useEffect, useMemo, useState } from 'react';
import type { DragEvent, ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DocumentId } from '../../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import { useApp } from '../../state/use-app';
import { StageTabs } from '../organisation/StageTabs';
import { AddJobs } from './AddJobs';
import { DocumentList } from './DocumentList';
import { DocumentPanel } from './DocumentPanel';
import { LibraryHeader } from './LibraryHeader';
import { SearchResults } from './SearchResults';
import { filesOf } from './dropped-files';
import { useLibrary } from './use-library';
import './evidence.css';

interface Props {
  readonly organisationId: OrganisationId;
  readonly documentId: DocumentId | null;
}

/**
 * The evidence library of an organisation: its documents (added by dropping them anywhere on the
 * screen or with "Add documents…"), full-text search over them, and the open document with its
 * text, suggested elements and links.
 */
export function LibraryScreen({ organisationId, documentId }: Props): ReactElement {
  const { record, recordError, openRecord, navigate, evidence } = useApp(
    useShallow((s) => ({
      record: s.record,
      recordError: s.recordError,
      openRecord: s.openRecord,
      navigate: s.navigate,
      evidence: s.evidence,
    })),
  );
  const state = useLibrary(organisationId, { reload: true });
  const [query, setQuery] = useState('');
  const [view, setView] = useState<'documents' | 'trash'>('documents');
  const [dragging, setDragging] = useState(false);
  const latestStage = record?.stages[record.stages.length - 1]?.id ?? null;
  const [defaults, setDefaults] = useState<{ stageId: StageId | null; period: string }>({
    stageId: null,
    period: '',
  });
  useEffect(() => {
    void openRecord(organisationId);
  }, [openRecord, organisationId]);
  useEffect(() => {
    if (query.trim() !== '') void evidence.ensureIndex(organisationId);
  }, [query, evidence, organisationId]);
  const hits = useMemo(
    () =>
      query.trim() === '' || state.index !== 'ready' ? [] : evidence.search(organisationId, query),
    [query, state, evidence, organisationId],
  );

  if (recordError)
    return (
      <p role="alert" className="empty">
        {recordError}
      </p>
    );
  if (!record || record.organisation.id !== organisationId)
    return <p className="empty">Loading…</p>;

  const stageId = defaults.stageId ?? latestStage;
  const open = (id: DocumentId | null): void =>
    navigate({ screen: 'library', organisationId, documentId: id });
  const selected = documentId
    ? state.documents.find((d) => d.document.id === documentId)
    : undefined;
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void filesOf(event.dataTransfer).then((files) => {
      if (files.length > 0)
        void evidence.addFiles(organisationId, files, { stageId, period: defaults.period });
    });
  };

  return (
    <div
      className={`library${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <StageTabs record={record} current={null} page="library" />
      <LibraryHeader
        record={record}
        state={state}
        defaults={{ stageId, period: defaults.period }}
        onDefaults={setDefaults}
        query={query}
        onQuery={setQuery}
      />
      <AddJobs jobs={state.jobs} onClear={() => evidence.clearJobs(organisationId)} onOpen={open} />
      {state.problem ? (
        <p className="lib-problem" role="alert">
          {state.problem}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="lib-problem" role="alert">
          {state.error}
        </p>
      ) : null}
      <div className="lib-grid">
        <div className="lib-side">
          {query.trim() !== '' ? (
            <SearchResults
              query={query}
              hits={hits}
              building={state.index !== 'ready'}
              documents={state.documents}
              onOpen={(id, passage) => {
                evidence.focus(organisationId, id, passage);
                open(id);
              }}
            />
          ) : (
            <DocumentList
              state={state}
              view={view}
              onView={setView}
              selected={documentId}
              onOpen={open}
            />
          )}
        </div>
        <div className="lib-main">
          {selected ? (
            <DocumentPanel
              key={selected.document.id}
              record={record}
              state={state}
              stored={selected}
              defaultStage={selected.document.stageId ?? latestStage}
              onClosed={() => open(null)}
            />
          ) : (
            <div className="panel lib-empty">
              <p className="empty">
                {state.documents.length === 0
                  ? 'No documents yet. Drop the client’s documents here, or use “Add documents…”.'
                  : 'Open a document to read it, see the elements it may evidence and link it.'}
              </p>
            </div>
          )}
        </div>
      </div>
      {dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop to add to the library
        </div>
      ) : null}
    </div>
  );
}
