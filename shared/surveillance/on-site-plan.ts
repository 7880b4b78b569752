import type { Stage } from '../types/record';
import type { OnSitePlanRow } from '../types/surveillance';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../types/surveillance';
import type { DevelopmentPoint } from './development-points';

/** The on-site plan to show: the assessor's rows once recorded, otherwise a suggestion. */
export interface OnSitePlan {
  readonly source: 'recorded' | 'suggested';
  readonly rows: readonly OnSitePlanRow[];
}

function keyQuestions(base: Stage | null, element: string): string {
  const entry = base?.entries.find((e) => e.element === element);
  return entry?.keyQuestions.trim() ?? '';
}

/**
 * Rows pre-filled for the on-site plan of the next stage: one per open development point (its
 * note, its latest client response, the element's key questions), then one per element still
 * partial or non-compliant at `base` without an open point. Date, time and people are left for
 * the assessor.
 */
export function suggestOnSitePlan(
  openPoints: readonly DevelopmentPoint[],
  base: Stage | null,
): OnSitePlanRow[] {
  const rows: OnSitePlanRow[] = [];
  const covered = new Set<string>();
  for (const point of openPoints) {
    covered.add(point.element);
    const last = point.steps[point.steps.length - 1];
    const status = last ? DEVELOPMENT_POINT_STATUS_NAMES[last.status].toLowerCase() : 'open';
    const lines = [
      `Development point ${point.element} (${point.raisedAs} at ${point.raisedAtTitle}, ${status}): ${point.note === '' ? point.statement : point.note}`,
    ];
    const response = [...point.steps].reverse().find((s) => s.clientResponse.trim() !== '');
    if (response) lines.push(`Client's response: ${response.clientResponse.trim()}`);
    const questions = keyQuestions(base, point.element);
    if (questions !== '') lines.push(`Key questions: ${questions}`);
    rows.push({ date: null, time: '', people: '', issues: lines.join('\n') });
  }
  for (const entry of base?.entries ?? []) {
    if ((entry.finalMark !== 'P' && entry.finalMark !== 'NC') || covered.has(entry.element))
      continue;
    const lines = [`${entry.element} is still ${entry.finalMark} at the last stage.`];
    if (entry.keyQuestions.trim() !== '') lines.push(`Key questions: ${entry.keyQuestions.trim()}`);
    rows.push({ date: null, time: '', people: '', issues: lines.join('\n') });
  }
  return rows;
}

/** The recorded plan of `target` when it has rows, else the suggestion. */
export function onSitePlanFor(
  target: Stage | null,
  openPoints: readonly DevelopmentPoint[],
  base: Stage | null,
): OnSitePlan {
  const recorded = target?.surveillance.onSitePlan ?? [];
  if (recorded.length > 0) return { source: 'recorded', rows: recorded };
  return { source: 'suggested', rows: suggestOnSitePlan(openPoints, base) };
}
