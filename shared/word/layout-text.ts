import type { StageDates } from '../types/record';

/**
 * The words of the certifying body's Word layout (ASSESSMENT-RECORD.md): titles, labels, column
 * titles and fixed paragraphs. The export writes them and the import recognises them (besides
 * the variants real records use), so they live in one place.
 */

export const DOCUMENT_TITLE = 'Customer Service Excellence';
export const DOCUMENT_SUBTITLE = 'Assessment record';
export const CONFIDENTIAL_MARKING = 'Commercial in Confidence';

export const SECTION_NAMES = {
  1: 'Assessment analysis',
  2: 'Surveillance documentation',
  3: 'Surveillance report',
} as const;
export type SectionNumber = keyof typeof SECTION_NAMES;

/** "Section 2 — Surveillance documentation: Surveillance 1". */
export function sectionHeading(section: SectionNumber, stage: string): string {
  return `Section ${section} — ${SECTION_NAMES[section]}: ${stage}`;
}

export const HEADER_LABELS = {
  reference: 'Assessment reference number',
  name: 'Name of organisation',
  units: 'Units in scope',
} as const;

/** Row labels of the table of assessors and key dates (one column per stage). */
export const STAGE_ROW_LABELS: Readonly<
  Record<'assessor' | keyof StageDates | 'visitDays', string>
> = {
  assessor: 'Name of assessor',
  deskTopReview: 'Date of first desk-top analysis',
  deskTopSentToClient: 'Date desk-top analysis sent to client',
  deskTopSentToCertifyingBody: 'Date desk-top analysis sent to certifying body',
  secondDeskTopReview: 'Date of second desk-top analysis',
  secondDeskTopSentToClient: 'Date second desk-top analysis sent to client',
  secondDeskTopSentToCertifyingBody: 'Date second desk-top analysis sent to certifying body',
  visit: 'Date(s) of visit',
  analysisSentToCertifyingBody: 'Date assessment analysis sent to certifying body',
  visitDays: 'Number of visit days',
};

/** The key-date table's row of the category after each stage (read as the stage's category). */
export const STAGE_CATEGORY_LABEL = 'Surveillance category after the stage';

export const ELEMENT_COLUMN_TITLES = {
  element: 'Element',
  previous: 'Previous result',
  deskTopEvidence: 'Desk-top evidence',
  keyQuestions: 'Key questions / person asked',
  visitEvidence: 'Visit day(s) evidence',
  dtrMark: 'DTR result',
  finalMark: 'Visit (final) result',
} as const;

export const SUBHEADINGS = {
  keyDates: 'Name of assessor and key dates',
  cycleDates: 'Surveillance and recertification dates',
  keyOfMarks: 'Key of marks',
  contacts: 'Client contacts',
  cpJustification: 'Compliance Plus justification',
  developmentPoints: 'Development points',
  scoring: 'Scoring table',
  details: 'Details of the surveillance',
  noteToClient: 'Note to the client',
  documents: 'Documents requested',
  pointsRaised: 'Development points raised',
  activities: 'Activities',
  onSitePlan: 'On-site plan',
  whatHasChanged: 'What has changed since the first assessment',
  significantChanges: 'Significant changes',
  progress: 'Progress against development points',
  scoreChanges: 'Element scores changed since the previous stage',
  /** Entries edited at a surveillance without a change of score (evidence, questions, notes). */
  entryUpdates: "What has changed in the elements' evidence and notes (scores unchanged)",
  /** Development notes on elements that have no development point at the stage. */
  otherNotes: 'Development points (notes on elements without a development point)',
} as const;

/** "Surveillance category after Initial assessment". */
export function categoryHeading(stage: string): string {
  return `Surveillance category after ${stage}`;
}

/** The heading above a signed-off stage's sign-off (who, when, content hash, signature). */
export function signOffHeading(stage: string): string {
  return `Sign-off — ${stage}`;
}

/** "Notes on Surveillance 1". */
export function notesHeading(stage: string): string {
  return `Notes on ${stage}`;
}

export const DETAIL_LABELS = {
  reference: 'Reference number',
  assessor: 'Assessor',
  visit: 'Date of surveillance visit',
  visitDays: 'Number of days required',
  previousCategory: 'Surveillance category after the previous stage',
  contactedOn: 'Client contacted on',
  category: 'Surveillance category',
  reason: 'Reason',
  decidedOn: 'Decided on',
} as const;

export const COLUMN_TITLES = {
  contacts: ['Name', 'Role', 'E-mail', 'Telephone'],
  cp: ['Element', 'Mark', 'Compliance Plus justification'],
  development: ['Element', 'Mark', 'Development point'],
  documents: ['Document', 'Assessor to confirm receipt', 'Date received', 'Note'],
  pointsRaised: ['Element', 'Raised at', 'Development point', "Client's response"],
  progress: ['Element', 'Raised at', "Assessor's update", 'Status'],
  activities: ['Activity', 'Done', 'Note'],
  onSitePlan: ['Date', 'Time', 'Key people to be seen', 'Key issues to be explored'],
  whatHasChanged: ['Criterion', 'What has changed'],
  significantChanges: ['Kind of change', 'Description', 'Date'],
  scoring: [
    'Criterion',
    'Number of elements',
    'Maximum partial compliances',
    'Actual partial compliances',
    'Actual compliance plus',
    'Non-compliances',
    'Complies',
  ],
} as const;

/** Fixed paragraphs of the layout; the import skips them. */
export const NOTE_TO_CLIENT: readonly string[] = [
  'A surveillance takes place one year after accreditation and one year after the previous surveillance. It focuses on your progress against the development points below and on what has changed since the last assessment.',
  'The certifying body will contact you about two months before the surveillance is due. Please send the documents listed below and your response to each development point; the assessor will confirm receipt.',
  'The first surveillance, and any surveillance of a client in the High category, is an on-site visit. The second surveillance is off-site for the Low category. An outline plan for the second surveillance is made after the first and detailed two weeks before it.',
];

export const SCORING_RULES: readonly string[] = [
  'No non-compliance is allowed. Full compliance or Compliance Plus is needed in at least 80% of the elements of each criterion, with no more partial compliances than the maximum listed.',
];

export const NONE_PARAGRAPHS = {
  cp: 'No Compliance Plus justification recorded.',
  development: 'No development points recorded.',
  developmentAtStage: 'No development point at this stage.',
  scoreChanges: 'No element scores changed since the previous stage.',
  plan: 'No on-site plan recorded.',
} as const;

/**
 * Custom document properties the export writes so that importing its own document gives back
 * the same ids. Word keeps them when the document is edited and saved; other documents lack them
 * and get new ids.
 */
export const FIELDBOOK_PROPERTIES = {
  organisationId: 'CSE Fieldbook organisation id',
  /** "initial#1=stage-ia-2015;surveillance-1#1=stage-sv1-2016". */
  stageIds: 'CSE Fieldbook stage ids',
} as const;
