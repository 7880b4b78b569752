import { findCatalogue } from '../../../shared/catalogue/catalogue';
import { finalMarksGiven } from '../../../shared/records/progress';
import { stageTitle } from '../../../shared/records/select-stage';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import { scoreStage } from '../../../shared/scoring/score-stage';
import type { Verdict } from '../../../shared/scoring/score-types';
import type { IsoDate } from '../../../shared/types/dates';
import { formatLongDate } from '../../../shared/types/dates';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import { organisationDates } from '../../../shared/surveillance/key-dates';
import type { PortfolioRow } from '../../db/index';
import { recordFromRow } from '../surveillance/due-overview';

/** One line of the portfolio table, computed from stored rows (nothing computed is stored). */
export interface PortfolioLine {
  readonly id: OrganisationId;
  readonly name: string;
  readonly reference: string;
  readonly units: string;
  readonly stageId: StageId | null;
  readonly stageTitle: string;
  readonly verdict: Verdict | null;
  readonly marksGiven: number;
  readonly elements: number;
  /** The next date to come ("9 March 2027 — Surveillance 2 due"), or ''. */
  readonly nextDate: string;
  /** Overdue dates of the organisation, as its lines in the "Due & overdue" list. */
  readonly overdue: number;
  readonly archived: boolean;
  readonly trashed: boolean;
  readonly updatedAt: string;
}

export function portfolioLine(
  row: PortfolioRow,
  profile: RuleProfile,
  today: IsoDate,
): PortfolioLine {
  const stage = row.currentStage;
  const catalogue = stage ? findCatalogue(stage.catalogueId) : undefined;
  // One function for this column and the portfolio's "Due & overdue" list (due-overview.ts).
  const dates = organisationDates(recordFromRow(row), today);
  const next = dates.next;
  return {
    id: row.organisation.id,
    name: row.organisation.name,
    reference: row.organisation.reference,
    units: row.organisation.unitsInScope,
    stageId: stage?.id ?? null,
    stageTitle: stage ? stageTitle(stage) : '—',
    verdict: stage && catalogue ? scoreStage(stage, catalogue, 'final', profile).verdict : null,
    marksGiven: stage ? finalMarksGiven(stage) : 0,
    elements: catalogue?.elements.length ?? 57,
    nextDate: next ? `${formatLongDate(next.date)} — ${next.label}` : '',
    overdue: row.archived || row.trashedAt !== null ? 0 : dates.overdue,
    archived: row.archived,
    trashed: row.trashedAt !== null,
    updatedAt: row.updatedAt,
  };
}

/** Lines of one portfolio view matching the search text (name, reference or units). */
export function filterLines(
  lines: readonly PortfolioLine[],
  view: 'active' | 'archived' | 'trash',
  query: string,
): PortfolioLine[] {
  const q = query.trim().toLowerCase();
  return lines
    .filter((l) =>
      view === 'trash' ? l.trashed : !l.trashed && l.archived === (view === 'archived'),
    )
    .filter((l) => q === '' || `${l.name} ${l.reference} ${l.units}`.toLowerCase().includes(q))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
