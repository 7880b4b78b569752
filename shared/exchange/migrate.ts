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
export const CURRENT_EXCHANGE_VERSION = 5;

function isObject(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The surveillance records a version-1 stage upgrades to: nothing recorded. */
function emptySurveillance(): RawDocument {
  return {
    contactedOn: null,
    category: null,
    significantChanges: [],
    developmentPoints: [],
    documents: [],
    onSitePlan: [],
    activities: [],
    whatHasChanged: [],
  };
}

/**
 * Version 1 → 2: every stage gains empty `surveillance` records. Anything that is not a list of
 * stage objects is passed on unchanged for the validator to report.
 */
export const MIGRATE_V1_TO_V2: MigrationStep = {
  from: 1,
  describe: 'format version 1 → 2: each stage gains empty surveillance records',
  up: (doc) => {
    const stages = doc.stages;
    if (!Array.isArray(stages)) return { ...doc };
    return {
      ...doc,
      stages: stages.map((stage: unknown) =>
        isObject(stage) && !('surveillance' in stage)
          ? { ...stage, surveillance: emptySurveillance() }
          : stage,
      ),
    };
  },
};

/**
 * Version 2 → 3: the record gains an empty evidence library (no documents, no links). A file
 * that already has an `evidence` field keeps it for the validator to check.
 */
export const MIGRATE_V2_TO_V3: MigrationStep = {
  from: 2,
  describe: 'format version 2 → 3: the record gains an empty evidence library',
  up: (doc) =>
    'evidence' in doc ? { ...doc } : { ...doc, evidence: { documents: [], links: [] } },
};

/** Version 3 → 4: stages may carry a sign-off; older stages have none (nothing to add). */
export const MIGRATE_V3_TO_V4: MigrationStep = {
  from: 3,
  describe: 'format version 3 → 4: stages may carry a sign-off (none recorded before)',
  up: (doc) => ({ ...doc }),
};

/**
 * Version 4 → 5: stages may carry the dates the second desk-top analysis was sent and their
 * assessment report, and the organisation its planned surveillance and recertification dates;
 * older files have none (nothing to add: the new fields default to null, "TBC", or an empty
 * report).
 */
export const MIGRATE_V4_TO_V5: MigrationStep = {
  from: 4,
  describe:
    'format version 4 → 5: second desk-top analysis sent dates, planned dates and assessment reports (none recorded before)',
  up: (doc) => ({ ...doc }),
};

/** Every upgrade this build knows, oldest first. */
export const EXCHANGE_MIGRATIONS: readonly MigrationStep[] = [
  MIGRATE_V1_TO_V2,
  MIGRATE_V2_TO_V3,
  MIGRATE_V3_TO_V4,
  MIGRATE_V4_TO_V5,
];

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
