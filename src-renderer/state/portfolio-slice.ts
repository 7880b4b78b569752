import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord } from '../../shared/records/create';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { AppDeps, AppState } from './app-state';
import type { PortfolioSlice } from './slice-types/portfolio';
import { describeError } from './describe-error';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The list of organisations and the actions on whole organisations. */
export function createPortfolioSlice(set: Set, get: Get, deps: AppDeps): PortfolioSlice {
  const { repository } = deps;
  /** Runs a repository action, reloads the list, and reports a failure in a dialog. */
  async function act(title: string, action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      await get().loadPortfolio();
      return true;
    } catch (error) {
      get().showDialog({ kind: 'message', title, body: describeError(error) });
      return false;
    }
  }

  return {
    portfolio: null,
    portfolioError: null,

    async loadPortfolio() {
      try {
        set({ portfolio: await repository.listPortfolio(), portfolioError: null });
      } catch (error) {
        set({ portfolioError: describeError(error) });
      }
    },

    async createOrganisation(name, reference) {
      const record = createRecord({
        organisationId: deps.newId() as OrganisationId,
        stageId: deps.newId() as StageId,
        name: name.trim(),
        reference: reference.trim(),
        catalogue: DEFAULT_CATALOGUE,
      });
      const done = await act('The organisation was not created', () =>
        repository.createRecord(record),
      );
      if (!done) return;
      get().showDialog(null);
      const stage = record.stages[0];
      if (stage)
        get().navigate({
          screen: 'workbook',
          organisationId: record.organisation.id,
          stageId: stage.id,
        });
    },

    async renameOrganisation(id, name) {
      await get().flush();
      const done = await act('The organisation was not renamed', () =>
        repository.updateOrganisation(id, { name: name.trim() }),
      );
      if (!done) return;
      const record = get().record;
      if (record?.organisation.id === id)
        set({ record: { ...record, organisation: { ...record.organisation, name: name.trim() } } });
      get().showDialog(null);
    },

    setArchived: async (id, archived) => {
      await act(archived ? 'Not archived' : 'Not restored from the archive', () =>
        repository.setArchived(id, archived),
      );
    },
    moveToTrash: async (id) => {
      await get().flush();
      await act('Not moved to the trash', () => repository.moveToTrash(id));
    },
    restoreFromTrash: async (id) => {
      await act('Not restored', () => repository.restoreFromTrash(id));
    },
    emptyTrash: async () => {
      await act('The trash was not emptied', () => repository.emptyTrash());
    },
  };
}
