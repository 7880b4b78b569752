// The stage-marks index (schema 3): kept in step with the entry rows by every write, read by the
// portfolio instead of the entries, rebuilt from the entries by the upgrade.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCatalogue } from '../../shared/catalogue/catalogue';
import { scoreStage } from '../../shared/scoring/score-stage';
import { CERTIFYING_BODY_TABLE } from '../../shared/scoring/profiles';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { knownSchemaVersion } from '../../src-renderer/db/migrations';
import type { FieldbookDb, FieldbookRepository } from '../../src-renderer/db/index';
import type { EntryRow } from '../../src-renderer/db/rows';
import { stageMarksFromEntries, withEntryMarks } from '../../src-renderer/db/stage-marks';
import { installFixture, readDbFixture } from '../evidence/db-fixture';
import { openWorld, sampleRecord } from './helpers';

const MARKS: readonly MaybeMark[] = [null, 'CP', 'F', 'P', 'NC'];

/** Every live stage's index row must hold exactly the marks of its live entry rows. */
async function expectIndexInStep(db: FieldbookDb): Promise<void> {
  const stages = (await db.stages.toArray()).filter((s) => !s.deleted);
  const liveOrgs = new Set(
    (await db.organisations.toArray()).filter((o) => !o.deleted).map((o) => o.id),
  );
  for (const stage of stages.filter((s) => liveOrgs.has(s.organisationId))) {
    const entries = await db.entries.where('stageId').equals(stage.id).toArray();
    const expected = stageMarksFromEntries(entries)[0]?.marks ?? [];
    const row = await db.stageMarks.get(stage.id);
    const byElement = (m: { element: string }[]): unknown[] =>
      [...m].sort((a, b) => a.element.localeCompare(b.element));
    expect(byElement([...(row?.marks ?? [])]), stage.id).toEqual(byElement([...expected]));
  }
}

function verdictOf(stage: Stage): string {
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) throw new Error('no catalogue');
  return scoreStage(stage, catalogue, 'final', CERTIFYING_BODY_TABLE).verdict;
}

/** The portfolio's verdicts must be the ones of the whole loaded records. */
async function expectPortfolioLikeRecords(repo: FieldbookRepository): Promise<void> {
  for (const row of await repo.listPortfolio()) {
    const record = await repo.loadRecord(row.organisation.id);
    const current = record?.stages.at(-1);
    expect(row.currentStage?.id).toBe(current?.id);
    if (!current || !row.currentStage) continue;
    expect(verdictOf(row.currentStage)).toBe(verdictOf(current));
    expect(row.currentStage.entries.map((e) => [e.element, e.dtrMark, e.finalMark])).toEqual(
      current.entries.map((e) => [e.element, e.dtrMark, e.finalMark]),
    );
    expect(row.currentStage.entries.map((e) => e.verifiedOnSite)).toEqual(
      current.entries.map((e) => e.verifiedOnSite),
    );
    // The portfolio never carries evidence or other text.
    expect(row.currentStage.entries.every((e) => e.deskTopEvidence === '')).toBe(true);
  }
}

const ORG = 'org-sample' as OrganisationId;

function sample(): AssessmentRecord {
  const record = sampleRecord();
  return { ...record, organisation: { ...record.organisation, id: ORG } };
}

function entry(element: string, extra: Partial<EntryRow> = {}): EntryRow {
  return {
    id: `o|s|${element}`,
    organisationId: 'o',
    stageId: 's',
    element,
    deskTopEvidence: 'long text',
    keyQuestions: '',
    visitEvidence: '',
    verifiedOnSite: false,
    dtrMark: 'F',
    finalMark: 'F',
    cpJustification: '',
    developmentNote: '',
    updatedAt: '2026-01-01T09:00:00.000Z',
    revision: 1,
    baseRevision: 0,
    deleted: false,
    ...extra,
  };
}

describe('stage-marks rows (pure)', () => {
  it('copies marks and the VO flag, never text; tombstones remove; updatedAt is the latest', () => {
    const [row] = stageMarksFromEntries([
      entry('1.1.1'),
      entry('1.1.2', { finalMark: 'P', updatedAt: '2026-01-02T09:00:00.000Z' }),
    ]);
    expect(row).toEqual({
      id: 's',
      organisationId: 'o',
      updatedAt: '2026-01-02T09:00:00.000Z',
      marks: [
        { element: '1.1.1', dtrMark: 'F', finalMark: 'F', verifiedOnSite: false },
        { element: '1.1.2', dtrMark: 'F', finalMark: 'P', verifiedOnSite: false },
      ],
    });
    const next = withEntryMarks(row!, [
      entry('1.1.1', { deleted: true, updatedAt: '2026-01-03T09:00:00.000Z' }),
      entry('1.1.2', { verifiedOnSite: true, finalMark: 'NC' }),
    ]);
    expect(next.marks).toEqual([
      { element: '1.1.2', dtrMark: 'F', finalMark: 'NC', verifiedOnSite: true },
    ]);
    expect(next.updatedAt).toBe('2026-01-03T09:00:00.000Z');
  });
});

