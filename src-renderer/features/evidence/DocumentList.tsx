import type { ReactElement } from 'react';
import type { DocumentId } from '../../../shared/evidence/types';
import type { StoredDocument } from '../../db/index';
import type { LibraryState } from '../../services/evidence/library-state';

interface Props {
  readonly state: LibraryState;
  readonly view: 'documents' | 'trash';
  readonly onView: (view: 'documents' | 'trash') => void;
  readonly selected: DocumentId | null;
  readonly onOpen: (documentId: DocumentId) => void;
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  docx: 'Word',
  text: 'Text',
  markdown: 'Markdown',
  html: 'HTML',
  attachment: 'Attachment',
};

/** File size in words: "184 KB", "2.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a document is, in a few words: "PDF · 12 pages · 184 KB". */
export function describeDocument(d: StoredDocument): string {
  const parts = [KIND_LABEL[d.document.kind] ?? d.document.kind];
  if (d.pageCount !== null) parts.push(`${d.pageCount} page${d.pageCount === 1 ? '' : 's'}`);
  parts.push(sizeText(d.document.size));
  return parts.join(' · ');
}

/** The library's documents (or its trash), newest last, with what each one holds. */
export function DocumentList({ state, view, onView, selected, onOpen }: Props): ReactElement {
  const trash = state.documents.filter((d) => d.document.trashedAt !== null);
  const shown =
    view === 'trash' ? trash : state.documents.filter((d) => d.document.trashedAt === null);
  const linkCount = (id: DocumentId): number =>
    state.links.filter((l) => l.documentId === id).length;
  return (
    <nav className="panel lib-list" aria-label="Documents">
      <div className="tabs small-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={view === 'documents'}
          onClick={() => onView('documents')}
        >
          Documents ({state.documents.length - trash.length})
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'trash'}
          onClick={() => onView('trash')}
        >
          Trash ({trash.length})
        </button>
      </div>
      {state.status === 'loading' && state.documents.length === 0 ? (
        <p className="muted pad">Loading…</p>
      ) : null}
      {shown.length === 0 && state.status !== 'loading' ? (
        <p className="muted pad">
          {view === 'trash' ? 'The trash is empty.' : 'No documents yet.'}
        </p>
      ) : null}
      <ul>
        {shown.map((d) => {
          const links = linkCount(d.document.id);
          return (
            <li key={d.document.id}>
              <button
                type="button"
                className="doc-row"
                aria-current={selected === d.document.id ? 'true' : undefined}
                onClick={() => onOpen(d.document.id)}
              >
                <span className="doc-name">{d.document.name}</span>
                <span className="doc-meta muted">
                  {describeDocument(d)}
                  {d.document.period !== '' ? ` · ${d.document.period}` : ''}
                </span>
                <span className="doc-flags">
                  {links > 0 ? (
                    <span className="flag linked">
                      {links} link{links === 1 ? '' : 's'}
                    </span>
                  ) : null}
                  {!d.hasFile ? <span className="flag missing">file missing</span> : null}
                  {d.hasFile && d.textStatus === 'no-text' ? (
                    <span className="flag notext">no text</span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
