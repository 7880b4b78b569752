import { STAGE_DATE_FIELDS } from '../../types/record';
import { matchKey } from '../text';
import type { DetailKey } from './raw';
import type { StageMention } from './stage-names';
import { stageMention } from './stage-names';

/** What a label in a label–value row or "Label: value" paragraph names. */
export type LabelKey =
  DetailKey | 'reference' | 'organisation' | 'units' | 'previousCategory' | 'cycleDate';

export interface LabelReading {
  readonly key: LabelKey;
  /** The stage the label itself names ("Name of assessor – Surveillance 1"), if any. */
  readonly stage: StageMention | null;
  /** For `cycleDate`: the stage the date is of. */
  readonly dates?: 'surveillance-1' | 'surveillance-2' | 'reassessment';
  /** For `cycleDate`: the cycle whose dates these are, when the label says ("(cycle 2)"). */
  readonly cycle?: number;
}

const CYCLE_DATES: readonly (readonly [RegExp, NonNullable<LabelReading['dates']>])[] = [
  [/^(date of )?(the )?(first|1st) surveillance( date| visit| due)?$/, 'surveillance-1'],
  [/^(date of )?(the )?(second|2nd) surveillance( date| visit| due)?$/, 'surveillance-2'],
  [/^(date of )?(the )?(re-?assessment|re-?certification)( date| visit)?$/, 'reassessment'],
];

const RULES: readonly (readonly [RegExp, LabelKey])[] = [
  [/category after (the )?previous/, 'previousCategory'],
  [/reference( number| no\.?)?$|^ref\.?( no\.?)?$/, 'reference'],
  [/^(name of )?(the )?(client )?organisation( name)?$|^client$/, 'organisation'],
  [/units? in scope|^scope$|^(services|departments) in scope/, 'units'],
  [/number of (visit )?days|visit days|days required|^days$/, 'visitDays'],
  [/assessor/, 'assessor'],
  [/second desk[ -]?top.*sent to (the )?client/, 'secondDeskTopSentToClient'],
  [/second desk[ -]?top.*sent to/, 'secondDeskTopSentToCertifyingBody'],
  [/second desk[ -]?top/, 'secondDeskTopReview'],
  [/sent to (the )?client/, 'deskTopSentToClient'],
  [/desk[ -]?top.*sent to/, 'deskTopSentToCertifyingBody'],
  [/(analysis|report).*sent to|sent to .*(analysis|report)/, 'analysisSentToCertifyingBody'],
  [
    /(analysis|report) (sent )?to (the )?(certifying body|certification body|awarding body|cb|cfa)\b/,
    'analysisSentToCertifyingBody',
  ],
  [
    /sent to (the )?(certifying body|certification body|awarding body|cb|cfa|centre)\b/,
    'deskTopSentToCertifyingBody',
  ],
  [/desk[ -]?(top )?(analysis|review)|^dtr date|^dr date/, 'deskTopReview'],
  [/contacted|date of contact/, 'contactedOn'],
  [/^(surveillance )?category$|^surveillance category/, 'category'],
  [/^reason/, 'reason'],
  [/^decided( on)?$|date of decision|^decision date|^date decided/, 'decidedOn'],
  [/visit|on-?site|date\(s\) of (the )?assessment|^assessment dates?$/, 'visit'],
];

const SPECIFIC = new Set(['initial', 'reassessment', 'surveillance-1', 'surveillance-2']);

/** The stage a label names, when it names one specifically (not "surveillance visit"). */
function labelStage(key: string): StageMention | null {
  const mention = stageMention(key);
  if (!mention) return null;
  if (SPECIFIC.has(mention.kind)) return mention;
  return /initial|3-year|three-year/.test(key) ? mention : null;
}

/** Reads a label; `null` when it is none the layout knows. */
export function labelOf(text: string): LabelReading | null {
  const key = matchKey(text).replace(/ ?\(cycle \d+\)$/, '');
  if (key === '' || key.length > 120) return null;
  const cycle = /\(cycle (\d+)\)$/.exec(matchKey(text));
  for (const [pattern, dates] of CYCLE_DATES) {
    if (pattern.test(key)) {
      return {
        key: 'cycleDate',
        dates,
        stage: null,
        ...(cycle ? { cycle: Number(cycle[1]) } : {}),
      };
    }
  }
  for (const [pattern, label] of RULES) {
    if (pattern.test(key)) return { key: label, stage: labelStage(matchKey(text)) };
  }
  return null;
}

/** Labels whose value is a date or a number: a long sentence after them is not their value. */
const SHORT_VALUES: ReadonlySet<LabelKey> = new Set<LabelKey>([
  ...STAGE_DATE_FIELDS,
  'visitDays',
  'contactedOn',
  'decidedOn',
  'cycleDate',
  'category',
  'previousCategory',
]);

/**
 * "Label: value" or "Label<tab>value" in one paragraph, when the label is one the layout knows
 * ("On-site visit: Clients undergoing …" is a sentence, not a visit date).
 */
export function labelledParagraph(
  text: string,
): { readonly label: LabelReading; readonly value: string } | null {
  const trimmed = text.trim();
  const match = /^([^:\t\n]{3,120})[:\t]/.exec(trimmed);
  if (!match) return null;
  const label = labelOf(match[1] ?? '');
  const value = trimmed.slice(match[0].length).trim();
  if (!label || (SHORT_VALUES.has(label.key) && value.length > 60)) return null;
  return { label, value };
}
