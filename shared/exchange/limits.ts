/**
 * Size limits of the exchange format. They bound what a malicious or broken file can make us
 * hold in memory, and sit far above anything an assessor writes (a long evidence list is a few
 * thousand characters).
 */
export const EXCHANGE_LIMITS = {
  /** Characters in one text field (evidence, notes, justification). */
  maxTextLength: 100_000,
  /** Characters in a short field (names, reference, assessor). */
  maxShortTextLength: 1_000,
  /** Stages in one record: several cycles of four stages. */
  maxStages: 64,
  maxContacts: 100,
  /** Documents in one evidence library (metadata only; the bytes travel beside the record). */
  maxDocuments: 5_000,
  /** Links from documents to elements in one record. */
  maxLinks: 50_000,
  /** Bytes of a whole exchange file. */
  maxFileBytes: 50 * 1024 * 1024,
} as const;
