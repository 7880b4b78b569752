import { stageTitle } from '../records/select-stage';
import { formatLongDate } from '../types/dates';
import type { AssessmentRecord, Stage } from '../types/record';
import {
  DEVELOPMENT_POINT_STATUS_NAMES,
  GENERIC_ACTIVITY_NAMES,
  REQUESTED_DOCUMENT_NAMES,
  SIGNIFICANT_CHANGE_NAMES,
  SURVEILLANCE_CATEGORY_NAMES,
  parseDevelopmentPointId,
} from '../types/surveillance';

const day = (d: Parameters<typeof formatLongDate>[0] | null): string =>
  d === null ? '' : formatLongDate(d);

const join = (...parts: string[]): string => parts.filter((p) => p !== '').join(' — ');

/**
 * A stage's surveillance records as labelled texts ("Document: Latest annual report" → "received
 * 3 February 2017"), so that two stages compare item by item. Development points are named by
 * element and the stage that raised them, looked up in `record`.
 */
export function surveillanceItems(record: AssessmentRecord, stage: Stage): Map<string, string> {
  const sv = stage.surveillance;
  const items = new Map<string, string>();
  const put = (key: string, value: string): void => {
    if (value !== '') items.set(key, value);
  };
  put('Client contacted on', day(sv.contactedOn));
  if (sv.category) {
    put(
      'Surveillance category',
      join(
        SURVEILLANCE_CATEGORY_NAMES[sv.category.category],
        sv.category.reason,
        day(sv.category.decidedOn),
      ),
    );
  }
  put(
    'Significant changes',
    sv.significantChanges
      .map((c) => join(SIGNIFICANT_CHANGE_NAMES[c.kind], c.description, day(c.date)))
      .join('\n'),
  );
  for (const p of sv.developmentPoints) {
    const id = parseDevelopmentPointId(p.point);
    const raisedAt = record.stages.find((s) => s.id === id?.stage);
    const name = `Development point ${id?.element ?? p.point}${raisedAt ? ` (${stageTitle(raisedAt)})` : ''}`;
    put(`${name}: status`, p.status === null ? '' : DEVELOPMENT_POINT_STATUS_NAMES[p.status]);
    put(`${name}: client's response`, p.clientResponse);
    put(`${name}: assessor's update`, p.assessorUpdate);
  }
  for (const d of sv.documents) {
    put(
      `Document: ${REQUESTED_DOCUMENT_NAMES[d.document]}`,
      join(d.receiptConfirmed ? 'received' : 'not received', day(d.receivedOn), d.note),
    );
  }
  put(
    'On-site plan',
    sv.onSitePlan.map((r) => join(day(r.date), r.time, r.people, r.issues)).join('\n'),
  );
  for (const t of sv.activities) {
    put(
      `Activity: ${GENERIC_ACTIVITY_NAMES[t.activity]}`,
      join(t.done ? 'done' : 'not done', t.note),
    );
  }
  for (const n of sv.whatHasChanged) put(`What has changed: criterion ${n.criterion}`, n.text);
  return items;
}
