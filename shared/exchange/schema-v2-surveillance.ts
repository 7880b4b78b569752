import { z } from 'zod';
import { isoDateProblem } from '../types/dates';
import {
  DEVELOPMENT_POINT_ID_PATTERN,
  DEVELOPMENT_POINT_STATUSES,
  GENERIC_ACTIVITIES,
  REQUESTED_DOCUMENTS,
  SIGNIFICANT_CHANGE_KINDS,
  SURVEILLANCE_CATEGORIES,
} from '../types/surveillance';
import { EXCHANGE_LIMITS as L } from './limits';

/**
 * The `surveillance` object of a version-2 stage: what the assessor records for the
 * surveillance documentation and report (docs/exchange-format.md). Every field has a default,
 * so `{}` is an empty record.
 */

const longText = z.string().max(L.maxTextLength);
const shortText = z.string().max(L.maxShortTextLength);

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, { error: 'a date written "YYYY-MM-DD"' })
  .superRefine((text, ctx) => {
    if (!ISO_DATE_PATTERN.test(text)) return;
    const problem = isoDateProblem(text);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: problem,
        input: text,
        params: { expected: 'a real calendar date' },
      });
  })
  .nullable();

const categoryDecision = z.strictObject({
  category: z.enum(SURVEILLANCE_CATEGORIES),
  reason: longText.default(''),
  decidedOn: isoDate.default(null),
});

const significantChange = z.strictObject({
  kind: z.enum(SIGNIFICANT_CHANGE_KINDS),
  description: longText.default(''),
  date: isoDate.default(null),
});

const pointProgress = z.strictObject({
  point: z.string().regex(DEVELOPMENT_POINT_ID_PATTERN, {
    error: 'a development point id: an element number, "@" and the id of the stage that raised it',
  }),
  status: z.enum(DEVELOPMENT_POINT_STATUSES).nullable().default(null),
  clientResponse: longText.default(''),
  assessorUpdate: longText.default(''),
});

const documentReceipt = z.strictObject({
  document: z.enum(REQUESTED_DOCUMENTS),
  receiptConfirmed: z.boolean().default(false),
  receivedOn: isoDate.default(null),
  note: longText.default(''),
});

const planRow = z.strictObject({
  date: isoDate.default(null),
  time: shortText.default(''),
  people: longText.default(''),
  issues: longText.default(''),
});

const activityTick = z.strictObject({
  activity: z.enum(GENERIC_ACTIVITIES),
  done: z.boolean().default(false),
  note: longText.default(''),
});

const criterionNote = z.strictObject({
  criterion: z.number().int().min(1).max(99),
  text: longText.default(''),
});

/** The empty surveillance object a stage without one reads as (a fresh object each call). */
export function emptySurveillanceV2(): z.output<typeof surveillanceV2> {
  return {
    contactedOn: null,
    category: null,
    significantChanges: [],
    developmentPoints: [],
    documents: [],
    onSitePlan: [],
    activities: [],
    whatHasChanged: [],
  };
}

const LIST_MAX = 500;

/** A stage's surveillance records in version 2. */
export const surveillanceV2 = z.strictObject({
  contactedOn: isoDate.default(null),
  category: categoryDecision.nullable().default(null),
  significantChanges: z.array(significantChange).max(LIST_MAX).default([]),
  developmentPoints: z.array(pointProgress).max(LIST_MAX).default([]),
  documents: z.array(documentReceipt).max(REQUESTED_DOCUMENTS.length).default([]),
  onSitePlan: z.array(planRow).max(LIST_MAX).default([]),
  activities: z.array(activityTick).max(GENERIC_ACTIVITIES.length).default([]),
  whatHasChanged: z.array(criterionNote).max(99).default([]),
});
