import { z } from 'zod';
import { exchangeV5 } from './schema-v5';

/**
 * The JSON Schema (draft 2020-12) of the current exchange format, as published in
 * docs/exchange-format.schema.json. It describes shape only; the validator also checks what a
 * schema cannot (real dates, known elements, no duplicates — see docs/exchange-format.md).
 */
export function exchangeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exchangeV5, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://cse-fieldbook.invalid/schema/exchange-v5.json',
    title: 'CSE Fieldbook exchange format, version 5',
  };
}
