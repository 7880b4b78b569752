// The row of the stage-marks index (schema 3); what it is and why: stage-marks.ts.
import type { MaybeMark } from '../../shared/types/marks';

export interface ElementMarks {
  readonly element: string;
  readonly dtrMark: MaybeMark;
  readonly finalMark: MaybeMark;
  readonly verifiedOnSite: boolean;
}

export interface StageMarksRow {
  /** The stage id (stage ids are unique across organisations). */
  readonly id: string;
  readonly organisationId: string;
  /** The latest `updatedAt` of the entry rows whose marks it holds. */
  readonly updatedAt: string;
  /** Live (not tombstoned) entries only, in the order first seen. */
  readonly marks: readonly ElementMarks[];
}
