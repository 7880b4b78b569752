import { z } from 'zod';
import { EXCHANGE_LIMITS as L } from './limits';
import { keyDate } from './schema-v1';
import { exchangeV4 } from './schema-v4';
import { emptyReportV5, reportV5 } from './report-v5';
import { CONTENT_HASH_SCHEMES } from '../signoff/content-hash';

/**
 * Version 5 of the exchange format: version 4 plus the parts of the certifying body's record that
 * version 4 could not hold —
 * - each stage's dates of sending the second desk-top analysis to the client and to the
 *   certifying body (`dates.secondDeskTopSentToClient`, `dates.secondDeskTopSentToCertifyingBody`);
 * - the organisation's planned dates of surveillance 1, surveillance 2 and recertification
 *   (`organisation.plannedDates`), entered before those stages exist; null reads "TBC";
 * - each sign-off's Ed25519 signature with the public key to check it (`signOff.signature`),
 *   and its hashing scheme checked against the schemes this build knows (a sign-off of an
 *   unknown scheme could never be verified);
 * - each stage's assessment report as the assessor wrote it (`report`, shared/exchange/report-v5.ts).
 * Every new field is optional with a null (or empty) default, so a version-4 document upgrades
 * unchanged.
 */

const stageV4 = exchangeV4.shape.stages.element;
const organisationV4 = exchangeV4.shape.organisation;

const datesV5 = stageV4.shape.dates.unwrap().extend({
  secondDeskTopSentToClient: keyDate.default(null),
  secondDeskTopSentToCertifyingBody: keyDate.default(null),
});

/** The dates of a stage with nothing recorded (a fresh object each call). */
function emptyDatesV5(): z.output<typeof datesV5> {
  return {
    deskTopReview: null,
    deskTopSentToClient: null,
    deskTopSentToCertifyingBody: null,
    secondDeskTopReview: null,
    secondDeskTopSentToClient: null,
    secondDeskTopSentToCertifyingBody: null,
    visit: null,
    analysisSentToCertifyingBody: null,
  };
}

/** The assessor's Ed25519 signature of a sign-off (shared/signoff/signature.ts). */
const signatureV5 = z.strictObject({
  algorithm: z.literal('Ed25519'),
  // eslint-disable-next-line regexp/use-ignore-case -- published as written in the JSON Schema
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, {
    error: 'an Ed25519 public key: 32 bytes in base64',
  }),
  // eslint-disable-next-line regexp/use-ignore-case -- published as written in the JSON Schema
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, {
    error: 'an Ed25519 signature: 64 bytes in base64',
  }),
});

const signOffV5 = stageV4.shape.signOff
  .unwrap()
  .unwrap()
  .extend({
    scheme: z.enum(CONTENT_HASH_SCHEMES, {
      error: `a hashing scheme this version knows (${CONTENT_HASH_SCHEMES.join(', ')})`,
    }),
    signature: signatureV5.nullable().default(null),
  });

const stageV5 = stageV4.extend({
  dates: datesV5.default(emptyDatesV5),
  signOff: signOffV5.nullable().default(null),
  report: reportV5.default(emptyReportV5),
});

const plannedDatesV5 = z.strictObject({
  surveillance1: keyDate.default(null),
  surveillance2: keyDate.default(null),
  recertification: keyDate.default(null),
});

const organisationV5 = organisationV4.extend({
  plannedDates: plannedDatesV5.default(() => ({
    surveillance1: null,
    surveillance2: null,
    recertification: null,
  })),
});

/** Version 5 of the exchange format. */
export const exchangeV5 = exchangeV4.extend({
  version: z.literal(5),
  organisation: organisationV5,
  stages: z.array(stageV5).min(1).max(L.maxStages),
});

/** A parsed version-5 file, defaults filled in. */
export type ExchangeV5 = z.output<typeof exchangeV5>;
/** What a version-5 file may contain (optional fields may be absent). */
export type ExchangeV5Input = z.input<typeof exchangeV5>;
export type ExchangeV5Stage = ExchangeV5['stages'][number];
export type ExchangeV5Organisation = ExchangeV5['organisation'];
