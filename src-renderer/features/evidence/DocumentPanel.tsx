import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { Passage } from '../../../shared/evidence/types';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { DocumentTextRow, StoredDocument } from '../../db/index';
import { describeDocument } from './DocumentList';
import { DocumentLinks } from './DocumentLinks';
import { DocumentText } from './DocumentText';
import type { EvidenceSession } from '../../services/evidence/evidence-session';
import { LinkDialog } from './LinkDialog';
import type { LibraryState } from '../../services/evidence/library-state';
import { shownSuggestions } from '../../services/evidence/library-state';
import { RemoveDialog } from './RemoveDialog';
import { SuggestionList } from './SuggestionList';

interface Props {
  readonly record: AssessmentRecord;
  readonly session: EvidenceSession;
  readonly state: LibraryState;
  readonly stored: StoredDocument;
  readonly defaultStage: StageId | null;
  readonly onClosed: () => void;
}

/** One document: what it is, the elements it may evidence, its links, and its text. */
export function DocumentPanel({
  record,
  session,
  state,
  stored,
  defaultStage,
  onClosed,
}: Props): ReactElement {
  const doc = stored.document;
  const [text, setText] = useState<DocumentTextRow | null>(null);
  const [period, setPeriod] = useState(doc.period);
  const [linkStage, setLinkStage] = useState<StageId | null>(defaultStage);
  const [linking, setLinking] = useState<{ passage: Passage | null } | null>(null);
  const [removing, setRemoving] = useState<'trash' | 'delete' | null>(null);
  useEffect(() => {
    let live = true;
    void session.text(doc.id).then((t) => live && setText(t));
    return () => {
      live = false;
    };
  }, [session, doc.id, doc.contentHash]);
  const links = useMemo(
    () => state.links.filter((l) => l.documentId === doc.id),
    [state.links, doc.id],
  );
  const linkedHere = useMemo(
    () => new Set<string>(links.filter((l) => l.stageId === linkStage).map((l) => l.element)),
    [links, linkStage],
  );
  const focus = state.focus?.documentId === doc.id ? state.focus.passage : null;
  const trashed = doc.trashedAt !== null;
  const stageOptions = record.stages.map((s) => (
    <option key={s.id} value={s.id}>
      {stageTitle(s)}
    </option>
  ));

  return (
    <article className="panel doc-panel" aria-labelledby="doc-title">
      <header>
        <div className="doc-title-block">
          <h2 id="doc-title">{doc.name}</h2>
          <span className="muted">
            {describeDocument(stored)} · added {doc.addedAt.slice(0, 10)}
            {trashed ? ' · in the trash' : ''}
          </span>
        </div>
        <span className="spacer" />
        <button
          type="button"
          className="btn small"
          disabled={!stored.hasFile}
          onClick={() => void session.saveOriginal(doc.id)}
        >
          Save original…
        </button>
        {trashed ? (
          <>
            <button
              type="button"
              className="btn small"
              onClick={() => void session.restore(doc.id)}
            >
              Restore
            </button>
            <button
              type="button"
              className="btn small danger"
              onClick={() => setRemoving('delete')}
            >
              Delete for good…
            </button>
          </>
        ) : (
          <button type="button" className="btn small danger" onClick={() => setRemoving('trash')}>
            Move to trash…
          </button>
        )}
      </header>
      <div className="body">
        {!stored.hasFile ? (
          <p className="lib-problem" role="status">
            The record lists this document but its file is not in this fieldbook (it was opened
            without its documents). Add the same file again to restore it.
          </p>
        ) : null}
        <div className="doc-fields">
          <div className="field inline">
            <label htmlFor="doc-stage">Submitted for</label>
            <select
              id="doc-stage"
              value={doc.stageId ?? ''}
              disabled={trashed}
              onChange={(e) =>
                void session.updateDocument(doc.id, {
                  stageId: (e.target.value || null) as StageId | null,
                })
              }
            >
              <option value="">Not said</option>
              {stageOptions}
            </select>
          </div>
          <div className="field inline grow">
            <label htmlFor="doc-period">Period evidenced</label>
            <input
              id="doc-period"
              value={period}
              disabled={trashed}
              placeholder="e.g. survey results 2014–15"
              onChange={(e) => setPeriod(e.target.value)}
              onBlur={() =>
                period !== doc.period && void session.updateDocument(doc.id, { period })
              }
            />
          </div>
        </div>
        {!trashed && stored.textStatus === 'text' ? (
          <section className="doc-section" aria-labelledby="sg-title">
            <div className="section-head">
              <h3 id="sg-title">Suggested elements</h3>
              <label className="muted" htmlFor="link-stage-select">
                link to
              </label>
              <select
                id="link-stage-select"
                value={linkStage ?? ''}
                onChange={(e) => setLinkStage(e.target.value as StageId)}
              >
                {stageOptions}
              </select>
              <span className="spacer" />
              <button
                type="button"
                className="btn small"
                onClick={() => setLinking({ passage: null })}
              >
                Link whole document…
              </button>
            </div>
            <SuggestionList
              suggestions={shownSuggestions(state, stored)}
              linked={linkedHere}
              onAccept={(s) => linkStage && void session.accept(doc.id, linkStage, s)}
              onReject={(s) => void session.reject(doc.id, s.element)}
              onShowPassage={(p) => session.focus(doc.id, p)}
            />
          </section>
        ) : null}
        <DocumentLinks record={record} links={links} session={session} />
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
            void session.link({
              documentId: doc.id,
              stageId,
              element,
              passage: linking.passage,
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
            void (action === 'trash' ? session.trash(doc.id) : session.delete(doc.id)).then(
              (ok) => ok && action === 'delete' && onClosed(),
            );
          }}
        />
      ) : null}
    </article>
  );
}
