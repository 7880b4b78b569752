/**
 * Writes test/fixtures/sample-record.json: a realistic record across all four stage kinds, with
 * long evidence and unicode text. Deterministic; run `npx tsx scripts/build-sample-record.ts`.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../shared/catalogue/catalogue';
import type { Mark } from '../shared/types/marks';

const DOCS: Record<number, string[]> = {
  1: [
    'Customer Profile Report 2014–15 (Planning & Insight team)',
    'Student Experience Survey results (NSS and internal “Pulse” survey)',
    'Equality Impact Assessments for Library and Careers',
    'Consultation & Engagement Strategy 2013–2016',
    '“You Said, We Did” web page and posters',
  ],
  2: [
    'Customer Service Strategy, signed by the Pro-Vice-Chancellor',
    'Staff induction pack and customer care training records',
    'Data Protection & Information Security policy (rev. 4)',
    'Annual Staff Awards — “Going the Extra Mile” nominations',
    'PDR (appraisal) template with customer-focus objective',
  ],
  3: [
    'Website service directory and opening hours',
    'Printing & photocopying charges (£0.05 per A4 page, €0.06 for visiting Erasmus students)',
    'Accessibility statement and BSL video guides',
    'Partnership agreement with the Students’ Union advice centre',
    'Community outreach log (schools, Łódź exchange, Café Ŵyddfa volunteers)',
  ],
  4: [
    'Service Level Statement (published standards) 2014',
    'Monthly KPI dashboard to Senior Management Team',
    'Benchmarking report — SCONUL & AMOSSHE comparisons',
    'Complaints procedure (two-stage) and annual complaints report',
    'Lessons-learned log from complaints and compliments',
  ],
  5: [
    'Customer Charter: telephone answered within 5 rings ✓, e-mails within 2 working days',
    'Enquiry management system (CRM) reports',
    'First-point-of-contact triage flowchart',
    'Mystery shopper report — timeliness and quality',
    'Quarterly performance bulletin on the intranet',
  ],
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
  '1.2.2': 'CP',
  '1.3.4': 'P',
  '2.2.3': 'P',
  '3.3.1': 'CP',
  '4.2.3': 'P',
  '4.3.1': 'P',
  '4.3.5': 'P',
  '5.3.3': 'P',
};
/** DTR marks: many P before the visit verified them on site. */
const DTR_PARTIAL = new Set([
  '1.1.3',
  '1.2.3',
  '1.3.2',
  '1.3.4',
  '2.1.4',
  '2.2.3',
  '2.2.4',
  '3.2.2',
  '3.4.2',
  '4.1.3',
  '4.2.3',
  '4.2.4',
  '4.3.1',
  '4.3.5',
  '4.3.6',
  '5.2.3',
  '5.3.3',
]);

/** The development point written for each element left at P after the initial visit. */
const DEV_NOTES: Record<string, string> = {
  '1.3.4':
    'Targets for satisfaction are set but the evidence does not yet show improvement year on year — set stretching targets per customer group and publish the trend.',
  '2.2.3':
    'Customer focus is not yet part of the appraisal (PDR) of every member of staff — add an objective and evaluate team commitment through performance management.',
  '4.2.3':
    'Performance is not yet benchmarked against similar organisations — join a benchmarking group and show how the results were used.',
  '4.3.1':
    'Dips in performance are tracked internally but not explained to customers — publish them with the action taken to put things right.',
  '4.3.5':
    'The complaints procedure has not been reviewed since 2011 — review it with customers, complainants and staff.',
  '5.3.3':
    'No comparison of timeliness and quality with similar organisations — find a benchmark and report the comparison.',
};

