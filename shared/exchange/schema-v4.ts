import { z } from 'zod';
import { EXCHANGE_LIMITS as L } from './limits';
import { exchangeV3 } from './schema-v3';

/**
 * Version 4 of the exchange format: version 3 plus each stage's sign-off (who, when, and the
 * SHA-256 of the stage's content at that moment), so that a signed-off stage stays verifiable
 * wherever the record travels.
 */

const signOffV4 = z.strictObject({
  signedOffAt: z.iso.datetime({ offset: true, error: 'an ISO 8601 date and time' }),
  signedOffBy: z.string().min(1, { error: 'the name of who signed off' }).max(L.maxShortTextLength),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, {
    error: 'a SHA-256 hash: 64 lower-case hexadecimal digits',
  }),
  scheme: z.string().min(1).max(64),
});

const stageV4 = exchangeV3.shape.stages.element.extend({
  signOff: signOffV4.nullable().default(null),
});

/** Version 4 of the exchange format. */
export const exchangeV4 = exchangeV3.extend({
  version: z.literal(4),
  stages: z.array(stageV4).min(1).max(L.maxStages),
});

/** A parsed version-4 file, defaults filled in. */
export type ExchangeV4 = z.output<typeof exchangeV4>;
export type ExchangeV4Input = z.input<typeof exchangeV4>;
export type ExchangeV4Stage = ExchangeV4['stages'][number];
