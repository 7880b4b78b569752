import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord } from '../../shared/records/create';
import { parseKeyDateInput } from '../../shared/records/key-date-input';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { AssessmentRecord, ElementEntry, Stage } from '../../shared/types/record';
import { readMark } from '../../shared/word/marks-text';

/**
 * Test support for the assessment report: a record made from the real University of Bolton
 * record (test/fixtures/reference/bolton-2015-analysis.txt: its 51 legible element rows, copied
 * verbatim from ../shared/reference/bolton-2015-record.txt — tabs between cells, OCR noise,
 * Cyrillic "Р" for P, cells shifted where the scan merged them), and small record edits.
 */

function markOf(text: string): MaybeMark {
  const read = readMark(text);
  return read.kind === 'mark' ? read.mark : null;
}

/** One row: element and statement, then desk-top, key questions, visit evidence, DTR, final. */
function entryOfRow(line: string): ElementEntry | null {
  const cells = line.split('\t');
  const id = /^(\d\.\d\.\d)\s/.exec(cells[0] ?? '')?.[1];
  if (!id) return null;
  while (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  const final = cells.pop() ?? '';
  const dtr = cells.pop() ?? '';
  const [, deskTop = '', questions = '', visit = ''] = cells;
  return {
    element: id as ElementId,
    deskTopEvidence: deskTop.trim(),
    keyQuestions: questions.trim(),
    visitEvidence: visit.trim(),
    verifiedOnSite: /^VO\b/.test(visit.trim()),
    dtrMark: markOf(dtr),
    finalMark: markOf(final),
    cpJustification: '',
    developmentNote: '',
  };
}

/** The Bolton record's initial assessment as the app would hold it after reading those rows. */
export function boltonRecord(): AssessmentRecord {
  const text = readFileSync(
    new URL('../fixtures/reference/bolton-2015-analysis.txt', import.meta.url),
    'utf8',
  );
  const rows = new Map(
    text
      .split('\n')
      .map(entryOfRow)
      .filter((e): e is ElementEntry => e !== null)
      .map((e) => [e.element, e] as const),
  );
  const base = createRecord({
    organisationId: 'org-bolton' as OrganisationId,
    stageId: 'stage-bolton-ia' as StageId,
    name: 'University of Bolton Library, Student Services , Careers and Reception',
    reference: '14/5167',
    catalogue: DEFAULT_CATALOGUE,
  });
  const visit = parseKeyDateInput('11-12 March 2015');
  const review = parseKeyDateInput('9 March 2015');
  const stage = base.stages[0]!;
  return {
    ...base,
    stages: [
      {
        ...stage,
        assessor: 'Tariq Mahmood',
        dates: {
          ...stage.dates,
          visit: visit.ok ? visit.value : null,
          deskTopReview: review.ok ? review.value : null,
        },
        entries: stage.entries.map((e) => rows.get(e.element) ?? e),
      },
    ],
  };
}

/** A copy of `record` with one entry of one stage changed. */
export function withEntry(
  record: AssessmentRecord,
  stageId: string,
  element: string,
  change: Partial<ElementEntry>,
): AssessmentRecord {
  return {
    ...record,
    stages: record.stages.map((s): Stage =>
      s.id !== stageId
        ? s
        : {
            ...s,
            entries: s.entries.map((e) => (e.element === element ? { ...e, ...change } : e)),
          },
    ),
  };
}

/** A copy of `record` with one stage changed. */
export function withStage(
  record: AssessmentRecord,
  stageId: string,
  change: (stage: Stage) => Stage,
): AssessmentRecord {
  return { ...record, stages: record.stages.map((s) => (s.id === stageId ? change(s) : s)) };
}

/** A certifying body's own template: its order, its words, a section of its own; CR LF, BOM. */
export const OWN_TEMPLATE = `\uFEFF${[
  'CSE Fieldbook report template 1',
  '% a Windows editor may add CR LF and a byte-order mark',
  '= title: Harbour Certification — Assessment Report',
  '= footer: Harbour Certification Ltd · Confidential',
  '## recommendation | A. Our recommendation',
  '### recommend',
  'Recommended.',
  '### recommend-subject-to',
  'Recommended, subject to:',
  '### do-not-recommend',
  'Not recommended:',
  '### no-recommendation',
  'Pending:',
  '### override',
  'Assessor override:',
  '### profiles-disagree',
  'Note on the 80% rule ({{other-profile}}):',
  '## key-information | B. Facts',
  '| Client | {{organisation}}',
  '## text | C. About us',
  'Harbour Certification is accredited by UKAS.',
  '- Independent',
  '- Impartial',
  '## introduction | D. Background',
  '## methodology | E. Method',
  '## strengths | F. Strengths',
  '## findings | G. Findings',
  '## development-points | H. Points',
  '### none',
  'None.',
  '## compliance-plus | I. CP',
  '### none',
  'None.',
  '## scores | J. Scores',
].join('\r\n')}`;
