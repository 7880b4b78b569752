/**
 * The vocabulary of the report template format (docs/report-template.md): its sections, the
 * cases within them, its settings and its placeholders. Only names and what they mean are
 * here; every word a report prints comes from the template file.
 */

/** The first line of every report template: the format and its version. */
export const TEMPLATE_MAGIC = 'CSE Fieldbook report template 1';

/** The report's own sections; each must appear exactly once in a template. */
export const REPORT_SECTIONS = [
  'key-information',
  'introduction',
  'methodology',
  'strengths',
  'findings',
  'development-points',
  'compliance-plus',
  'scores',
  'recommendation',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** A section of fixed wording only, which a template may add anywhere, any number of times. */
export const TEXT_SECTION = 'text';

/** The cases (`### case`) a section must word; no other section takes any. */
export const SECTION_CASES: Readonly<Partial<Record<ReportSectionId, readonly string[]>>> = {
  'development-points': ['none'],
  'compliance-plus': ['none'],
  recommendation: [
    'recommend',
    'recommend-subject-to',
    'do-not-recommend',
    'no-recommendation',
    'override',
    'profiles-disagree',
  ],
};

/** Settings (`= key: value`) and how many `|`-separated parts each takes. */
export const TEMPLATE_SETTINGS = {
  /** The template's name, shown in the app. */
  name: 1,
  title: 1,
  subtitle: 1,
  /** Left of "Page x of n" at the foot of every page. */
  footer: 1,
  'certifying-body': 1,
  /** What is awarded, per stage kind: initial, surveillance 1, surveillance 2, reassessment. */
  award: 4,
  /** Names of the recommendations: recommend, subject to, do not recommend, none yet. */
  'recommendation-names': 4,
  'methodology-columns': 2,
  'point-labels': 2,
  'compliance-plus-columns': 2,
  'score-columns': 8,
  /** Printed where the assessor has not written a section yet. */
  'not-written': 1,
} as const;
export type TemplateSettingKey = keyof typeof TEMPLATE_SETTINGS;
export const TEMPLATE_SETTING_KEYS = Object.keys(TEMPLATE_SETTINGS) as TemplateSettingKey[];

/** Settings whose values may not hold placeholders (they are placeholders' values). */
export const LITERAL_SETTINGS: ReadonlySet<TemplateSettingKey> = new Set([
  'name',
  'award',
  'certifying-body',
]);

/** Every placeholder a template may use, with what it stands for. */
export const PLACEHOLDERS = {
  organisation: "the organisation's name",
  reference: 'the assessment reference number',
  'units-in-scope': 'the units in scope',
  contacts: "the organisation's contacts with their roles",
  stage: 'the stage, e.g. "Initial assessment"',
  'stage-lower': 'the stage in lower case, e.g. "initial assessment"',
  cycle: 'the number of the three-year cycle',
  assessor: "the stage's assessor",
  'desk-top-review-date': 'the date of the (first) desk-top review',
  'visit-dates': 'the date(s) of the visit',
  'visit-days': 'the number of days on site',
  'analysis-sent-date': 'when the assessment analysis went to the certifying body',
  'certifying-body':
    'the certifying body: the name in the assessor\'s settings when set, else the setting "certifying-body"',
  award: 'what is awarded at this stage (setting "award")',
  generated: 'the day the report was made',
  'sign-off': "the stage's sign-off: who, when and the content hash, or that it is a draft",
  profile: 'the rule profile the report is scored under',
  'other-profile': 'the other rule profile',
  verdict: 'the verdict on the visit (final) marks',
  'development-point-count': 'the number of development points',
  'compliance-plus-count': 'the number of elements at Compliance Plus',
  'marks-recommendation': 'the recommendation the marks give',
  'other-recommendation': 'the recommendation the marks give under the other rule profile',
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}
