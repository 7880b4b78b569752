// A record built from a real certifying body's record (test/fixtures/reference/
// bolton-2015-excerpt.txt, verbatim from /work/shared/reference): its header, dates and the 50
// element rows that came through whole, marks read as the Word import reads them (a Cyrillic
// "Р" is a P), "VO" in the visit column as verified on site.
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord } from '../../shared/records/create';
import type { KeyCrypto } from '../../shared/signoff/signing-key';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { AssessmentRecord, ElementEntry } from '../../shared/types/record';
import { readMark, startsWithVo } from '../../shared/word/marks-text';

const EXCERPT = new URL('../fixtures/reference/bolton-2015-excerpt.txt', import.meta.url);

function mark(text: string | undefined): MaybeMark {
  const reading = readMark(text ?? '');
  return reading.kind === 'mark' ? reading.mark : null;
}

/** The element rows of the excerpt: id → entry fields. */
export function boltonEntries(): Map<string, Omit<ElementEntry, 'element'>> {
  const rows = new Map<string, Omit<ElementEntry, 'element'>>();
  for (const line of readFileSync(EXCERPT, 'utf8').split('\n')) {
    const cells = line.split('\t');
    const id = /^(\d\.\d\.\d) /.exec(cells[0] ?? '')?.[1];
    if (!id || cells.length < 6) continue;
    const visit = (cells[3] ?? '').trim();
    rows.set(id, {
      deskTopEvidence: (cells[1] ?? '').trim(),
      keyQuestions: (cells[2] ?? '').trim(),
      visitEvidence: visit === 'VO' ? '' : visit,
      verifiedOnSite: startsWithVo(visit),
      dtrMark: mark(cells[4]),
      finalMark: mark(cells[5]),
      cpJustification: '',
      developmentNote: '',
    });
  }
  return rows;
}

/** The Bolton record: header, 2015 dates, the initial assessment with the excerpt's entries. */
export function boltonRecord(): AssessmentRecord {
  const base = createRecord({
    organisationId: 'org-bolton' as OrganisationId,
    stageId: 'st-bolton-ia' as StageId,
    name: 'University of Bolton Library, Student Services , Careers and Reception',
    reference: '14/5167',
    catalogue: DEFAULT_CATALOGUE,
  });
  const rows = boltonEntries();
  const stage = base.stages[0]!;
  return {
    organisation: {
      ...base.organisation,
      unitsInScope: 'Library, Student Services, Careers and Reception',
      contacts: [{ name: 'Zoë Ní Bhriain', role: 'Quality Manager', email: '', phone: '' }],
    },
    stages: [
      {
        ...stage,
        assessor: 'Tariq Mahmood',
        dates: {
          ...stage.dates,
          deskTopReview: { kind: 'date', date: '2015-03-09' as never },
          deskTopSentToClient: { kind: 'date', date: '2015-03-09' as never },
          deskTopSentToCertifyingBody: { kind: 'date', date: '2015-03-09' as never },
          secondDeskTopReview: { kind: 'na' },
          visit: { kind: 'range', from: '2015-03-11' as never, to: '2015-03-12' as never },
          analysisSentToCertifyingBody: { kind: 'date', date: '2015-03-17' as never },
        },
        entries: stage.entries.map((e) => ({ ...e, ...rows.get(e.element as string) })),
      },
    ],
  };
}

export const E = (id: string): ElementId => id as ElementId;

/** Node's WebCrypto for signing and checking. */
export const nodeKeyCrypto: KeyCrypto = {
  subtle: webcrypto.subtle as unknown as KeyCrypto['subtle'],
  randomBytes: (length) => webcrypto.getRandomValues(new Uint8Array(length)),
  sha256: async (bytes) =>
    new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
};
