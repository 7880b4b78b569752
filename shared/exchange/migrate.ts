import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ExchangeError } from './errors';

/** A JSON object as read from a file, before validation. */
export type RawDocument = Readonly<Record<string, unknown>>;

/**
 * One upgrade of the exchange format from `from` to `from + 1`. Steps are pure: they take the
 * parsed document of version `from` and return a new document of version `from + 1`, never
 * touching their input. Each has a fixture under test/fixtures/exchange/.
 */
export interface MigrationStep {
  readonly from: number;
  readonly describe: string;
  readonly up: (doc: RawDocument) => RawDocument;
}

/** The version this build writes. */
export const CURRENT_EXCHANGE_VERSION = 1;

/**
 * Every upgrade this build knows, oldest first. Version 1 is the first published version, so
 * there are none yet; the next format change adds `{ from: 1, … }` here.
 */
export const EXCHANGE_MIGRATIONS: readonly MigrationStep[] = [];

export interface Migrated {
  readonly doc: RawDocument;
  /** The descriptions of the steps applied, oldest first; empty for a current file. */
  readonly applied: readonly string[];
}

/**
 * Upgrades `doc` (whose `version` field is `version`) to `target` by applying each step in turn.
 * Fails, without throwing, when a step is missing or a file comes from a newer version.
 */
export function migrateExchange(
  doc: RawDocument,
  version: number,
  steps: readonly MigrationStep[] = EXCHANGE_MIGRATIONS,
  target: number = CURRENT_EXCHANGE_VERSION,
): Result<Migrated, ExchangeError> {
  if (version > target) {
    return fail([
      {
        path: '$.version',
        problem: `the file is format version ${version}, written by a newer CSE Fieldbook`,
        expected: `version ${target} or older; update CSE Fieldbook to open it`,
      },
    ]);
  }
  let current = doc;
  const applied: string[] = [];
  for (let v = version; v < target; v += 1) {
    const step = steps.find((s) => s.from === v);
    if (!step) {
      return fail([
        {
          path: '$.version',
          problem: `no upgrade from format version ${v} is known`,
          expected: `a version from 1 to ${target}`,
        },
      ]);
    }
    current = { ...step.up(current), version: v + 1 };
    applied.push(step.describe);
  }
  return ok({ doc: current, applied });
}
