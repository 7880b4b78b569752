import { formatLongDate } from '../types/dates';
import type { IsoDate } from '../types/dates';
import { DEVELOPMENT_POINT_STATUS_NAMES, SURVEILLANCE_CATEGORY_NAMES } from '../types/surveillance';
import type { CategoryAssessment } from './category';
import type { NextSurveillance, SurveillancePlan } from './plan';
import type { ScheduleItem } from './schedule';
import { ITEM_STATE_NAMES } from './schedule';

const dateOr = (date: IsoDate | null, none = 'not known'): string =>
  date === null ? none : formatLongDate(date);

const tick = (done: boolean): string => (done ? '[x]' : '[ ]');

/** Indents every line of a multi-line text after the first. */
function hang(text: string, indent: string): string {
  return text.split('\n').join(`\n${indent}`);
}

function stateWords(item: ScheduleItem): string {
  const parts: string[] = [ITEM_STATE_NAMES[item.state]];
  if (item.heldOn !== null) {
    parts.push(`${item.state === 'done' ? 'held' : 'visit'} ${formatLongDate(item.heldOn)}`);
  }
  if (item.contactedOn !== null && item.state !== 'done') {
    parts.push(`client contacted ${formatLongDate(item.contactedOn)}`);
  }
  return parts.join('; ');
}

function scheduleLines(plan: SurveillancePlan): string[] {
  const widths = [26, 18, 18];
  const row = (cells: string[]): string =>
    `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [
    'Cycle dates',
    row(['Stage', 'Due', 'Contact client', 'State']),
    ...plan.schedule.map((i) => row([i.title, dateOr(i.due), dateOr(i.contact), stateWords(i)])),
    '  How the due dates are worked out:',
    ...plan.schedule.map((i) => `    - ${i.title}: ${i.basis}.`),
  ];
}

function categoryLines(categories: readonly CategoryAssessment[]): string[] {
  const label = categories[0]?.suggestion.label;
  const out = [`Surveillance category after each stage${label ? ` (${label})` : ''}`];
  for (const c of categories) {
    out.push(`  - ${c.sentence}`);
    out.push(`      Suggested ${SURVEILLANCE_CATEGORY_NAMES[c.suggestion.category]} because:`);
    out.push(...c.suggestion.reasons.map((r) => `        · ${r}`));
  }
  return out;
}

function nextLines(next: NextSurveillance): string[] {
  const item = next.item;
  const out = [
    `Next: ${item.title} — due ${dateOr(item.due)} — ${next.visit.mode}`,
    ...next.visit.reasons.map((r) => `  - ${r}`),
  ];
  if (next.basedOn) out.push(`  Starts from: ${next.basedOn.title}`);
  out.push('', `Open development points (${next.openPoints.length})`);
  if (next.openPoints.length === 0) out.push('  none');
  for (const p of next.openPoints) {
    const last = p.steps[p.steps.length - 1];
    const status = last ? DEVELOPMENT_POINT_STATUS_NAMES[last.status].toLowerCase() : 'open';
    const nc = p.nonCompliance ? ' — NON-COMPLIANCE' : '';
    out.push(
      `  - ${p.element} (${p.raisedAs} at ${p.raisedAtTitle}; ${status}${nc}): ${hang(p.note || p.statement, '      ')}`,
    );
    for (const s of p.steps) {
      if (s.clientResponse !== '')
        out.push(`      Client (${s.stageTitle}): ${hang(s.clientResponse, '        ')}`);
      if (s.assessorUpdate !== '')
        out.push(`      Assessor (${s.stageTitle}): ${hang(s.assessorUpdate, '        ')}`);
    }
  }
  if (item.kind !== 'reassessment') {
    out.push(
      '',
      `Documents requested (${next.documentsOutstanding} of ${next.documents.length} outstanding)`,
    );
    for (const d of next.documents) {
      const when = d.receiptConfirmed
        ? ` — receipt confirmed${d.receivedOn ? ` ${formatLongDate(d.receivedOn)}` : ''}`
        : '';
      out.push(`  ${tick(d.receiptConfirmed)} ${d.name}${when}`);
    }
  }
  const source =
    next.onSitePlan.source === 'recorded'
      ? 'as recorded'
      : 'suggested from the open development points';
  out.push('', `On-site plan (${source})`);
  if (next.onSitePlan.rows.length === 0) out.push('  no rows');
  next.onSitePlan.rows.forEach((r, i) => {
    const when = [r.date === null ? 'date to be set' : formatLongDate(r.date), r.time]
      .filter((x) => x !== '')
      .join(' ');
    out.push(
      `  ${i + 1}. ${when} — people: ${r.people === '' ? 'to be agreed' : hang(r.people, '     ')}`,
    );
    out.push(`     ${hang(r.issues, '     ')}`);
  });
  out.push('', 'Activities', ...next.activities.map((a) => `  ${tick(a.done)} ${a.name}`));
  return out;
}

/**
 * The plan as plain text for terminals (what `fieldbook plan` prints): cycle dates, overdue and
 * upcoming items, the category after each stage, then the next surveillance in detail.
 */
export function renderPlanText(plan: SurveillancePlan): string {
  const org = plan.organisation;
  const out = [
    `Surveillance plan — ${org.name}${org.reference ? ` (${org.reference})` : ''} — on ${formatLongDate(plan.today)}`,
    '',
    ...scheduleLines(plan),
    '',
    `Overdue and upcoming (within ${plan.horizonDays} days)`,
    ...(plan.alerts.length === 0
      ? ['  nothing overdue or coming up']
      : plan.alerts.map((a) => `  - ${a.kind === 'overdue' ? 'OVERDUE: ' : ''}${a.sentence}`)),
    '',
    ...categoryLines(plan.categories),
    '',
    ...(plan.next ? nextLines(plan.next) : ['Next: nothing to plan']),
  ];
  if (plan.warnings.length > 0) out.push('', 'Warnings', ...plan.warnings.map((w) => `  - ${w}`));
  return `${out.join('\n')}\n`;
}
