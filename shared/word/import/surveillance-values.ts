import type {
  DevelopmentPointStatus,
  GenericActivity,
  RequestedDocument,
  SignificantChangeKind,
  SurveillanceCategory,
} from '../../types/surveillance';
import { REQUESTED_DOCUMENT_NAMES, GENERIC_ACTIVITY_NAMES } from '../../types/surveillance';
import { SIGNIFICANT_CHANGE_NAMES } from '../../types/surveillance';
import { matchKey } from '../text';

/**
 * Reading the values of the surveillance tables (section 2 and 3) as the layout writes them and
 * as records vary them. Each returns `undefined` for text it cannot read.
 */

const DOCUMENTS: readonly (readonly [RegExp, RequestedDocument])[] = [
  [/performance/, 'performance-data'],
  [/review of service|service delivery|review of .*standards/, 'service-review'],
  [/satisfaction/, 'satisfaction-results'],
  [/complaint/, 'complaints-report'],
  [/annual report/, 'annual-report'],
  [/changes since|details of (any )?changes/, 'changes'],
];

export function documentOf(text: string): RequestedDocument | undefined {
  const key = matchKey(text);
  for (const [id, name] of Object.entries(REQUESTED_DOCUMENT_NAMES)) {
    if (matchKey(name) === key) return id as RequestedDocument;
  }
  return DOCUMENTS.find(([pattern]) => pattern.test(key))?.[1];
}

const ACTIVITIES: readonly (readonly [RegExp, GenericActivity])[] = [
  [/certification mark|logo/, 'certification-mark'],
  [/customer care information|service and customer|information available/, 'customer-information'],
  [/observe|in action/, 'observe-service'],
  [/talk|speak|interview/, 'talk-to-people'],
];

export function activityOf(text: string): GenericActivity | undefined {
  const key = matchKey(text);
  for (const [id, name] of Object.entries(GENERIC_ACTIVITY_NAMES)) {
    if (matchKey(name) === key) return id as GenericActivity;
  }
  return ACTIVITIES.find(([pattern]) => pattern.test(key))?.[1];
}

/** Yes / no as ticked: "Yes", "Y", "✓", "x", "Received", "Done"; `null` for an empty cell. */
export function yesNoOf(text: string): boolean | null | undefined {
  const key = matchKey(text);
  if (key === '') return null;
  if (/^(?:yes|[y✓✔☑x]|true|received|confirmed|done|completed?)$/.test(key)) return true;
  if (/^(?:no|[n✗✘☐]|false|not received|outstanding|not done|awaited)$/.test(key)) return false;
  return undefined;
}

export function statusOf(text: string): DevelopmentPointStatus | null | undefined {
  const key = matchKey(text);
  if (key === '') return null;
  if (/^(?:open|not started|no progress)$/.test(key)) return 'open';
  if (/^(?:progressing|in progress|ongoing|partly met|part met)$/.test(key)) return 'progressing';
  if (/^(?:cleared|closed|met|resolved|complete|completed|done)$/.test(key)) return 'cleared';
  return undefined;
}

export function categoryOf(text: string): SurveillanceCategory | undefined {
  const key = matchKey(text);
  if (/^high\b/.test(key)) return 'high';
  if (/^low\b/.test(key)) return 'low';
  return undefined;
}

/** The kind of a significant change; `undefined` leaves it "other" with the words kept. */
export function changeKindOf(text: string): SignificantChangeKind | undefined {
  const key = matchKey(text);
  for (const [id, name] of Object.entries(SIGNIFICANT_CHANGE_NAMES)) {
    if (matchKey(name) === key) return id as SignificantChangeKind;
  }
  if (/scope/.test(key)) return 'scope';
  if (/merger|merged/.test(key)) return 'merger';
  if (/restructur/.test(key)) return 'restructure';
  if (/^other/.test(key)) return 'other';
  return undefined;
}

/** The criterion number a row names: "1", "Criterion 1", "1 Customer Insight", a name. */
export function criterionOf(text: string, names: readonly string[]): number | undefined {
  const key = matchKey(text);
  const number = /^(?:criterion\s*)?(\d{1,2})\b/.exec(key);
  if (number) return Number(number[1]);
  const index = names.findIndex((n) => key.includes(matchKey(n)));
  return index < 0 ? undefined : index + 1;
}
