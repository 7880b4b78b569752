/**
 * Writes test/fixtures/sample-record.json: a realistic record across all four stage kinds, with
 * long evidence and unicode text. Deterministic; run `npx tsx scripts/build-sample-record.ts`.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../shared/catalogue/catalogue';
import type { Mark } from '../shared/types/marks';

const DOCS: Record<number, string[]> = {
  1: ['Customer Profile Report 2014–15 (Planning & Insight team)', 'Student Experience Survey results (NSS and internal “Pulse” survey)', 'Equality Impact Assessments for Library and Careers', 'Consultation & Engagement Strategy 2013–2016', '“You Said, We Did” web page and posters'],
  2: ['Customer Service Strategy, signed by the Pro-Vice-Chancellor', 'Staff induction pack and customer care training records', 'Data Protection & Information Security policy (rev. 4)', 'Annual Staff Awards — “Going the Extra Mile” nominations', 'PDR (appraisal) template with customer-focus objective'],
  3: ['Website service directory and opening hours', 'Printing & photocopying charges (£0.05 per A4 page, €0.06 for visiting Erasmus students)', 'Accessibility statement and BSL video guides', 'Partnership agreement with the Students’ Union advice centre', 'Community outreach log (schools, Łódź exchange, Café Ŵyddfa volunteers)'],
  4: ['Service Level Statement (published standards) 2014', 'Monthly KPI dashboard to Senior Management Team', 'Benchmarking report — SCONUL & AMOSSHE comparisons', 'Complaints procedure (two-stage) and annual complaints report', 'Lessons-learned log from complaints and compliments'],
  5: ['Customer Charter: telephone answered within 5 rings ✓, e-mails within 2 working days', 'Enquiry management system (CRM) reports', 'First-point-of-contact triage flowchart', 'Mystery shopper report — timeliness and quality', 'Quarterly performance bulletin on the intranet'],
};

const QUESTIONS = [
  'Discuss with managers and staff',
  'Discuss with front-line staff at the Library help desk',
  'View facilities on site',
  'Ask the Head of Student Services how results were shared',
  'Talk to customers in the Careers centre and to Students’ Union representatives',
];

/** Final marks of the initial assessment: CP where exemplary, P where a development point stays. */
const INITIAL_FINAL: Record<string, Mark> = {
  '1.2.2': 'CP', '1.3.4': 'P', '2.2.3': 'P', '3.3.1': 'CP', '4.2.3': 'P', '4.3.1': 'P', '4.3.5': 'P', '5.3.3': 'P',
};
/** DTR marks: many P before the visit verified them on site. */
const DTR_PARTIAL = new Set(['1.1.3', '1.2.3', '1.3.2', '1.3.4', '2.1.4', '2.2.3', '2.2.4', '3.2.2', '3.4.2', '4.1.3', '4.2.3', '4.2.4', '4.3.1', '4.3.5', '4.3.6', '5.2.3', '5.3.3']);

function longEvidence(criterion: number, index: number): string {
  const docs = DOCS[criterion] ?? [];
  const lines = docs.map((d, i) => `${i + 1}. ${d}`);
  if (index % 9 === 0) {
    for (let k = 0; k < 30; k += 1) {
      lines.push(`${docs.length + k + 1}. Supporting document ${k + 1}: minutes of the Service Improvement Group, item ${k + 3} — actions agreed, owner named, review date set; evidence of follow-up in the next meeting’s minutes (“action closed”).`);
    }
  }
  return lines.join('\n');
}

function entry(id: string, criterion: number, index: number, final: Mark, dtr: Mark) {
  const cp = final === 'CP';
  const dev = final === 'P';
  return {
    element: id,
    deskTopEvidence: longEvidence(criterion, index),
    keyQuestions: QUESTIONS[index % QUESTIONS.length] ?? '',
    visitEvidence: dtr === 'P' && final === 'F' ? 'VO — verified with staff and in the service area; P at DTR raised to F.' : dev ? 'See assessment report for development point.' : 'VO',
    verifiedOnSite: final !== 'P',
    dtrMark: dtr,
    finalMark: final,
    cpJustification: cp ? `Exemplary practice for ${id}: the “Listening Panel” of students, staff and partners meets termly; its recommendations are costed, tracked and reported back — e.g. 24-hour opening in exam weeks (café open until 22:00), used by other universities as a model.` : '',
    developmentNote: dev ? `Development point ${id}: targets are set but the evidence does not yet show improvement year on year — set stretching targets per customer group and publish the trend.` : '',
  };
}

