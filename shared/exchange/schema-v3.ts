import { z } from 'zod';
import { CONTENT_HASH_PATTERN, DOCUMENT_KINDS } from '../evidence/types';
import { MAX_DOCUMENT_BYTES } from '../evidence/file-kinds';
import { CLIENT_ID_PATTERN } from '../types/ids';
import { EXCHANGE_LIMITS as L } from './limits';
import { exchangeV2 } from './schema-v2';

/**
 * Version 3 of the exchange format: version 2 plus the organisation's evidence library — the
 * metadata of the documents the client submitted (never their bytes or text, which travel in a
 * bundle beside the record) and the assessor's links from documents to elements.
 */

const longText = z.string().max(L.maxTextLength);
const shortText = z.string().max(L.maxShortTextLength);
const clientId = z.string().regex(CLIENT_ID_PATTERN, {
  error: 'an id of 1–64 letters, digits, "-" or "_"',
});
const instant = z.iso.datetime({ offset: true, error: 'an ISO 8601 date and time' });
const elementNumber = z.string().max(16);

const documentV3 = z.strictObject({
  id: clientId,
  name: shortText.min(1, { error: 'expected a file name (at least one character)' }),
  mediaType: shortText.default('application/octet-stream'),
  size: z.number().int().min(0).max(MAX_DOCUMENT_BYTES),
  contentHash: z.string().regex(CONTENT_HASH_PATTERN, {
    error: 'a SHA-256 hash: 64 lower-case hexadecimal digits',
  }),
  kind: z.enum(DOCUMENT_KINDS),
  addedAt: instant,
  stage: clientId.nullable().default(null),
  period: shortText.default(''),
  trashedAt: instant.nullable().default(null),
  rejectedSuggestions: z.array(elementNumber).max(500).default([]),
});

const linkV3 = z.strictObject({
  id: clientId,
  document: clientId,
  stage: clientId,
  element: elementNumber,
  page: z.number().int().min(1).max(1_000_000).nullable().default(null),
  section: shortText.nullable().default(null),
  quote: longText.default(''),
  note: longText.default(''),
  createdAt: instant,
});

/** The evidence library of a version-3 record; `{}` is an empty library. */
export const evidenceV3 = z.strictObject({
  documents: z.array(documentV3).max(L.maxDocuments).default([]),
  links: z.array(linkV3).max(L.maxLinks).default([]),
});

/** The empty library a record without one reads as (a fresh object each call). */
export function emptyEvidenceV3(): z.output<typeof evidenceV3> {
  return { documents: [], links: [] };
}

/** Version 3 of the exchange format: one organisation's whole record and its evidence library. */
export const exchangeV3 = exchangeV2.extend({
  version: z.literal(3),
  evidence: evidenceV3.default(emptyEvidenceV3),
});

/** A parsed version-3 file, defaults filled in. */
export type ExchangeV3 = z.output<typeof exchangeV3>;
/** What a version-3 file may contain (optional fields may be absent). */
export type ExchangeV3Input = z.input<typeof exchangeV3>;
export type ExchangeV3Evidence = ExchangeV3['evidence'];
export type ExchangeV3Document = ExchangeV3Evidence['documents'][number];
export type ExchangeV3Link = ExchangeV3Evidence['links'][number];
