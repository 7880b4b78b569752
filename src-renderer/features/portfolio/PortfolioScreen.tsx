import { useEffect, useMemo } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findProfile, DEFAULT_PROFILE } from '../../../shared/scoring/profiles';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useApp } from '../../state/use-app';
import { useDeps, useToday } from '../../state/use-deps';
import type { Platform } from '../../platform/platform';
import { DueOverview } from '../surveillance/DueOverview';
import { PortfolioActions } from './PortfolioActions';
import { filterLines, portfolioLine } from './portfolio-view';

const VIEWS = [
  { id: 'active', label: 'Active' },
  { id: 'archived', label: 'Archived' },
  { id: 'trash', label: 'Trash' },
] as const;

/** Home: every organisation with its stage, verdict, progress and next key date. */
export function PortfolioScreen(): ReactElement {
  const { portfolio, portfolioError, view, query, profileId } = useApp(
    useShallow((s) => ({
      portfolio: s.portfolio,
      portfolioError: s.portfolioError,
      view: s.portfolioView,
      query: s.portfolioQuery,
      profileId: s.profileId,
    })),
  );
  const { loadPortfolio, setView, setQuery, showDialog, emptyTrash, importWord } = useApp(
    useShallow((s) => ({
      loadPortfolio: s.loadPortfolio,
      setView: s.setPortfolioView,
      setQuery: s.setPortfolioQuery,
      showDialog: s.showDialog,
      emptyTrash: s.emptyTrash,
      importWord: s.importWordFile,
    })),
  );
  const today = useToday();
  const { platform } = useDeps();
  useEffect(() => {
    void loadPortfolio();
  }, [loadPortfolio]);
  const profile = findProfile(profileId) ?? DEFAULT_PROFILE;
  const lines = useMemo(
    () => (portfolio ?? []).map((row) => portfolioLine(row, profile, today)),
    [portfolio, profile, today],
  );
  const shown = filterLines(lines, view, query);
  const counts = {
    active: filterLines(lines, 'active', '').length,
    archived: filterLines(lines, 'archived', '').length,
    trash: filterLines(lines, 'trash', '').length,
  };

  return (
    <section aria-labelledby="portfolio-title">
      <div className="toolbar">
        <h1 id="portfolio-title">Portfolio</h1>
        <span className="spacer" />
        <label className="sr-only" htmlFor="portfolio-search">
          Search organisations
        </label>
        <input
          id="portfolio-search"
          className="input"
          style={{ width: 280 }}
          type="search"
          placeholder="Search by name or reference"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="btn" onClick={() => void importWord()}>
          Import Word record…
        </button>
        <button
          type="button"
          className="btn primary"
          onClick={() => showDialog({ kind: 'new-organisation' })}
        >
          New organisation
        </button>
      </div>
      <div className="tabs" role="tablist" aria-label="Portfolio views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            aria-selected={view === v.id}
            onClick={() => setView(v.id)}
          >
            {v.label} ({counts[v.id]})
          </button>
        ))}
        {view === 'trash' && counts.trash > 0 ? (
          <button
            type="button"
            className="btn danger small"
            style={{ marginLeft: 'auto', alignSelf: 'center' }}
            onClick={() => {
              if (
                window.confirm(
                  'Delete every organisation in the trash for good? This cannot be undone.',
                )
              )
                void emptyTrash();
            }}
          >
            Empty trash
          </button>
        ) : null}
      </div>
      {portfolioError ? (
        <p role="alert" className="problem">
          {portfolioError}
        </p>
      ) : null}
      {portfolio !== null && view === 'active' && counts.active > 0 ? (
        <DueOverview rows={portfolio} />
      ) : null}
      {portfolio === null ? (
        <p className="empty">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="empty">{emptyText(view, query, counts.active, platform.kind)}</p>
      ) : (
        <div className="panel">
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Reference</th>
                <th scope="col">Current stage</th>
                <th scope="col">Final verdict</th>
                <th scope="col">Progress</th>
                <th scope="col">Next key date</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((line) => (
                <tr key={line.id}>
                  <td>
                    <a
                      className="org-name"
                      href={`#/org/${line.id}${line.stageId && !line.trashed ? `/stage/${line.stageId}` : ''}`}
                    >
                      {line.name}
                    </a>
                    {line.units ? (
                      <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
                        {line.units}
                      </div>
                    ) : null}
                  </td>
                  <td>{line.reference || <span className="muted">—</span>}</td>
                  <td>{line.stageTitle}</td>
                  <td>{line.verdict ? <VerdictBadge verdict={line.verdict} /> : '—'}</td>
                  <td>
                    <div
                      className="progress"
                      aria-label={`${line.marksGiven} of ${line.elements} final marks given`}
                    >
                      <div className="bar">
                        <span style={{ width: `${(100 * line.marksGiven) / line.elements}%` }} />
                      </div>
                      <span>
                        {line.marksGiven}/{line.elements}
                      </span>
                    </div>
                  </td>
                  <td>
                    {line.overdue > 0 ? (
                      <span className="badge not-achieved">{line.overdue} overdue</span>
                    ) : null}{' '}
                    {line.nextDate ||
                      (line.overdue > 0 ? null : <span className="muted">none set</span>)}
                  </td>
                  <td>
                    <PortfolioActions line={line} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * What an empty view says. The desktop app has a File menu; the browser build has only the
 * "Open record…" button of the top bar, so each is told where to open a record.
 */
export function emptyText(
  view: string,
  query: string,
  active: number,
  build: Platform['kind'],
): string {
  if (query.trim() !== '') return `No organisation matches “${query.trim()}”.`;
  if (view === 'trash') return 'The trash is empty.';
  if (view === 'archived') return 'No archived organisations.';
  const open =
    build === 'electron'
      ? 'open a record file (File › Open record…, or “Open record…” at the top right)'
      : 'open a record file with “Open record…” at the top right';
  return active === 0
    ? `No organisations yet. Create one with “New organisation”, or ${open}.`
    : '';
}
