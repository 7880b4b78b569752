import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { newestFirst, toLogEntry } from './changes';
import type { RepositoryContext } from './context';
import type { ChangeLogEntry, PortfolioRow } from './repository';
import type { EntryRow, StageRow } from './rows';
import { entryRowId } from './rows';
import { organisationFromRow, stageFromRow, stageHeaderFromRow, withEntries } from './row-convert';
import { stageMarksFromEntries, stageWithMarks } from './stage-marks';
import type { StageMarksRow } from './stage-marks-row';

function liveStagesInOrder(rows: readonly StageRow[]): StageRow[] {
  return rows.filter((s) => !s.deleted).sort((a, b) => a.position - b.position);
}

function latest(times: readonly string[]): string {
  return times.reduce((max, t) => (t > max ? t : max), '');
}

/**
 * Every organisation that is not a tombstone, archived and trashed ones included, by name.
 * The current stage's entries come from the stage-marks index (stage-marks.ts): marks and the VO
 * flag only, every text empty, so the portfolio never reads evidence text. `updatedAt` is the
 * latest write to the organisation, its stages, or its current stage's marks.
 */
export function listPortfolio({ db }: RepositoryContext): Promise<PortfolioRow[]> {
  return db.transaction('r', [db.organisations, db.stages, db.stageMarks, db.entries], async () => {
    const [orgRows, stageRows, marksRows] = await Promise.all([
      db.organisations.toArray(),
      db.stages.toArray(),
      db.stageMarks.toArray(),
    ]);
    const stagesByOrg = new Map<string, StageRow[]>();
    for (const stage of stageRows) {
      const list = stagesByOrg.get(stage.organisationId) ?? [];
      list.push(stage);
      stagesByOrg.set(stage.organisationId, list);
    }
    const marksByStage = new Map(marksRows.map((m) => [m.id, m]));
    const rows: PortfolioRow[] = [];
    for (const org of orgRows) {
      if (org.deleted) continue;
      const stages = liveStagesInOrder(stagesByOrg.get(org.id) ?? []);
      const current = stages[stages.length - 1];
      const marks = current
        ? (marksByStage.get(current.id) ?? (await marksFromEntries(db, current.id)))
        : undefined;
      const times = [org, ...stages, ...(marks ? [marks] : [])].map((r) => r.updatedAt);
      const headers = stages.map(stageHeaderFromRow);
      const currentHeader = headers[headers.length - 1];
      rows.push({
        organisation: organisationFromRow(org),
        archived: org.archived,
        trashedAt: org.trashedAt,
        updatedAt: latest(times),
        stages: headers,
        currentStage: currentHeader
          ? stageWithMarks(withEntries(currentHeader, []), marks ?? noMarks)
          : null,
      });
    }
    return rows.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  });
}

const noMarks: StageMarksRow = { id: '', organisationId: '', updatedAt: '', marks: [] };

/**
 * The index row of a stage that has none (written by a path that does not keep the index, which
 * would be a bug): built from its entries, so the portfolio stays right, only slower.
 */
async function marksFromEntries(
  db: RepositoryContext['db'],
  stageId: string,
): Promise<StageMarksRow | undefined> {
  return stageMarksFromEntries(await db.entries.where('stageId').equals(stageId).toArray())[0];
}

/** The whole record, or null when there is none or it is a tombstone. Trashed records load. */
export function loadRecord(
  { db }: RepositoryContext,
  id: OrganisationId,
): Promise<AssessmentRecord | null> {
  return db.transaction('r', [db.organisations, db.stages, db.entries], async () => {
    const org = await db.organisations.get(id);
    if (!org || org.deleted) return null;
    const stages = liveStagesInOrder(await db.stages.where('organisationId').equals(id).toArray());
    const entriesByStage = new Map<string, EntryRow[]>();
    for (const entry of await db.entries.where('organisationId').equals(id).toArray()) {
      const list = entriesByStage.get(entry.stageId) ?? [];
      list.push(entry);
      entriesByStage.set(entry.stageId, list);
    }
    return {
      organisation: organisationFromRow(org),
      stages: stages.map((s) => stageFromRow(s, entriesByStage.get(s.id) ?? [])),
    };
  });
}

/** The change log of an organisation, optionally of one stage and/or element, newest first. */
export async function listChanges(
  { db }: RepositoryContext,
  filter: { organisationId: OrganisationId; stageId?: StageId; elementId?: ElementId },
): Promise<ChangeLogEntry[]> {
  const { organisationId, stageId, elementId } = filter;
  const rows =
    stageId !== undefined && elementId !== undefined
      ? await db.changes
          .where('[entity+entityId]')
          .equals(['entry', entryRowId(organisationId, stageId, elementId)])
          .toArray()
      : await db.changes.where('organisationId').equals(organisationId).toArray();
  return rows
    .filter((r) => r.organisationId === organisationId)
    .filter((r) => stageId === undefined || r.stageId === stageId)
    .filter((r) => elementId === undefined || r.elementId === elementId)
    .sort(newestFirst)
    .map(toLogEntry);
}
