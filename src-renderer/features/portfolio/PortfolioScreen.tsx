import { useEffect, useMemo } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findProfile, DEFAULT_PROFILE } from '../../../shared/scoring/profiles';
import type { AppState } from '../../state/app-state';
import { useApp } from '../../state/use-app';
import { useDeps, useToday } from '../../state/use-deps';
import type { Platform } from '../../platform/platform';
import { DueOverview } from '../surveillance/DueOverview';
import { PortfolioTable } from './PortfolioTable';
import { filterLines, portfolioLine } from './portfolio-view';

const VIEWS = [
  { id: 'active', label: 'Active' },
  { id: 'archived', label: 'Archived' },
  { id: 'trash', label: 'Trash' },
] as const;

type PortfolioView = AppState['portfolioView'];

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
  const loadPortfolio = useApp((s) => s.loadPortfolio);
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
      <PortfolioToolbar />
      <PortfolioTabs view={view} counts={counts} />
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
        <PortfolioTable lines={shown} />
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

/** The portfolio's title, search box, and the buttons that bring organisations in. */
function PortfolioToolbar(): ReactElement {
  const { query, setQuery, showDialog, importWord } = useApp(
    useShallow((s) => ({
      query: s.portfolioQuery,
      setQuery: s.setPortfolioQuery,
      showDialog: s.showDialog,
      importWord: s.importWordFile,
    })),
  );
  return (
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
  );
}

/** The active / archived / trash tabs with their counts, and emptying the trash. */
function PortfolioTabs({
  view,
  counts,
}: {
  view: PortfolioView;
  counts: Readonly<Record<PortfolioView, number>>;
}): ReactElement {
  const { setView, emptyTrash } = useApp(
    useShallow((s) => ({ setView: s.setPortfolioView, emptyTrash: s.emptyTrash })),
  );
  return (
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
  );
}
