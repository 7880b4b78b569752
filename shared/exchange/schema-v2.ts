import { z } from 'zod';
import { MARKS } from '../types/marks';
import { STAGE_KINDS } from '../types/record';
import { CLIENT_ID_PATTERN } from '../types/ids';
import { EXCHANGE_LIMITS as L } from './limits';
import { parseKeyDateText } from './key-date-text';
import { FORMAT_NAME, KEY_DATE_PATTERN } from './schema-v1';
import { emptySurveillanceV2, surveillanceV2 } from './schema-v2-surveillance';

/**
 * Version 2 of the exchange format: version 1 (a copy, so that schema-v1.ts stays the historical
 * shape) plus each stage's `surveillance` records. Only FORMAT_NAME and the key-date pattern,
 * which never change, are shared with version 1.
 */

const longText = z.string().max(L.maxTextLength);
const shortText = z.string().max(L.maxShortTextLength);
const clientId = z.string().regex(CLIENT_ID_PATTERN, {
  error: 'an id of 1–64 letters, digits, "-" or "_"',
});
const mark = z.enum(MARKS, { error: 'one of "CP", "F", "P", "NC" or null' }).nullable();

const KEY_DATE_EXPECTED = 'a real calendar date, a span of real dates, "TBC" or "N/A"';

const keyDate = z
  .string()
  .regex(KEY_DATE_PATTERN, {
    error: '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" (a span of days), "TBC" or "N/A"',
  })
  .superRefine((text, ctx) => {
    if (!KEY_DATE_PATTERN.test(text)) return;
    const parsed = parseKeyDateText(text);
    if (!parsed.ok)
      ctx.addIssue({
        code: 'custom',
        message: parsed.errors.join('; '),
        input: text,
        params: { expected: KEY_DATE_EXPECTED },
      });
  })
  .nullable();

const entryV2 = z.strictObject({
  element: z.string().max(16),
  deskTopEvidence: longText.default(''),
  keyQuestions: longText.default(''),
  visitEvidence: longText.default(''),
  verifiedOnSite: z.boolean().default(false),
  dtrMark: mark.default(null),
  finalMark: mark.default(null),
  cpJustification: longText.default(''),
  developmentNote: longText.default(''),
});

const datesV2 = z.strictObject({
  deskTopReview: keyDate.default(null),
  deskTopSentToClient: keyDate.default(null),
  deskTopSentToCertifyingBody: keyDate.default(null),
  secondDeskTopReview: keyDate.default(null),
  visit: keyDate.default(null),
  analysisSentToCertifyingBody: keyDate.default(null),
});

const stageV2 = z.strictObject({
  id: clientId,
  kind: z.enum(STAGE_KINDS),
  cycle: z.number().int().min(1).max(99),
  catalogue: z.string().max(64),
  assessor: shortText.default(''),
  dates: datesV2.default({
    deskTopReview: null,
    deskTopSentToClient: null,
    deskTopSentToCertifyingBody: null,
    secondDeskTopReview: null,
    visit: null,
    analysisSentToCertifyingBody: null,
  }),
  visitDays: z.number().min(0).max(365).nullable().default(null),
  notes: longText.default(''),
  entries: z.array(entryV2).max(500),
  surveillance: surveillanceV2.default(emptySurveillanceV2),
});

const contactV2 = z.strictObject({
  name: shortText.default(''),
  role: shortText.default(''),
  email: shortText.default(''),
  phone: shortText.default(''),
});

const organisationV2 = z.strictObject({
  id: clientId,
  name: shortText.min(1, { error: 'expected a name (at least one character)' }),
  reference: shortText.default(''),
  unitsInScope: longText.default(''),
  contacts: z.array(contactV2).max(L.maxContacts).default([]),
});

/** Version 2 of the exchange format: one organisation's whole record. */
export const exchangeV2 = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(2),
  /** When the file was written (ISO 8601 instant); informative only. */
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  /** The program that wrote the file, e.g. "CSE Fieldbook 0.1.0"; informative only. */
  generator: shortText.optional(),
  organisation: organisationV2,
  stages: z.array(stageV2).min(1).max(L.maxStages),
});

/** A parsed version-2 file, defaults filled in. */
export type ExchangeV2 = z.output<typeof exchangeV2>;
/** What a version-2 file may contain (optional fields may be absent). */
export type ExchangeV2Input = z.input<typeof exchangeV2>;
export type ExchangeV2Stage = ExchangeV2['stages'][number];
export type ExchangeV2Entry = ExchangeV2Stage['entries'][number];
export type ExchangeV2Surveillance = ExchangeV2Stage['surveillance'];
