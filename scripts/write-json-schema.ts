/** Regenerates docs/exchange-format.schema.json from the validator's schema. */
import { writeFileSync } from 'node:fs';
import { exchangeJsonSchema } from '../shared/exchange/json-schema';

writeFileSync(
  new URL('../docs/exchange-format.schema.json', import.meta.url),
  `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`,
);
