import type { Catalogue } from '../../catalogue/catalogue';
import type { IdSource } from '../../types/ids';

/** What assembling a walked Word record needs from its caller (assemble.ts). */
export interface AssembleOptions {
  readonly catalogue: Catalogue;
  /** Makes ids for the organisation and the stages the document does not carry ids for. */
  readonly newId: IdSource;
  /** The organisation's name when the document gives none (e.g. the file's name). */
  readonly fallbackName: string;
}
