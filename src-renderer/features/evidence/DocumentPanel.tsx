import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { Passage } from '../../../shared/evidence/types';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { DocumentTextRow, StoredDocument } from '../../db/index';
import type { LibraryState } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';
import { DocumentFields } from './DocumentFields';
import { DocumentHeader } from './DocumentHeader';
import { DocumentLinks } from './DocumentLinks';
import { DocumentText } from './DocumentText';
import { LinkDialog } from './LinkDialog';
import { RemoveDialog } from './RemoveDialog';
import { SuggestedElements } from './SuggestedElements';

interface Props {
  readonly record: AssessmentRecord;
  readonly state: LibraryState;
  readonly stored: StoredDocument;
  readonly defaultStage: StageId | null;
  readonly onClosed: () => void;
}

/** One document: what it is, the elements it may evidence, its links, and its text. */
export function DocumentPanel({
  record,
  state,
  stored,
  defaultStage,
  onClosed,
}: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const organisationId = record.organisation.id;
  const doc = stored.document;
  const [text, setText] = useState<DocumentTextRow | null>(null);
  const [linkStage, setLinkStage] = useState<StageId | null>(defaultStage);
  const [linking, setLinking] = useState<{ passage: Passage | null } | null>(null);
  const [removing, setRemoving] = useState<'trash' | 'delete' | null>(null);
  useEffect(() => {
    let live = true;
    void evidence.text(organisationId, doc.id).then((t) => live && setText(t));
    return () => {
      live = false;
    };
  }, [evidence, organisationId, doc.id, doc.contentHash]);
  const links = useMemo(
    () => state.links.filter((l) => l.documentId === doc.id),
    [state.links, doc.id],
  );
  const linkedHere = useMemo(
    () => new Set<string>(links.filter((l) => l.stageId === linkStage).map((l) => l.element)),
    [links, linkStage],
  );
  const focus = state.focus?.documentId === doc.id ? state.focus.passage : null;
  const stageOptions = record.stages.map((s) => (
    <option key={s.id} value={s.id}>
      {stageTitle(s)}
    </option>
  ));

  return (
    <article className="panel doc-panel" aria-labelledby="doc-title">
      <DocumentHeader organisationId={organisationId} stored={stored} onRemove={setRemoving} />
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
            linkedHere={linkedHere}
            stageOptions={stageOptions}
            onLinkWhole={() => setLinking({ passage: null })}
          />
        ) : null}
        <DocumentLinks record={record} links={links} />
        <section className="doc-section" aria-labelledby="text-title">
          <h3 id="text-title">Text</h3>
          <DocumentText
            documentName={doc.name}
            text={text}
            focus={focus}
            onLink={(passage) => setLinking({ passage })}
          />
        </section>
      </div>
      {linking ? (
        <LinkDialog
          record={record}
          documentName={doc.name}
          passage={linking.passage}
          stageId={linkStage}
          onClose={() => setLinking(null)}
          onLink={({ stageId, element, note }) => {
            setLinking(null);
            const passage = linking.passage;
            void evidence.link(organisationId, {
              documentId: doc.id,
              stageId,
              element,
              passage,
              note,
            });
          }}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          record={record}
          documentName={doc.name}
          links={links}
          action={removing}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            const action = removing;
            setRemoving(null);
            const removal = action === 'trash' ? evidence.trash : evidence.delete;
            void removal(organisationId, doc.id).then(
              (ok) => ok && action === 'delete' && onClosed(),
            );
          }}
        />
      ) : null}
    </article>
  );
}
