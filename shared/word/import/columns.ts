import { matchKey } from '../text';

/** What a table column holds, read from its title. */
export const COLUMN_KEYS = [
  'element',
  'previous',
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'dtrMark',
  'finalMark',
  'mark',
  'justification',
  'developmentPoint',
  'raisedAt',
  'clientResponse',
  'assessorUpdate',
  'status',
  'document',
  'receivedOn',
  'receipt',
  'note',
  'activity',
  'done',
  'date',
  'time',
  'people',
  'issues',
  'criterion',
  'whatHasChanged',
  'changeKind',
  'description',
  'name',
  'role',
  'email',
  'phone',
  'elements',
  'maxPartials',
  'partials',
  'compliancePlus',
  'nonCompliances',
  'complies',
  'notes',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Column titles as the layout writes them and as real records vary them; first match wins. */
const RULES: readonly (readonly [ColumnKey, RegExp])[] = [
  ['justification', /justification|reason for (cp|compliance plus)/],
  ['notes', /^(assessor'?s? )?notes( on .*)?$/],
  ['maxPartials', /max(imum)?\.? (number of |no\.? of )?partial/],
  ['partials', /^(actual )?(number of |no\.? of )?partial( compliance)?s?$|^actual partial/],
  ['nonCompliances', /non-?complian|^(actual )?nc'?s?$/],
  ['compliancePlus', /^(actual )?(number of )?compliance plus( elements)?$|^(actual )?cp'?s?$/],
  ['elements', /^(number of |no\.? of )?elements$/],
  ['complies', /^complies|^compliant\??$|^met\??$/],
  [
    'dtrMark',
    /^dtr$|dtr (result|mark|score|rating)|desk[ -]?top (review )?(\(dtr\) )?(result|mark|score)/,
  ],
  [
    'finalMark',
    /^(av|final|visit|new|now)$|^(av|visit|final|assessment visit|on-?site|new|current|revised)( \(final\))? (result|mark|score|rating)|visit \(final\)|(result|mark|score) now|^score after/,
  ],
  [
    'previous',
    /^previous|^was$|^before$|^(original|earlier|old) (result|mark|score)|(previous|first assessment) (result|mark|score)/,
  ],
  ['mark', /^(mark|result|score|rating)$/],
  ['keyQuestions', /key questions?|person asked|questions? \/ person|^questions?$/],
  [
    'visitEvidence',
    /visit (day|evidence)|^visit day|on-?site evidence|evidence (seen )?(on|during) (the )?visit|^av evidence/,
  ],
  ['deskTopEvidence', /desk[ -]?top|evidence (submitted|provided)|^dtr evidence|^evidence$/],
  ['receivedOn', /date received|received on|date of receipt/],
  ['receipt', /receipt|^received\??$|^confirmed\??$/],
  ['document', /^documents?( requested)?$|^documents? requested|^items?$/],
  ['activity', /^activit/],
  ['done', /^done\??$|^completed?\??$|^ticked?$/],
  ['time', /^time/],
  ['people', /people|to be seen|^who\b/],
  ['issues', /issues|to be explored|^focus/],
  ['whatHasChanged', /what has changed|changes? since/],
  ['changeKind', /^(kind|type)( of change)?$/],
  ['raisedAt', /^raised( at| in| by)?$|^stage raised/],
  ['clientResponse', /client'?s? response|response from (the )?client|^response$/],
  ['assessorUpdate', /assessor'?s? (update|comment|response)|^progress( made)?$|^update$/],
  ['status', /^status$/],
  ['developmentPoint', /^development points?( raised)?$|^point$/],
  ['element', /^(element|elements?( and| \/) statement|statement|ref\.?|no\.?|cse element)$/],
  ['criterion', /^criteri(on|a)$/],
  ['date', /^date$|^date ?\/ ?time$|^day$|^date of change$/],
  ['description', /^description|^change$/],
  ['note', /^notes?$|^comments?$/],
  ['name', /^name$|^contact$/],
  ['role', /^role$|job title|^position$/],
  ['email', /e-?mail/],
  ['phone', /phone|^tel/],
];

/** The column a title names, or `null` when it names none. */
export function columnOf(title: string): ColumnKey | null {
  const key = matchKey(title);
  if (key === '') return null;
  for (const [column, pattern] of RULES) if (pattern.test(key)) return column;
  return null;
}

/** What a table is for, read from its columns. */
export type TableKind =
  | 'elements'
  | 'cp-justification'
  | 'development-notes'
  | 'points'
  | 'documents'
  | 'activities'
  | 'plan'
  | 'what-has-changed'
  | 'significant-changes'
  | 'contacts'
  | 'scoring'
  | 'notes';

const ELEMENT_COLUMNS: readonly ColumnKey[] = [
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'dtrMark',
  'finalMark',
  'previous',
];

/** The kind of a table with these columns, or `null` when they name no known table. */
export function tableKindOf(columns: ReadonlySet<ColumnKey>): TableKind | null {
  const has = (...keys: ColumnKey[]): boolean => keys.some((k) => columns.has(k));
  if (has('document')) return 'documents';
  if (has('activity')) return 'activities';
  if (has('people', 'issues')) return 'plan';
  if (has('whatHasChanged')) return 'what-has-changed';
  if (has('changeKind')) return 'significant-changes';
  if (has('clientResponse', 'assessorUpdate', 'raisedAt', 'status')) return 'points';
  if (has('justification')) return 'cp-justification';
  if (has('maxPartials', 'partials', 'nonCompliances', 'elements', 'compliancePlus')) {
    return 'scoring';
  }
  if (has('developmentPoint')) return 'development-notes';
  if (has('name') && has('role', 'email', 'phone')) return 'contacts';
  if (ELEMENT_COLUMNS.some((k) => columns.has(k))) return 'elements';
  if (columns.size === 1 && has('notes')) return 'notes';
  if (has('description') && has('date')) return 'significant-changes';
  return null;
}
