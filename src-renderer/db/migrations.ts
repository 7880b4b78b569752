import type { Dexie, Transaction } from 'dexie';
import type { SchemaStep } from './schema-step';
import { SCHEMA_VERSION_KEY, STORES_V1 } from './schema';
import { SCHEMA_V2 } from './schema-v2';
import { SCHEMA_V3 } from './schema-v3';
import { SCHEMA_V4 } from './schema-v4';

/**
 * Every schema upgrade this build knows, oldest first: version 2 adds the evidence library,
 * version 3 the stage-marks index, version 4 the recovery and signing-key tables. The next
 * schema change adds `{ version: 5, … }` here and a v5 fixture.
 */
export const SCHEMA_STEPS: readonly SchemaStep[] = [SCHEMA_V2, SCHEMA_V3, SCHEMA_V4];

/** The newest schema version `steps` lead to. Throws on a gap, which is a programming error. */
export function knownSchemaVersion(steps: readonly SchemaStep[] = SCHEMA_STEPS): number {
  steps.forEach((step, i) => {
    if (step.version !== i + 2) {
      throw new Error(`Schema step ${i} upgrades to version ${step.version}; expected ${i + 2}`);
    }
  });
  return steps.length + 1;
}

/** Applies one step's row upgrades and records the new version, inside `tx`. */
export async function applyStep(tx: Transaction, step: SchemaStep): Promise<void> {
  for (const [table, up] of Object.entries(step.rows)) {
    if (!up) continue;
    await tx
      .table<Record<string, unknown>>(table)
      .toCollection()
      .modify((row, ref) => {
        ref.value = { ...up(row) };
      });
  }
  await step.derive?.(tx);
  await tx.table('meta').put({ key: SCHEMA_VERSION_KEY, value: step.version });
}

/**
 * Declares every schema version on `db`. A new database is created at the newest version and
 * stamped with it; an older one is upgraded step by step, each step in Dexie's upgrade
 * transaction, so a failing step leaves the old version and its data intact.
 */
export function declareSchema(db: Dexie, steps: readonly SchemaStep[] = SCHEMA_STEPS): void {
  const known = knownSchemaVersion(steps);
  db.version(1).stores({ ...STORES_V1 });
  for (const step of steps) {
    db.version(step.version)
      .stores({ ...step.stores })
      .upgrade((tx) => applyStep(tx, step));
  }
  db.on('populate', (tx) => tx.table('meta').put({ key: SCHEMA_VERSION_KEY, value: known }));
}