function longEvidence(criterion: number, index: number): string {
  const docs = DOCS[criterion] ?? [];
  const lines = docs.map((d, i) => `${i + 1}. ${d}`);
  if (index % 9 === 0) {
    for (let k = 0; k < 30; k += 1) {
      lines.push(
        `${docs.length + k + 1}. Supporting document ${k + 1}: minutes of the Service Improvement Group, item ${k + 3} — actions agreed, owner named, review date set; evidence of follow-up in the next meeting’s minutes (“action closed”).`,
      );
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
    visitEvidence:
      dtr === 'P' && final === 'F'
        ? 'VO — verified with staff and in the service area; P at DTR raised to F.'
        : dev
          ? 'See assessment report for development point.'
          : 'VO',
    verifiedOnSite: final !== 'P',
    dtrMark: dtr,
    finalMark: final,
    cpJustification: cp
      ? `Exemplary practice for ${id}: the “Listening Panel” of students, staff and partners meets termly; its recommendations are costed, tracked and reported back — e.g. 24-hour opening in exam weeks (café open until 22:00), used by other universities as a model.`
      : '',
    developmentNote: dev
      ? (DEV_NOTES[id] ??
        `Development point ${id}: provide evidence that the element is fully met.`)
      : '',
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
  if (e.element === '4.2.3')
    return {
      ...next,
      finalMark: 'F' as const,
      visitEvidence:
        'Benchmarking against three Russell Group libraries now in place (report of March 2016). VO.',
      developmentNote: '',
    };
  return next;
});
const sv2 = sv1.map((e) => {
  const next = { ...e, dtrMark: e.finalMark };
  if (e.element === '3.3.2')
    return {
      ...next,
      finalMark: 'CP' as const,
      cpJustification:
        'Channel-shift analysis (web chat, phone, counter) reduced repeat contacts by 31 %; shared with the sector at the 2017 conference — exemplary.',
    };
  if (e.element === '5.3.3') return { ...next, finalMark: 'F' as const, developmentNote: '' };
  return next;
});
const reassessment = DEFAULT_CATALOGUE.elements.map((e, index) => ({
  element: e.id,
  deskTopEvidence: index < 40 ? longEvidence(e.criterion, index + 1) : '',
  dtrMark: index < 40 ? ((index % 7 === 3 ? 'P' : 'F') as Mark) : null,
  finalMark: null,
}));

/** Surveillance records: category decisions, development points, documents, the on-site plan. */
const point = (element: string) => `${element}@stage-ia-2015`;
const DOCUMENTS = [
  'performance-data',
  'service-review',
  'satisfaction-results',
  'complaints-report',
  'annual-report',
  'changes',
];
const documents = (dates: string[], missing: string[] = []) =>
  DOCUMENTS.map((document, i) =>
    missing.includes(document)
      ? {
          document,
          receiptConfirmed: false,
          receivedOn: null,
          note: 'Chased on 6 February; promised after the Board meeting.',
        }
      : { document, receiptConfirmed: true, receivedOn: dates[i % dates.length] ?? null, note: '' },
  );
const activities = (done: boolean) =>
  ['certification-mark', 'customer-information', 'observe-service', 'talk-to-people'].map(
    (activity) => ({
      activity,
      done,
      note:
        done && activity === 'certification-mark'
          ? 'Mark used correctly on the web site and e-mail footers; the 2013 logo still on two posters in Reception.'
          : '',
    }),
  );
const EMPTY = {
  contactedOn: null,
  category: null,
  significantChanges: [],
  developmentPoints: [],
  documents: [],
  onSitePlan: [],
  activities: [],
  whatHasChanged: [],
};

const iaSurveillance = {
  ...EMPTY,
  category: {
    category: 'high',
    reason:
      'Criterion 4 is at its maximum of partial compliances (4.2.3, 4.3.1, 4.3.5); keep a close eye on Delivery.',
    decidedOn: '2015-03-20',
  },
};

const sv1Surveillance = {
  contactedOn: '2016-01-08',
  category: {
    category: 'low',
    reason:
      'The merger of Careers into Student Services was planned, consulted on and did not disturb the service; criterion 4 is now below its maximum.',
    decidedOn: '2016-03-17',
  },
  significantChanges: [
    {
      kind: 'merger',
      description:
        'Careers merged into Student Services under one Head of Service; one reception desk for both.',
      date: '2015-09-01',
    },
  ],
  developmentPoints: [
    {
      point: point('1.3.4'),
      status: 'progressing',
      clientResponse:
        'Targets per customer group set for 2015–16; first year of trend data published in the “Pulse” report.',
      assessorUpdate: 'Targets seen; one year of data is not yet a trend. Keep open.',
    },
    {
      point: point('2.2.3'),
      status: 'open',
      clientResponse: 'New PDR template to be introduced in April 2016.',
      assessorUpdate: 'Not yet in use; no change since the initial assessment.',
    },
    {
      point: point('4.2.3'),
      status: 'cleared',
      clientResponse:
        'Benchmarking club with three Russell Group libraries; report of March 2016 attached.',
      assessorUpdate: 'Benchmarking report seen and used to change opening hours. Cleared.',
    },
    {
      point: point('4.3.1'),
      status: 'progressing',
      clientResponse:
        'Dips now reported on the KPI dashboard; customer-facing explanation being drafted.',
      assessorUpdate: 'Internal reporting good; customers not yet told about dips.',
    },
    {
      point: point('4.3.5'),
      status: null,
      clientResponse:
        'Complaints procedure review scheduled for summer 2016, with the Students’ Union.',
      assessorUpdate: '',
    },
    {
      point: point('5.3.3'),
      status: 'progressing',
      clientResponse: 'Joined the SCONUL timeliness survey; first results due in the autumn.',
      assessorUpdate: 'Good start; results awaited.',
    },
  ],
  documents: documents([
    '2016-01-25',
    '2016-01-25',
    '2016-02-01',
    '2016-02-01',
    '2016-02-03',
    '2016-01-25',
  ]),
  onSitePlan: [
    {
      date: '2016-03-10',
      time: '09:30–10:15',
      people: 'Zoë Ní Bhriain (Quality Manager), Łukasz Nowak (Head of Student Services)',
      issues: 'Opening meeting; the Careers/Student Services merger and its effect on customers.',
    },
    {
      date: '2016-03-10',
      time: '10:30–11:30',
      people: 'Library customer services team; two student representatives',
      issues:
        'Development points 1.3.4 and 4.3.1: targets per customer group, how dips are explained to customers.',
    },
    {
      date: '2016-03-10',
      time: '11:45–12:30',
      people: 'HR business partner; two team leaders',
      issues: 'Development point 2.2.3: customer focus in the performance management system.',
    },
    {
      date: '2016-03-10',
      time: '14:00–14:30',
      people: 'Zoë Ní Bhriain',
      issues: 'Feedback; outline plan for surveillance 2.',
    },
  ],
  activities: activities(true),
  whatHasChanged: [
    { criterion: 1, text: 'The “Pulse” survey now runs each term and reports by customer group.' },
    {
      criterion: 2,
      text: 'Careers merged into Student Services (September 2015); joint induction for all staff.',
    },
    {
      criterion: 3,
      text: 'One reception desk for Student Services and Careers; new web service directory.',
    },
    {
      criterion: 4,
      text: 'Benchmarking club with three Russell Group libraries; KPI dashboard shows dips.',
    },
    { criterion: 5, text: 'No significant change.' },
  ],
};

const sv2Surveillance = {
  contactedOn: '2017-01-09',
  category: {
    category: 'low',
    reason: 'No non-compliance, all criteria below their partial maximum, no significant change.',
    decidedOn: '2017-03-16',
  },
  significantChanges: [],
  developmentPoints: [
    {
      point: point('1.3.4'),
      status: 'progressing',
      clientResponse:
        'Second year of trend data: satisfaction up for distance learners, flat for others.',
      assessorUpdate: 'Trend improving for some groups; keep for the reassessment.',
    },
    {
      point: point('2.2.3'),
      status: 'progressing',
      clientResponse:
        'New PDR template in use since April 2016 with a customer-focus objective for every member of staff.',
      assessorUpdate: 'Template seen; evaluation of team commitment still to come.',
    },
    {
      point: point('4.3.1'),
      status: 'progressing',
      clientResponse: '“Where we fell short” box added to the quarterly bulletin.',
      assessorUpdate: 'Seen in two bulletins.',
    },
    {
      point: point('4.3.5'),
      status: 'open',
      clientResponse: 'Review postponed to 2017 because of the merger.',
      assessorUpdate: 'No progress; to be examined at the reassessment.',
    },
    {
      point: point('5.3.3'),
      status: 'cleared',
      clientResponse: 'SCONUL timeliness results: top quartile for e-mail response.',
      assessorUpdate: 'Comparison with similar organisations now evidenced. Cleared.',
    },
  ],
  documents: documents(['2017-01-30', '2017-02-02'], ['annual-report']),
  onSitePlan: [],
  activities: activities(false),
  whatHasChanged: [
    { criterion: 1, text: 'Trend data by customer group for two years.' },
    { criterion: 2, text: 'New appraisal (PDR) template with a customer-focus objective.' },
    { criterion: 3, text: 'Channel-shift analysis led to web chat; repeat contacts down 31 %.' },
    { criterion: 4, text: 'Quarterly bulletin explains dips in performance.' },
    { criterion: 5, text: 'SCONUL timeliness benchmarking: top quartile for e-mail.' },
  ],
};

const raSurveillance = {
  ...EMPTY,
  contactedOn: '2018-01-08',
  significantChanges: [
    {
      kind: 'scope',
      description:
        'The Café Ŵyddfa help point joins the scope; Reception moves to the new Hub building (“one front door”).',
      date: '2017-09-01',
    },
  ],
  developmentPoints: [
    {
      point: point('4.3.5'),
      status: 'progressing',
      clientResponse:
        'Complaints procedure reviewed with the Students’ Union in October 2017; new version published.',
      assessorUpdate: '',
    },
  ],
};

const record = {
  format: 'cse-fieldbook',
  version: 2,
  exportedAt: '2018-02-01T09:30:00.000Z',
  generator: 'CSE Fieldbook sample builder',
  organisation: {
    id: 'org-northfield-university',
    name: 'Northfield University — Library, Student Services, Careers and Reception',
    reference: '14/5167',
    unitsInScope:
      'Library, Student Services, Careers and Reception (incl. the Café Ŵyddfa help point)',
    contacts: [
      {
        name: 'Zoë Ní Bhriain',
        role: 'Quality Manager',
        email: 'z.nibhriain@northfield.example',
        phone: '+44 1632 960 123',
      },
      {
        name: 'Łukasz Nowak',
        role: 'Head of Student Services',
        email: 'l.nowak@northfield.example',
        phone: '',
      },
    ],
  },
  stages: [
    {
      id: 'stage-ia-2015',
      kind: 'initial',
      cycle: 1,
      catalogue: 'cse-57',
      assessor: 'Siân O’Connor',
      dates: {
        deskTopReview: '2015-02-09',
        deskTopSentToClient: '2015-02-12',
        deskTopSentToCertifyingBody: '2015-02-12',
        secondDeskTopReview: 'N/A',
        visit: '2015-03-11/2015-03-12',
        analysisSentToCertifyingBody: '2015-03-20',
      },
      visitDays: 2,
      notes: 'Visit over two days; 14 staff and 9 customers interviewed.',
      entries: initial,
      surveillance: iaSurveillance,
    },
    {
      id: 'stage-sv1-2016',
      kind: 'surveillance-1',
      cycle: 1,
      catalogue: 'cse-57',
      assessor: 'Siân O’Connor',
      dates: {
        deskTopReview: '2016-02-15',
        deskTopSentToClient: null,
        deskTopSentToCertifyingBody: null,
        secondDeskTopReview: 'N/A',
        visit: '2016-03-10',
        analysisSentToCertifyingBody: '2016-03-17',
      },
      visitDays: 1,
      notes: '',
      entries: sv1,
      surveillance: sv1Surveillance,
    },
    {
      id: 'stage-sv2-2017',
      kind: 'surveillance-2',
      cycle: 1,
      catalogue: 'cse-57',
      assessor: 'René Dubois',
      dates: {
        deskTopReview: '2017-02-20',
        deskTopSentToClient: null,
        deskTopSentToCertifyingBody: null,
        secondDeskTopReview: 'N/A',
        visit: '2017-03-09',
        analysisSentToCertifyingBody: '2017-03-16',
      },
      visitDays: 1,
      notes: 'Off-site (Low category).',
      entries: sv2,
      surveillance: sv2Surveillance,
    },
    {
      id: 'stage-ra-2018',
      kind: 'reassessment',
      cycle: 2,
      catalogue: 'cse-57',
      assessor: 'René Dubois',
      dates: {
        deskTopReview: '2018-01-29',
        deskTopSentToClient: 'TBC',
        deskTopSentToCertifyingBody: null,
        secondDeskTopReview: null,
        visit: 'TBC',
        analysisSentToCertifyingBody: null,
      },
      visitDays: null,
      notes: '',
      entries: reassessment,
      surveillance: raSurveillance,
    },
  ],
};

writeFileSync(
  new URL('../test/fixtures/sample-record.json', import.meta.url),
  `${JSON.stringify(record, null, 2)}\n`,
);
