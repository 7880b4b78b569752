import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DocumentId } from '../../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { LibraryState } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';
import { StageTabs } from '../organisation/StageTabs';
import { AddJobs } from './AddJobs';
import { DocumentPanel } from './DocumentPanel';
import { LibraryDropZone } from './LibraryDropZone';
import { LibraryHeader } from './LibraryHeader';
import { LibrarySide } from './LibrarySide';
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
  const latestStage = record?.stages[record.stages.length - 1]?.id ?? null;
  const [defaults, setDefaults] = useState<{ stageId: StageId | null; period: string }>({
    stageId: null,
    period: '',
  });
  useEffect(() => {
    void openRecord(organisationId);
  }, [openRecord, organisationId]);

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

  return (
    <LibraryDropZone
      onFiles={(files) =>
        void evidence.addFiles(organisationId, files, { stageId, period: defaults.period })
      }
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
        <LibrarySide
          organisationId={organisationId}
          state={state}
          query={query}
          selected={documentId}
          onOpen={open}
        />
        <LibraryMain
          record={record}
          state={state}
          documentId={documentId}
          latestStage={latestStage}
          onClosed={() => open(null)}
        />
      </div>
    </LibraryDropZone>
  );
}

/** The library's main column: the open document, or what to do when none is open. */
function LibraryMain({
  record,
  state,
  documentId,
  latestStage,
  onClosed,
}: {
  readonly record: AssessmentRecord;
  readonly state: LibraryState;
  readonly documentId: DocumentId | null;
  /** The stage a document not submitted for one is linked to by default. */
  readonly latestStage: StageId | null;
  readonly onClosed: () => void;
}): ReactElement {
  const selected = documentId
    ? state.documents.find((d) => d.document.id === documentId)
    : undefined;
  return (
    <div className="lib-main">
      {selected ? (
        <DocumentPanel
          key={selected.document.id}
          record={record}
          state={state}
          stored={selected}
          defaultStage={selected.document.stageId ?? latestStage}
          onClosed={onClosed}
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
  );
}
