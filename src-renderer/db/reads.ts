import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { newestFirst, toLogEntry } from './changes';
import type { RepositoryContext } from './context';
import type { ChangeLogEntry, PortfolioRow } from './repository';
import type { EntryRow, StageRow } from './rows';
import { entryRowId, organisationFromRow, stageFromRow } from './rows';

function liveStagesInOrder(rows: readonly StageRow[]): StageRow[] {
  return rows.filter((s) => !s.deleted).sort((a, b) => a.position - b.position);
}

function latest(times: readonly string[]): string {
  return times.reduce((max, t) => (t > max ? t : max), '');
}

/**
 * Every organisation that is not a tombstone, archived and trashed ones included, by name.
 * `updatedAt` is the latest write to the organisation, its stages, or its current stage's
 * entries (older stages' entries are not read here, to keep the portfolio cheap).
 */
export function listPortfolio({ db }: RepositoryContext): Promise<PortfolioRow[]> {
  return db.transaction('r', [db.organisations, db.stages, db.entries], async () => {
    const orgs = (await db.organisations.toArray()).filter((o) => !o.deleted);
    const stagesByOrg = new Map<string, StageRow[]>();
    for (const stage of await db.stages.toArray()) {
      const list = stagesByOrg.get(stage.organisationId) ?? [];
      list.push(stage);
      stagesByOrg.set(stage.organisationId, list);
    }
    const rows: PortfolioRow[] = [];
    for (const org of orgs) {
      const stages = liveStagesInOrder(stagesByOrg.get(org.id) ?? []);
      const current = stages[stages.length - 1];
      const entries = current ? await db.entries.where('stageId').equals(current.id).toArray() : [];
      const times = [org, ...stages, ...entries].map((r) => r.updatedAt);
      rows.push({
        organisation: organisationFromRow(org),
        archived: org.archived,
        trashedAt: org.trashedAt,
        updatedAt: latest(times),
        stages: stages.map((s) => ({ ...stageFromRow(s, []), entries: [] })),
        currentStage: current ? withoutEvidenceText(stageFromRow(current, entries)) : null,
      });
    }
    return rows.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  });
}

/**
 * The portfolio shows marks, not evidence: the three evidence texts of its current stages are
 * left empty so that a long portfolio does not keep every organisation's notes in memory (they
 * are the bulk of the data: ~1.2 GB of heap for 500 organisations before this). Marks, VO and the
 * justification and development-point texts stay, so verdicts and warnings are the record's own.
 */
function withoutEvidenceText(stage: Stage): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) => ({
      ...e,
      deskTopEvidence: '',
      keyQuestions: '',
      visitEvidence: '',
    })),
  };
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
