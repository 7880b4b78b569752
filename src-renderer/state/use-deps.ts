import { createContext, useContext } from 'react';
import type { IsoDate } from '../../shared/types/dates';
import type { AppDeps } from './app-state';

export const DepsContext = createContext<AppDeps | null>(null);

/** The injected world (platform, clock, ids) for components that need it. */
export function useDeps(): AppDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('useDeps outside <DepsContext.Provider>');
  return deps;
}

/** Today's date, read once per render from the injected clock. */
export function useToday(): IsoDate {
  return useDeps().today();
}
