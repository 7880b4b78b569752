import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { DocumentTextRow, StoredDocument } from '../../db/index';
import type { LibraryState } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';
import { DocumentDialog } from './DocumentDialog';
import type { DocumentDialogState } from './DocumentDialog';
import { DocumentFields } from './DocumentFields';
import { DocumentHeader } from './DocumentHeader';
import { DocumentLinks } from './DocumentLinks';
import { DocumentText } from './DocumentText';
import { SuggestedElements } from './SuggestedElements';

interface Props {
  readonly record: AssessmentRecord;
  readonly state: LibraryState;
  readonly stored: StoredDocument;
  readonly defaultStage: StageId | null;
  readonly onClosed: () => void;
}

/** The stored text of a document (null until read, or when there is none). */
function useDocumentText(
  stored: StoredDocument,
  organisationId: OrganisationId,
): DocumentTextRow | null {
  const evidence = useApp((s) => s.evidence);
  const { id, contentHash } = stored.document;
  const [text, setText] = useState<DocumentTextRow | null>(null);
  useEffect(() => {
    let live = true;
    void evidence.text(organisationId, id).then((t) => live && setText(t));
    return () => {
      live = false;
    };
  }, [evidence, organisationId, id, contentHash]);
  return text;
}

/** One document: what it is, the elements it may evidence, its links, and its text. */
export function DocumentPanel({
  record,
  state,
  stored,
  defaultStage,
  onClosed,
}: Props): ReactElement {
  const organisationId = record.organisation.id;
  const doc = stored.document;
  const text = useDocumentText(stored, organisationId);
  const [linkStage, setLinkStage] = useState<StageId | null>(defaultStage);
  const [dialog, setDialog] = useState<DocumentDialogState | null>(null);
  const links = useMemo(
    () => state.links.filter((l) => l.documentId === doc.id),
    [state.links, doc.id],
  );
  const focus = state.focus?.documentId === doc.id ? state.focus.passage : null;
  const stageOptions = record.stages.map((s) => (
    <option key={s.id} value={s.id}>
      {stageTitle(s)}
    </option>
  ));

  return (
    <article className="panel doc-panel" aria-labelledby="doc-title">
      <DocumentHeader
        organisationId={organisationId}
        stored={stored}
        onRemove={(action) => setDialog({ kind: 'remove', action })}
      />
      <div className="body">
        {!stored.hasFile ? (
          <p className="lib-problem" role="status">
            The record lists this document but its file is not in this fieldbook (it was opened
            without its documents). Add the same file again to restore it.
          </p>
        ) : null}
        <DocumentFields
          organisationId={organisationId}
          stored={stored}
          stageOptions={stageOptions}
        />
        {doc.trashedAt === null && stored.textStatus === 'text' ? (
          <SuggestedElements
            organisationId={organisationId}
            state={state}
            stored={stored}
            linkStage={linkStage}
            onLinkStage={setLinkStage}
            links={links}
            stageOptions={stageOptions}
            onLinkWhole={() => setDialog({ kind: 'link', passage: null })}
          />
        ) : null}
        <DocumentLinks record={record} links={links} />
        <section className="doc-section" aria-labelledby="text-title">
          <h3 id="text-title">Text</h3>
          <DocumentText
            documentName={doc.name}
            text={text}
            focus={focus}
            onLink={(passage) => setDialog({ kind: 'link', passage })}
          />
        </section>
      </div>
      {dialog ? (
        <DocumentDialog
          record={record}
          stored={stored}
          dialog={dialog}
          links={links}
          linkStage={linkStage}
          onClose={() => setDialog(null)}
          onDeleted={onClosed}
        />
      ) : null}
    </article>
  );
}
