// The store's portfolio slice: the organisations stored, and what is done to them.
import type { OrganisationId } from '../../../shared/types/ids';
import type { PortfolioRow } from '../../db/index';

export interface PortfolioSlice {
  readonly portfolio: readonly PortfolioRow[] | null;
  readonly portfolioError: string | null;
  loadPortfolio(): Promise<void>;
  createOrganisation(name: string, reference: string): Promise<void>;
  renameOrganisation(id: OrganisationId, name: string): Promise<void>;
  setArchived(id: OrganisationId, archived: boolean): Promise<void>;
  moveToTrash(id: OrganisationId): Promise<void>;
  restoreFromTrash(id: OrganisationId): Promise<void>;
  emptyTrash(): Promise<void>;
}
