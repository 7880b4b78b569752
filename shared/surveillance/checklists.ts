import type { IsoDate } from '../types/dates';
import type { Stage } from '../types/record';
import type { GenericActivity, RequestedDocument } from '../types/surveillance';
import {
  GENERIC_ACTIVITIES,
  GENERIC_ACTIVITY_NAMES,
  REQUESTED_DOCUMENT_NAMES,
  REQUESTED_DOCUMENTS,
} from '../types/surveillance';

/** One requested document and whether its receipt is confirmed at the stage. */
export interface DocumentStatus {
  readonly document: RequestedDocument;
  readonly name: string;
  readonly receiptConfirmed: boolean;
  readonly receivedOn: IsoDate | null;
  readonly note: string;
}

/** One generic activity of the visit and whether it is ticked. */
export interface ActivityStatus {
  readonly activity: GenericActivity;
  readonly name: string;
  readonly done: boolean;
  readonly note: string;
}

/**
 * The six documents requested before a surveillance, in the record's order, with receipt as
 * recorded on `stage` (`null`: the stage is not started, so nothing is received yet).
 */
export function documentChecklist(stage: Stage | null): DocumentStatus[] {
  const recorded = new Map(
    (stage?.surveillance.documents ?? []).map((d) => [d.document, d] as const),
  );
  return REQUESTED_DOCUMENTS.map((document) => {
    const receipt = recorded.get(document);
    return {
      document,
      name: REQUESTED_DOCUMENT_NAMES[document],
      receiptConfirmed: receipt?.receiptConfirmed ?? false,
      receivedOn: receipt?.receivedOn ?? null,
      note: receipt?.note ?? '',
    };
  });
}

/** The generic activities of a surveillance visit with their ticks on `stage`. */
export function activityChecklist(stage: Stage | null): ActivityStatus[] {
  const recorded = new Map(
    (stage?.surveillance.activities ?? []).map((a) => [a.activity, a] as const),
  );
  return GENERIC_ACTIVITIES.map((activity) => {
    const tick = recorded.get(activity);
    return {
      activity,
      name: GENERIC_ACTIVITY_NAMES[activity],
      done: tick?.done ?? false,
      note: tick?.note ?? '',
    };
  });
}
