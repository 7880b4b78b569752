import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../shared/evidence/extract';
import { SUGGESTER_VERSION, buildSuggestionModel } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { FieldbookRepository } from '../../src-renderer/db/index';
import type {
  AddContext,
  AddedFile,
  NewFile,
} from '../../src-renderer/services/evidence/add-documents';
import { addDocuments } from '../../src-renderer/services/evidence/add-documents';
import type { WorkerOutcome } from '../../src-renderer/services/evidence/extract-protocol';
import type { AddJob } from '../../src-renderer/services/evidence/library-state';
import { openWorld, sampleRecord } from '../db/helpers';
import { makeImageOnlyPdf } from './make-files';
import { LIBS, fixtureBytes, utf8 } from './support';

const ORG = 'org-northfield-university' as OrganisationId;
const IA = 'stage-ia-2015' as StageId;

/** The worker's job done in this thread, with the same readers and model. */
const extractor: AddContext['extractor'] = {
  async extract(name, bytes, onProgress): Promise<WorkerOutcome> {
    const read = await extractDocument(name, bytes, LIBS, (p) => onProgress(p.done, p.total));
    if (!read.ok) return { ok: false, problem: read.errors[0]! };
    const suggestions = suggestElements(buildSuggestionModel(), read.value.text.passages, {
      top: 10,
    });
    return {
      ok: true,
      value: { extracted: read.value, suggestions, suggesterVersion: SUGGESTER_VERSION },
    };
  },
};

async function adding(
  repository: FieldbookRepository,
  files: NewFile[],
): Promise<{ added: AddedFile[]; jobs: readonly AddJob[] }> {
  let jobs: readonly AddJob[] = [];
  let n = 0;
  const added = await addDocuments(
    {
      organisationId: ORG,
      repository,
      extractor,
      now: () => '2026-02-01T10:00:00.000Z',
      newId: () => `id-${++n}`,
      documents: () => [],
      jobs: () => jobs,
      setJobs: (next) => {
        jobs = next;
      },
    },
    files,
    { stageId: IA, period: 'survey results 2014–15' },
  );
  return { added, jobs };
}

describe('adding documents to the library', () => {
  it('adds readable files with their stage and period, and refuses bad ones, each with its message', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const { added, jobs } = await adding(repo, [
      { name: 'Complaints procedure.md', bytes: fixtureBytes('complaints-procedure.md') },
      { name: 'Scan.pdf', bytes: await makeImageOnlyPdf(1) },
      { name: 'Policy.docx', bytes: utf8('plain text, not a Word file') },
      { name: 'setup.exe', bytes: utf8('MZ') },
      { name: 'copy of complaints.md', bytes: fixtureBytes('complaints-procedure.md') },
    ]);
    expect(added.map((a) => a.outcome)).toEqual([
      'added',
      'added',
      'refused',
      'refused',
      'duplicate',
    ]);
    expect(added[1]?.message).toBe(
      'No text found in "Scan.pdf": it is kept as an attachment, but search and suggestions cannot see it.',
    );
    expect(added[2]?.message).toContain('"Policy.docx" is not a Word (.docx) document');
    expect(added[3]?.message).toContain(
      '"setup.exe" is a kind of file the evidence library does not keep (.exe)',
    );
    expect(added[4]?.message).toBe(
      '"copy of complaints.md" is already in the library as "Complaints procedure.md"; it is kept once.',
    );
    expect(jobs.map((j) => [j.state, j.tone])).toEqual([
      ['done', 'info'],
      ['done', 'warning'],
      ['failed', 'error'],
      ['failed', 'error'],
      ['failed', 'info'],
    ]);
    const library = await repo.loadLibrary(ORG);
    expect(
      library.documents.map((d) => [
        d.document.name,
        d.document.stageId,
        d.document.period,
        d.textStatus,
      ]),
    ).toEqual([
      ['Complaints procedure.md', IA, 'survey results 2014–15', 'text'],
      ['Scan.pdf', IA, 'survey results 2014–15', 'no-text'],
    ]);
    expect(await db.blobs.count()).toBe(2);
    db.close();
  });
});
