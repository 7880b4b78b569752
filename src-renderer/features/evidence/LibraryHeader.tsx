import type { ReactElement } from 'react';
import { MAX_DOCUMENT_BYTES } from '../../../shared/evidence/file-kinds';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { LibraryState } from '../../services/evidence/library-state';
import { AddDocumentsButton } from './AddDocumentsButton';
import { BundleButtons } from './BundleButtons';

interface Props {
  readonly record: AssessmentRecord;
  readonly state: LibraryState;
  readonly defaults: { readonly stageId: StageId | null; readonly period: string };
  readonly onDefaults: (defaults: { stageId: StageId | null; period: string }) => void;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

/** Title, adding documents (with the stage and period they are for), bundles and search. */
export function LibraryHeader({
  record,
  state,
  defaults,
  onDefaults,
  query,
  onQuery,
}: Props): ReactElement {
  const organisationId = record.organisation.id;
  const live = state.documents.filter((d) => d.document.trashedAt === null).length;
  return (
    <section className="panel lib-header" aria-labelledby="lib-title">
      <header>
        <h1 id="lib-title">Evidence library</h1>
        <span className="muted">
          {live} document{live === 1 ? '' : 's'} · {state.links.length} link
          {state.links.length === 1 ? '' : 's'}
        </span>
        <span className="spacer" />
        <BundleButtons organisationId={organisationId} />
      </header>
      <div className="body lib-controls">
        <AddDocumentsButton organisationId={organisationId} defaults={defaults} />
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
