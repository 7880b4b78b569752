import { useContext, useRef } from 'react';
import type { ReactElement } from 'react';
import { ACCEPTED_EXTENSIONS, MAX_DOCUMENT_BYTES } from '../../../shared/evidence/file-kinds';
import { stageTitle } from '../../../shared/records/select-stage';
import type { OrganisationId as StoreOrganisationId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import { StoreContext, useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';
import { openBundle, saveBundle } from '../../services/evidence/bundle-io';
import { filesOf } from './dropped-files';
import type { LibraryState } from '../../services/evidence/library-state';

interface Props {
  readonly record: AssessmentRecord;
  readonly state: LibraryState;
  readonly defaults: { readonly stageId: StageId | null; readonly period: string };
  readonly onDefaults: (defaults: { stageId: StageId | null; period: string }) => void;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

const ACCEPT = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Title, adding documents (with the stage and period they are for), bundles and search. */
export function LibraryHeader({
  record,
  state,
  defaults,
  onDefaults,
  query,
  onQuery,
}: Props): ReactElement {
  const deps = useDeps();
  const flush = useApp((s) => s.flush);
  const navigate = useApp((s) => s.navigate);
  const evidence = useApp((s) => s.evidence);
  const organisationId = record.organisation.id;
  const store = useContext(StoreContext);
  // The organisation a bundle opened into: its library shows what came of it.
  const openedInto = useRef<StoreOrganisationId>(organisationId);
  const opened = (id: StoreOrganisationId): void => {
    openedInto.current = id;
    // The bundle may have replaced the record on screen: drop it so that it is read again.
    if (store?.getState().record?.organisation.id === id) {
      store.setState({ record: null });
      void store.getState().openRecord(id);
    }
    void store?.getState().loadPortfolio();
    navigate({ screen: 'library', organisationId: id, documentId: null });
  };
  const input = useRef<HTMLInputElement>(null);
  const live = state.documents.filter((d) => d.document.trashedAt === null).length;
  const add = async (): Promise<void> => {
    if (deps.platform.kind === 'web') {
      input.current?.click();
      return;
    }
    const file = await deps.platform.openFile('document');
    if (file) await evidence.addFiles(organisationId, [file], defaults);
  };
  return (
    <section className="panel lib-header" aria-labelledby="lib-title">
      <header>
        <h1 id="lib-title">Evidence library</h1>
        <span className="muted">
          {live} document{live === 1 ? '' : 's'} · {state.links.length} link
          {state.links.length === 1 ? '' : 's'}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="btn"
          onClick={() =>
            void saveBundle(organisationId, deps, flush).then((m) =>
              evidence.notify(organisationId, m),
            )
          }
        >
          Save record with documents (.zip)…
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void flush()
              .then(() =>
                openBundle(deps, evidence, opened, async (p) =>
                  window.confirm(
                    `“${p.replaces ?? ''}” is already in this fieldbook. Replace its record with the one in ${p.fileName}? Its documents and links are kept; the bundle’s are added.${p.kept.length > 0 ? `\n\nKept as stored:\n${p.kept.join('\n')}` : ''}`,
                  ),
                ),
              )
              .then((m) => evidence.notify(openedInto.current, m))
          }
        >
          Open record bundle…
        </button>
      </header>
      <div className="body lib-controls">
        <button type="button" className="btn primary" onClick={() => void add()}>
          Add documents…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          data-testid="evidence-file-input"
          aria-label="Add documents"
          tabIndex={-1}
          onChange={(e) => {
            const target = e.currentTarget;
            void filesOf(target.files).then((files) => {
              target.value = '';
              if (files.length > 0) void evidence.addFiles(organisationId, files, defaults);
            });
          }}
        />
        <div className="field inline">
          <label htmlFor="lib-stage">Submitted for</label>
          <select
            id="lib-stage"
            value={defaults.stageId ?? ''}
            onChange={(e) =>
              onDefaults({ ...defaults, stageId: (e.target.value || null) as StageId | null })
            }
          >
            {record.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageTitle(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="lib-period">Period evidenced</label>
          <input
            id="lib-period"
            value={defaults.period}
            placeholder="e.g. survey results 2014–15"
            onChange={(e) => onDefaults({ ...defaults, period: e.target.value })}
          />
        </div>
        <span className="hint muted">
          Drop files anywhere here. PDF, Word (.docx), text, Markdown and HTML are searched; images,
          spreadsheets and slides are kept as attachments. Up to{' '}
          {MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB each.
        </span>
        <div className="field lib-search">
          <label htmlFor="lib-search">Search the documents</label>
          <input
            id="lib-search"
            type="search"
            value={query}
            placeholder='e.g. emails within 24 hours, or "first point of contact"'
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
      </div>
      {state.notice ? (
        <p className="lib-notice" role="status">
          {state.notice}
        </p>
      ) : null}
    </section>
  );
}