function initialEntries() {
  let i = 0;
  return DEFAULT_CATALOGUE.elements.map((e) => {
    i += 1;
    const final = INITIAL_FINAL[e.id] ?? 'F';
    const dtr: Mark = final === 'CP' ? 'F' : DTR_PARTIAL.has(e.id) || final === 'P' ? 'P' : 'F';
    return entry(e.id, e.criterion, i, final, dtr);
  });
}

const initial = initialEntries();
const sv1 = initial.map((e) => {
  const next = { ...e, dtrMark: e.finalMark };
  if (e.element === '4.2.3') return { ...next, finalMark: 'F' as const, visitEvidence: 'Benchmarking against three Russell Group libraries now in place (report of March 2016). VO.', developmentNote: '' };
  return next;
});
const sv2 = sv1.map((e) => {
  const next = { ...e, dtrMark: e.finalMark };
  if (e.element === '3.3.2') return { ...next, finalMark: 'CP' as const, cpJustification: 'Channel-shift analysis (web chat, phone, counter) reduced repeat contacts by 31 %; shared with the sector at the 2017 conference — exemplary.' };
  if (e.element === '5.3.3') return { ...next, finalMark: 'F' as const, developmentNote: '' };
  return next;
});
const reassessment = DEFAULT_CATALOGUE.elements.map((e, index) => ({
  element: e.id,
  deskTopEvidence: index < 40 ? longEvidence(e.criterion, index + 1) : '',
  dtrMark: index < 40 ? ((index % 7 === 3 ? 'P' : 'F') as Mark) : null,
  finalMark: null,
}));

const record = {
  format: 'cse-fieldbook',
  version: 1,
  exportedAt: '2018-02-01T09:30:00.000Z',
  generator: 'CSE Fieldbook sample builder',
  organisation: {
    id: 'org-northfield-university',
    name: 'Northfield University — Library, Student Services, Careers and Reception',
    reference: '14/5167',
    unitsInScope: 'Library, Student Services, Careers and Reception (incl. the Café Ŵyddfa help point)',
    contacts: [
      { name: 'Zoë Ní Bhriain', role: 'Quality Manager', email: 'z.nibhriain@northfield.example', phone: '+44 1632 960 123' },
      { name: 'Łukasz Nowak', role: 'Head of Student Services', email: 'l.nowak@northfield.example', phone: '' },
    ],
  },
  stages: [
    {
      id: 'stage-ia-2015', kind: 'initial', cycle: 1, catalogue: 'cse-57', assessor: 'Siân O’Connor',
      dates: { deskTopReview: '2015-02-09', deskTopSentToClient: '2015-02-12', deskTopSentToCertifyingBody: '2015-02-12', secondDeskTopReview: 'N/A', visit: '2015-03-11/2015-03-12', analysisSentToCertifyingBody: '2015-03-20' },
      visitDays: 2, notes: 'Visit over two days; 14 staff and 9 customers interviewed.', entries: initial,
    },
    {
      id: 'stage-sv1-2016', kind: 'surveillance-1', cycle: 1, catalogue: 'cse-57', assessor: 'Siân O’Connor',
      dates: { deskTopReview: '2016-02-15', deskTopSentToClient: null, deskTopSentToCertifyingBody: null, secondDeskTopReview: 'N/A', visit: '2016-03-10', analysisSentToCertifyingBody: '2016-03-17' },
      visitDays: 1, notes: '', entries: sv1,
    },
    {
      id: 'stage-sv2-2017', kind: 'surveillance-2', cycle: 1, catalogue: 'cse-57', assessor: 'René Dubois',
      dates: { deskTopReview: '2017-02-20', deskTopSentToClient: null, deskTopSentToCertifyingBody: null, secondDeskTopReview: 'N/A', visit: '2017-03-09', analysisSentToCertifyingBody: '2017-03-16' },
      visitDays: 1, notes: 'Off-site (Low category).', entries: sv2,
    },
    {
      id: 'stage-ra-2018', kind: 'reassessment', cycle: 2, catalogue: 'cse-57', assessor: 'René Dubois',
      dates: { deskTopReview: '2018-01-29', deskTopSentToClient: 'TBC', deskTopSentToCertifyingBody: null, secondDeskTopReview: null, visit: 'TBC', analysisSentToCertifyingBody: null },
      visitDays: null, notes: '', entries: reassessment,
    },
  ],
};

writeFileSync(new URL('../test/fixtures/sample-record.json', import.meta.url), `${JSON.stringify(record, null, 2)}\n`);