describe('the stage-marks index in the database', () => {
  it('is written with a created record and with each mark, and left alone by typing', async () => {
    const { db, repo } = await openWorld();
    await repo.createRecord(sample());
    await expectIndexInStep(db);
    const stage = sample().stages.at(-1)!.id;
    const before = await db.stageMarks.get(stage);
    await repo.updateEntry(ORG, stage, '1.1.1' as ElementId, { deskTopEvidence: 'typed' });
    // Typing evidence is the keystroke path: the index row is not rewritten.
    expect(await db.stageMarks.get(stage)).toEqual(before);
    await repo.updateEntry(ORG, stage, '1.1.1' as ElementId, { finalMark: 'NC' });
    await repo.updateEntry(ORG, stage, '1.2.1' as ElementId, { verifiedOnSite: true });
    await expectIndexInStep(db);
    const after = (await db.stageMarks.get(stage))?.updatedAt ?? '';
    expect(after > (before?.updatedAt ?? '')).toBe(true);
    await expectPortfolioLikeRecords(repo);
    db.close();
  });

  it('follows any sequence of mark edits (property)', async () => {
    const { db, repo } = await openWorld();
    await repo.createRecord(sample());
    const stages = sample().stages.map((s) => s.id);
    const elements = sample().stages[0]!.entries.map((e) => e.element);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            stage: fc.constantFrom(...stages),
            element: fc.constantFrom(...elements),
            field: fc.constantFrom('dtrMark', 'finalMark', 'verifiedOnSite', 'keyQuestions'),
            mark: fc.constantFrom(...MARKS),
          }),
          { maxLength: 12 },
        ),
        async (edits) => {
          for (const e of edits) {
            const patch =
              e.field === 'verifiedOnSite'
                ? { verifiedOnSite: e.mark !== null }
                : e.field === 'keyQuestions'
                  ? { keyQuestions: `asked ${String(e.mark)}` }
                  : { [e.field]: e.mark };
            await repo.updateEntry(ORG, e.stage as StageId, e.element, patch);
          }
          await expectIndexInStep(db);
          await expectPortfolioLikeRecords(repo);
        },
      ),
      { numRuns: 25 },
    );
    db.close();
  });

  it('follows imports over a record: changed marks, a stage removed and brought back', async () => {
    const { db, repo } = await openWorld();
    const record = sample();
    await repo.createRecord(record);
    const last = record.stages.at(-1)!;
    const marked: AssessmentRecord = {
      ...record,
      stages: record.stages.map((s) =>
        s.id === last.id
          ? { ...s, entries: s.entries.map((e) => ({ ...e, finalMark: 'P' as const })) }
          : s,
      ),
    };
    await repo.replaceRecord(marked);
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    // Without its last stage: the previous stage becomes the current one.
    await repo.replaceRecord({ ...marked, stages: marked.stages.slice(0, -1) });
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    await repo.replaceRecord(marked);
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    db.close();
  });

  it('follows a new stage, and is removed when the trash is emptied', async () => {
    const { db, repo } = await openWorld();
    const record = sample();
    await repo.createRecord(record);
    const last = record.stages.at(-1)!;
    await repo.addStage(ORG, {
      ...last,
      id: 'st-next' as StageId,
      entries: last.entries.map((e) => ({ ...e, dtrMark: 'NC' as const })),
    });
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    await repo.moveToTrash(ORG);
    await repo.emptyTrash();
    expect(await db.stageMarks.where('organisationId').equals(ORG).count()).toBe(0);
    expect(await repo.listPortfolio()).toEqual([]);
    db.close();
  });

  it('a stage without an index row is read from its entries (right, only slower)', async () => {
    const { db, repo } = await openWorld();
    await repo.createRecord(sample());
    const expected = await repo.listPortfolio();
    await db.stageMarks.clear();
    expect(await repo.listPortfolio()).toEqual(expected);
    // The next mark written rebuilds the row from all the stage's entries.
    const stage = sample().stages.at(-1)!.id;
    await repo.updateEntry(ORG, stage, '3.1.1' as ElementId, { dtrMark: 'CP' });
    const entries = await db.entries.where('stageId').equals(stage).toArray();
    expect((await db.stageMarks.get(stage))?.marks).toEqual(
      stageMarksFromEntries(entries)[0]?.marks,
    );
    expect(await repo.listPortfolio()).not.toEqual(expected);
    db.close();
  });
});

describe('schema version 3', () => {
  it('fills the index from the entries when a version-2 database is upgraded', async () => {
    const v2 = readDbFixture('v2.json');
    const factory = await installFixture(v2);
    const { db, repo } = await openWorld({ factory });
    // Upgraded through version 3 to the newest schema (test/db/recovery.test.ts: version 4).
    expect(knownSchemaVersion()).toBe(4);
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 4 });
    expect(await db.entries.count()).toBe(v2.tables.entries?.length);
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    db.close();
  });

  it('reads the v3 fixture: the index and the entries agree, edits keep them so', async () => {
    const v3 = readDbFixture('v3.json');
    expect(v3.schemaVersion).toBe(3);
    const factory = await installFixture(v3);
    const { db, repo } = await openWorld({ factory });
    await expectIndexInStep(db);
    const riverside = (await repo.listPortfolio()).find(
      (r) => r.organisation.id === 'org-riverside',
    );
    const marks = riverside?.currentStage?.entries
      .slice(0, 3)
      .map((e) => [e.finalMark, e.verifiedOnSite]);
    expect(marks).toEqual([
      [null, false],
      ['P', false],
      [null, true],
    ]);
    await repo.updateEntry(
      'org-riverside' as OrganisationId,
      'st-ria-sv1' as StageId,
      '1.1.1' as ElementId,
      { finalMark: 'F' },
    );
    await expectIndexInStep(db);
    await expectPortfolioLikeRecords(repo);
    db.close();
  });
});
