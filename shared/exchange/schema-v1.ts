import { z } from 'zod';
import { MARKS } from '../types/marks';
import { STAGE_KINDS } from '../types/record';
import { CLIENT_ID_PATTERN } from '../types/ids';
import { EXCHANGE_LIMITS as L } from './limits';
import { parseKeyDateText } from './key-date-text';

/** The `format` field every exchange file carries. */
export const FORMAT_NAME = 'cse-fieldbook';

const longText = z.string().max(L.maxTextLength);
const shortText = z.string().max(L.maxShortTextLength);
const clientId = z.string().regex(CLIENT_ID_PATTERN, {
  error: 'an id of 1–64 letters, digits, "-" or "_"',
});
const mark = z.enum(MARKS, { error: 'one of "CP", "F", "P", "NC" or null' }).nullable();

const KEY_DATE_EXPECTED = 'a real calendar date, a span of real dates, "TBC" or "N/A"';

/** "2015-03-09", "2015-03-11/2015-03-12", "TBC", "N/A"; real dates are checked too. */
export const KEY_DATE_PATTERN = /^(\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?|TBC|N\/A)$/;
/** A key date in its exchange text form, or null; real dates are checked (all versions). */
export const keyDate = z
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

const entryV1 = z.strictObject({
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

const datesV1 = z.strictObject({
  deskTopReview: keyDate.default(null),
  deskTopSentToClient: keyDate.default(null),
  deskTopSentToCertifyingBody: keyDate.default(null),
  secondDeskTopReview: keyDate.default(null),
  visit: keyDate.default(null),
  analysisSentToCertifyingBody: keyDate.default(null),
});

const stageV1 = z.strictObject({
  id: clientId,
  kind: z.enum(STAGE_KINDS),
  cycle: z.number().int().min(1).max(99),
  catalogue: z.string().max(64),
  assessor: shortText.default(''),
  dates: datesV1.default({
    deskTopReview: null,
    deskTopSentToClient: null,
    deskTopSentToCertifyingBody: null,
    secondDeskTopReview: null,
    visit: null,
    analysisSentToCertifyingBody: null,
  }),
  visitDays: z.number().min(0).max(365).nullable().default(null),
  notes: longText.default(''),
  entries: z.array(entryV1).max(500),
});

const contactV1 = z.strictObject({
  name: shortText.default(''),
  role: shortText.default(''),
  email: shortText.default(''),
  phone: shortText.default(''),
});

const organisationV1 = z.strictObject({
  id: clientId,
  name: shortText.min(1, { error: 'expected a name (at least one character)' }),
  reference: shortText.default(''),
  unitsInScope: longText.default(''),
  contacts: z.array(contactV1).max(L.maxContacts).default([]),
});

/** Version 1 of the exchange format: one organisation's whole record. */
export const exchangeV1 = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(1),
  /** When the file was written (ISO 8601 instant); informative only. */
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  /** The program that wrote the file, e.g. "CSE Fieldbook 0.1.0"; informative only. */
  generator: shortText.optional(),
  organisation: organisationV1,
  stages: z.array(stageV1).min(1).max(L.maxStages),
});

/** A parsed version-1 file, defaults filled in. */
export type ExchangeV1 = z.output<typeof exchangeV1>;
/** What a version-1 file may contain (optional fields may be absent). */
export type ExchangeV1Input = z.input<typeof exchangeV1>;
export type ExchangeV1Stage = ExchangeV1['stages'][number];
export type ExchangeV1Entry = ExchangeV1Stage['entries'][number];
