import { useEffect } from 'react';
import type { ReactElement } from 'react';
import { DepsContext } from './state/use-deps';
import { StoreContext, useApp } from './state/use-app';
import type { AppDeps } from './state/app-state';
import type { AppStore } from './state/store';
import { useShortcuts } from './state/use-shortcuts';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { OrganisationScreen } from './features/organisation/OrganisationScreen';
import { WorkbookScreen } from './features/workbook/WorkbookScreen';
import { PlanScreen } from './features/surveillance/PlanScreen';
import { PointsScreen } from './features/surveillance/PointsScreen';
import { OnSitePlanScreen } from './features/surveillance/OnSitePlanScreen';
import { ReportScreen } from './features/surveillance/ReportScreen';
import { ReportWriterScreen } from './features/report/ReportWriterScreen';
import { LibraryScreen } from './features/evidence/LibraryScreen';
import { CommandPalette } from './features/palette/CommandPalette';
import { TopBar } from './features/shell/TopBar';
import { DialogHost } from './features/shell/DialogHost';
import { EmptyDatabaseCheck } from './features/backup/EmptyDatabaseCheck';

/** The whole app: providers, shortcuts, the screen of the route, and overlays. */
export function App({
  store,
  deps,
}: {
  readonly store: AppStore;
  readonly deps: AppDeps;
}): ReactElement {
  useShortcuts(store, deps.platform.onMenuCommand);
  useEffect(() => {
    const onHash = (): void => store.getState().followHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    const offClose = deps.platform.onBeforeClose({
      flush: () => store.getState().flush(),
      unsaved: () => store.getState().unsavedCount(),
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      offClose();
    };
  }, [store, deps]);
  return (
    <DepsContext.Provider value={deps}>
      <StoreContext.Provider value={store}>
        <div className="app">
          <TopBar />
          <main>
            <Screen />
          </main>
          <CommandPalette />
          <DialogHost />
          <EmptyDatabaseCheck />
        </div>
      </StoreContext.Provider>
    </DepsContext.Provider>
  );
}

function Screen(): ReactElement {
  const route = useApp((s) => s.route);
  switch (route.screen) {
    case 'portfolio':
      return <PortfolioScreen />;
    case 'organisation':
      return <OrganisationScreen organisationId={route.organisationId} />;
    case 'workbook':
      return <WorkbookScreen organisationId={route.organisationId} stageId={route.stageId} />;
    case 'plan':
      return <PlanScreen organisationId={route.organisationId} />;
    case 'points':
      return <PointsScreen organisationId={route.organisationId} />;
    case 'on-site':
      return <OnSitePlanScreen organisationId={route.organisationId} stageId={route.stageId} />;
    case 'report':
      return <ReportScreen organisationId={route.organisationId} stageId={route.stageId} />;
    case 'assessment-report':
      return <ReportWriterScreen organisationId={route.organisationId} stageId={route.stageId} />;
    case 'library':
      return <LibraryScreen organisationId={route.organisationId} documentId={route.documentId} />;
  }
}
