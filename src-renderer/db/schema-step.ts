import type { Transaction } from 'dexie';
import type { TableName } from './schema';

/** A stored row before validation: whatever an older version wrote. */
export type RawRow = Readonly<Record<string, unknown>>;

/**
 * One upgrade of the stored schema to `version` (from `version - 1`). Row upgrades are pure and
 * idempotent (`up(up(row))` deep-equals `up(row)`), so running one again after an interrupted
 * or repeated upgrade is harmless. Each version has a fixture under test/fixtures/db/.
 */
export interface SchemaStep {
  readonly version: number;
  readonly describe: string;
  /** Dexie `stores()` changes at this version: new or changed tables, `null` deletes one. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Per table, the upgrade of one row. */
  readonly rows: Readonly<Partial<Record<TableName | string, (row: RawRow) => RawRow>>>;
  /**
   * Fills a derived table (an index rebuilt from other rows) after the row upgrades. Must be
   * idempotent like them: it may run again after an interrupted upgrade.
   */
  readonly derive?: (tx: Transaction) => Promise<void>;
}
