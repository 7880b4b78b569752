import { findCatalogue } from '../catalogue/catalogue';
import { normaliseEntries } from '../records/create';
import type { KeyDate } from '../types/dates';
import type { CatalogueId, ElementId, OrganisationId, StageId } from '../types/ids';
import type {
  AssessmentRecord,
  ElementEntry,
  Organisation,
  PlannedDates,
  Stage,
  StageDates,
} from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { checkExchange } from './check';
import type { ExchangeError } from './errors';
import { fromZodIssue } from './errors';
import { parseKeyDateText } from './key-date-text';
import { EXCHANGE_LIMITS } from './limits';
import type { RawDocument } from './migrate';
import { CURRENT_EXCHANGE_VERSION, migrateExchange } from './migrate';
import { FORMAT_NAME } from './schema-v1';
import type { ExchangeV5, ExchangeV5Organisation, ExchangeV5Stage } from './schema-v5';
import { exchangeV5 } from './schema-v5';
import { evidenceFromV3 } from './evidence-v3';
import { surveillanceFromV2 } from './surveillance-v2';
import { reportFromV5 } from './report-v5';

/** A record read from a file, and what was done to read it. */
export interface ReadRecord {
  readonly record: AssessmentRecord;
  /** The format version the file was written in. */
  readonly fileVersion: number;
  /** Upgrades applied to bring it to the current version, oldest first. */
  readonly migrations: readonly string[];
}

/**
 * Reads the text of an exchange file. Never throws: any problem (not JSON, too large, wrong
 * format, invalid content) comes back as a list of errors.
 */
export function readExchangeText(text: string): Result<ReadRecord, ExchangeError> {
  if (text.length > EXCHANGE_LIMITS.maxFileBytes) {
    return fail([
      {
        path: '$',
        problem: `the file holds ${text.length} characters`,
        expected: `at most ${EXCHANGE_LIMITS.maxFileBytes} characters`,
      },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([
      {
        path: '$',
        problem: `not valid JSON (${reason})`,
        expected: 'a CSE Fieldbook exchange file (JSON)',
      },
    ]);
  }
  return readExchange(value);
}

/** Reads an already-parsed exchange document of any known version. Never throws. */
export function readExchange(value: unknown): Result<ReadRecord, ExchangeError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([
      {
        path: '$',
        problem: 'the file is not a JSON object',
        expected: `an object with "format": "${FORMAT_NAME}"`,
      },
    ]);
  }
  const doc = value as RawDocument;
  if (doc.format !== FORMAT_NAME) {
    const found = typeof doc.format === 'string' ? `"${doc.format.slice(0, 60)}"` : 'missing';
    return fail([
      {
        path: '$.format',
        problem: `not a CSE Fieldbook file (format ${found})`,
        expected: `"${FORMAT_NAME}"`,
      },
    ]);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      {
        path: '$.version',
        problem: 'missing or not a whole number',
        expected: `a format version from 1 to ${CURRENT_EXCHANGE_VERSION}`,
      },
    ]);
  }
  const migrated = migrateExchange(doc, version);
  if (!migrated.ok) return migrated;

  const parsed = exchangeV5.safeParse(migrated.value.doc, { reportInput: true });
  if (!parsed.success) return fail(parsed.error.issues.flatMap((i) => fromZodIssue(i)));
  const problems = checkExchange(parsed.data);
  if (problems.length > 0) return fail(problems);
  return ok({
    record: fromExchange(parsed.data),
    fileVersion: version,
    migrations: migrated.value.applied,
  });
}

/**
 * Converts a checked current-version document into the domain record. A record whose evidence
 * library is empty has no `evidence` field (as records made before the library existed).
 */
function fromExchange(doc: ExchangeV5): AssessmentRecord {
  const { documents, links } = doc.evidence;
  return {
    organisation: organisationFromV5(doc.organisation),
    stages: doc.stages.map(stageFromV5),
    ...(documents.length > 0 || links.length > 0 ? { evidence: evidenceFromV3(doc.evidence) } : {}),
  };
}

function organisationFromV5(org: ExchangeV5Organisation): Organisation {
  return {
    ...org,
    id: org.id as OrganisationId,
    plannedDates: keyDatesFromText(org.plannedDates) as unknown as PlannedDates,
  };
}

/** `{ field: "2015-03-09" | null }` → `{ field: KeyDate | null }`, for checked text. */
function keyDatesFromText(
  texts: Readonly<Record<string, string | null>>,
): Record<string, KeyDate | null> {
  return Object.fromEntries(
    Object.entries(texts).map(([k, v]) => [k, v === null ? null : keyDateOrThrow(v)]),
  );
}

function stageFromV5(stage: ExchangeV5Stage): Stage {
  const catalogue = findCatalogue(stage.catalogue);
  if (!catalogue) throw new Error(`unchecked catalogue ${stage.catalogue}`);
  const entries: ElementEntry[] = stage.entries.map((e) => ({
    ...e,
    element: e.element as ElementId,
  }));
  const dates = keyDatesFromText(stage.dates) as unknown as StageDates;
  return {
    id: stage.id as StageId,
    kind: stage.kind,
    cycle: stage.cycle,
    catalogueId: catalogue.id as CatalogueId,
    assessor: stage.assessor,
    dates,
    visitDays: stage.visitDays,
    notes: stage.notes,
    entries: normaliseEntries(catalogue, entries),
    surveillance: surveillanceFromV2(stage.surveillance),
    report: reportFromV5(stage.report),
    ...(stage.signOff ? { signOff: { ...stage.signOff } } : {}),
  };
}

function keyDateOrThrow(text: string): KeyDate {
  const parsed = parseKeyDateText(text);
  if (!parsed.ok) throw new Error(`unchecked date ${text}`);
  return parsed.value;
}
