import {
  setActivityTick,
  setCategoryDecision,
  setDocumentReceipt,
  updateSurveillance,
} from '../../../shared/records/surveillance-edit';
import { activityChecklist, documentChecklist } from '../../../shared/surveillance/checklists';
import type { IsoDate } from '../../../shared/types/dates';
import type { Stage } from '../../../shared/types/record';
import type {
  DocumentReceipt,
  GenericActivity,
  RequestedDocument,
  SurveillanceCategory,
} from '../../../shared/types/surveillance';

/**
 * The edits the surveillance screens make, as pure stage → stage steps built on
 * shared/records/surveillance-edit.ts, so that what a click does is testable without a screen.
 */

/** Records when the certifying body contacted the client about `stage` (`null`: not yet). */
export function setContactedOn(stage: Stage, date: IsoDate | null): Stage {
  return updateSurveillance(stage, (s) => ({ ...s, contactedOn: date }));
}

/**
 * The assessor picks High or Low after `stage`. A change of mind keeps the written reason and
 * date; a first decision starts with an empty reason and is dated `today` (editable).
 */
export function decideCategory(
  stage: Stage,
  category: SurveillanceCategory,
  today: IsoDate,
): Stage {
  const current = stage.surveillance.category;
  return setCategoryDecision(stage, {
    category,
    reason: current?.reason ?? '',
    decidedOn: current ? current.decidedOn : today,
  });
}

/** Changes the reason of the decision after `stage`; unchanged when there is no decision. */
export function setDecisionReason(stage: Stage, reason: string): Stage {
  const current = stage.surveillance.category;
  return current ? setCategoryDecision(stage, { ...current, reason }) : stage;
}

/** Changes the date of the decision after `stage`; unchanged when there is no decision. */
export function setDecisionDate(stage: Stage, decidedOn: IsoDate | null): Stage {
  const current = stage.surveillance.category;
  return current ? setCategoryDecision(stage, { ...current, decidedOn }) : stage;
}

/** The receipt of `document` as `stage` records it now. */
function receiptOf(stage: Stage, document: RequestedDocument): DocumentReceipt {
  const found = documentChecklist(stage).find((d) => d.document === document);
  return {
    document,
    receiptConfirmed: found?.receiptConfirmed ?? false,
    receivedOn: found?.receivedOn ?? null,
    note: found?.note ?? '',
  };
}

/**
 * Ticks or unticks "receipt confirmed" of a requested document. Ticking dates it `today` unless
 * a date is already there; unticking clears the date (the document is no longer received) and
 * keeps the note.
 */
export function confirmReceipt(
  stage: Stage,
  document: RequestedDocument,
  confirmed: boolean,
  today: IsoDate,
): Stage {
  const current = receiptOf(stage, document);
  return setDocumentReceipt(stage, {
    ...current,
    receiptConfirmed: confirmed,
    receivedOn: confirmed ? (current.receivedOn ?? today) : null,
  });
}

/** Changes the date or note of a document's receipt, keeping the rest. */
export function editReceipt(
  stage: Stage,
  document: RequestedDocument,
  change: { readonly receivedOn?: IsoDate | null; readonly note?: string },
): Stage {
  return setDocumentReceipt(stage, { ...receiptOf(stage, document), ...change });
}

/** Ticks an activity or changes its note, keeping the rest. */
export function editActivity(
  stage: Stage,
  activity: GenericActivity,
  change: { readonly done?: boolean; readonly note?: string },
): Stage {
  const found = activityChecklist(stage).find((a) => a.activity === activity);
  return setActivityTick(stage, {
    activity,
    done: found?.done ?? false,
    note: found?.note ?? '',
    ...change,
  });
}
