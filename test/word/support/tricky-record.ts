import type { IsoDate } from '../../../shared/types/dates';
import type { ElementId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord, ElementEntry, Stage } from '../../../shared/types/record';
import { sampleRecord } from './records';

const LONG = Array.from(
  { length: 120 },
  (_, i) =>
    `${i + 1}. Evidence item ${i + 1}: minutes of the Service Improvement Group, action log & “You said, we did” (<draft>)`,
).join('\n');

function edit(stage: Stage, id: string, change: Partial<ElementEntry>): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) => (e.element === id ? { ...e, ...change } : e)),
  };
}

/**
 * The sample record with what stresses a layout: very long evidence, markup characters, Welsh and
 * right-to-left text, blank lines and indents inside texts, a non-compliance, evidence changed at a
 * surveillance, a development point raised at a surveillance, notes that look like headings.
 */
export function trickyRecord(): AssessmentRecord {
  const base = sampleRecord();
  const [ia, sv1, sv2, ra] = base.stages as [Stage, Stage, Stage, Stage];
  let initial = edit(ia, '1.1.1', { deskTopEvidence: LONG });
  initial = edit(initial, '2.1.5', {
    deskTopEvidence:
      'Privacy policy\n\n   indented line & <tag> "quoted"\nGwasanaeth Cwsmeriaid — ŵ ŷ\nעברית טקסט',
    dtrMark: 'NC',
    finalMark: 'F',
  });
  initial = {
    ...initial,
    notes:
      'Section 2 — Surveillance documentation: not a heading\nKey of marks\n1.1.1 looks like an element',
  };
  let first = edit(sv1, '3.2.1', {
    deskTopEvidence: 'New web pages reviewed at surveillance 1',
    keyQuestions: 'Ask the web team',
    visitEvidence: 'VO — pages seen',
    verifiedOnSite: true,
    finalMark: 'P',
    developmentNote: 'Pages are not yet tested with customers.',
  });
  first = {
    ...first,
    surveillance: {
      ...first.surveillance,
      developmentPoints: [
        ...first.surveillance.developmentPoints,
        {
          point: `3.2.1@${sv1.id}` as never,
          status: 'open',
          clientResponse: '',
          assessorUpdate: 'Raised at surveillance 1.',
        },
      ],
      whatHasChanged: [...first.surveillance.whatHasChanged].reverse(),
    },
  };
  let second = edit(sv2, '3.2.1', {
    dtrMark: 'P',
    finalMark: 'F',
    developmentNote: '',
    visitEvidence: 'Tested with a customer panel',
    verifiedOnSite: false,
  });
  second = {
    ...second,
    surveillance: {
      ...second.surveillance,
      significantChanges: [
        { kind: 'restructure', description: 'Two teams merged', date: '2016-11-01' as IsoDate },
      ],
      documents: second.surveillance.documents.slice(0, 3),
    },
  };
  return {
    ...base,
    organisation: {
      ...base.organisation,
      contacts: [
        ...base.organisation.contacts,
        { name: 'Dai Jones', role: '', email: '', phone: '01632 960 999' },
      ],
    },
    stages: [initial, first, second, ra],
  };
}

/** A record that starts at a reassessment (cycle 2) and has one surveillance after it. */
export function laterCycleRecord(): AssessmentRecord {
  const base = sampleRecord();
  const ra = base.stages[3]!;
  const marked: Stage = {
    ...ra,
    entries: ra.entries.map((e, i) => ({ ...e, finalMark: i % 9 === 0 ? 'P' : 'F', dtrMark: 'F' })),
    surveillance: { ...ra.surveillance, developmentPoints: [] },
  };
  const sv: Stage = {
    ...marked,
    id: 'stage-sv1-2019' as StageId,
    kind: 'surveillance-1',
    assessor: 'Ana Lima',
    notes: '',
    entries: marked.entries.map((e) =>
      e.element === ('1.1.1' as ElementId)
        ? { ...e, finalMark: 'F' }
        : { ...e, dtrMark: e.finalMark },
    ),
    surveillance: marked.surveillance,
  };
  return { ...base, stages: [marked, sv] };
}
