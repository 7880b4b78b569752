// A comparable dump of every table of a fieldbook database, for "nothing changed" assertions.
import type { FieldbookDb } from '../../../src-renderer/db/index';

/** Every row of every table, tables by name and rows by key, as one JSON text. */
export async function dumpDatabase(db: FieldbookDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    // toArray() returns rows in primary-key order.
    tables[table.name] = await table.toArray();
  }
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof ArrayBuffer ? `<${value.byteLength} bytes>` : value,
  );
}
