// Patches from the UI, checked and turned into stored form. Only the fields a patch type names
// are taken, so a stray `id`, `revision` or `element` in a patch object can never be written.
import { keyDateText, parseKeyDateText } from '../../shared/exchange/key-date-text';
import type { KeyDate } from '../../shared/types/dates';
import { parseIsoDate } from '../../shared/types/dates';
import { isMark } from '../../shared/types/marks';
import { PLANNED_DATE_FIELDS, STAGE_DATE_FIELDS } from '../../shared/types/record';
import type { Contact } from '../../shared/types/record';
import type { CategoryDecision, StageSurveillance } from '../../shared/types/surveillance';
import { SURVEILLANCE_CATEGORIES } from '../../shared/types/surveillance';
import { reportV5 } from '../../shared/exchange/report-v5';
import type { StageReport } from '../../shared/types/report';
import { REPORT_FIELDS, emptyStageReport } from '../../shared/types/report';
import { StorageError } from './errors';
import type { EntryPatch, OrganisationPatch, StagePatch } from './repository';
import type { EntryRow, OrganisationRow, PlannedDatesText, StageDatesText, StageRow } from './rows';
import { ENTRY_FIELDS, ORGANISATION_FIELDS } from './rows';

function invalid(what: string): StorageError {
  return new StorageError(
    'invalid',
    `This change was not saved: ${what} is not a value CSE Fieldbook can store. Nothing was changed.`,
  );
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(`the ${field}`);
  return value;
}

function contacts(value: unknown): readonly Contact[] {
  if (!Array.isArray(value)) throw invalid('the contact list');
  return value.map((c: unknown) => {
    const r = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    return {
      name: text(r.name, 'contact name'),
      role: text(r.role, 'contact role'),
      email: text(r.email, 'contact email'),
      phone: text(r.phone, 'contact phone'),
    };
  });
}

function dateText(value: unknown, field: string): string | null {
  if (value === null) return null;
  const written = keyDateText(value as KeyDate);
  if (typeof written !== 'string' || !parseKeyDateText(written).ok) throw invalid(`the ${field}`);
  return written;
}

function defined<T extends object>(patch: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(patch, key) && patch[key] !== undefined;
}

export function patchOrganisation(row: OrganisationRow, patch: OrganisationPatch): OrganisationRow {
  let next: OrganisationRow = { ...row };
  for (const field of ORGANISATION_FIELDS) {
    if (!defined(patch, field)) continue;
    const value = patch[field];
    if (field === 'contacts') next = { ...next, contacts: contacts(value) };
    else if (field === 'plannedDates') next = { ...next, plannedDates: plannedDates(row, value) };
    else next = { ...next, [field]: text(value, field) };
  }
  return next;
}

/** Planned dates: the keys given are checked and merged, the others kept. */
function plannedDates(row: OrganisationRow, given: unknown): PlannedDatesText {
  if (typeof given !== 'object' || given === null) throw invalid('the planned dates');
  const patch = given as Readonly<Record<string, unknown>>;
  const dates: Record<string, string | null> = {
    ...(row.plannedDates ?? { surveillance1: null, surveillance2: null, recertification: null }),
  };
  for (const field of PLANNED_DATE_FIELDS) {
    if (patch[field] !== undefined)
      dates[field] = dateText(patch[field], `planned date "${field}"`);
  }
  return dates as PlannedDatesText;
}

/** Applies a stage patch; `dates` may name only some key dates, the others are kept. */
export function patchStage(row: StageRow, patch: StagePatch): StageRow {
  let next: StageRow = { ...row };
  if (defined(patch, 'assessor')) next = { ...next, assessor: text(patch.assessor, 'assessor') };
  if (defined(patch, 'notes')) next = { ...next, notes: text(patch.notes, 'stage notes') };
  if (defined(patch, 'visitDays')) {
    const days = patch.visitDays;
    if (days !== null && (typeof days !== 'number' || !Number.isFinite(days) || days < 0)) {
      throw invalid('the number of visit days');
    }
    next = { ...next, visitDays: days ?? null };
  }
  if (defined(patch, 'dates')) {
    const given = (patch.dates ?? {}) as Readonly<Record<string, unknown>>;
    const dates: Record<string, string | null> = { ...row.dates };
    for (const field of STAGE_DATE_FIELDS) {
      if (given[field] !== undefined) dates[field] = dateText(given[field], `date "${field}"`);
    }
    next = { ...next, dates: dates as StageDatesText };
  }
  if (defined(patch, 'surveillance')) {
    next = { ...next, surveillance: surveillance(row.surveillance, patch.surveillance) };
  }
  if (defined(patch, 'report')) {
    next = { ...next, report: report(row.report ?? emptyStageReport(), patch.report) };
  }
  return next;
}

const REPORT_SECTION_NAMES: Readonly<Record<keyof StageReport, string>> = {
  introduction: 'the introduction',
  methodology: 'the methodology',
  sites: 'the table of sites and people met',
  strengths: 'the summary of strengths',
  findings: "the assessor's findings",
  developmentPoints: 'the development points',
  recommendation: 'the recommendation',
};

/**
 * Checks each report section given against the exchange format's shape (the same limits a file
 * has) and merges it over the stored report; sections not given are kept.
 */
function report(current: StageReport, given: unknown): StageReport {
  if (typeof given !== 'object' || given === null) throw invalid('the report');
  const patch = given as Partial<Record<keyof StageReport, unknown>>;
  const merged: Record<string, unknown> = { ...current };
  for (const field of REPORT_FIELDS) {
    if (patch[field] === undefined) continue;
    const parsed = reportV5.shape[field].safeParse(patch[field]);
    if (!parsed.success) throw invalid(REPORT_SECTION_NAMES[field]);
    merged[field] = parsed.data;
  }
  return merged as unknown as StageReport;
}

const SURVEILLANCE_LISTS = [
  'significantChanges',
  'developmentPoints',
  'documents',
  'onSitePlan',
  'activities',
  'whatHasChanged',
] as const satisfies readonly (keyof StageSurveillance)[];

/** Checks the shape of the surveillance keys given (lists are lists, dates are real) and merges. */
function surveillance(current: StageSurveillance, given: unknown): StageSurveillance {
  if (typeof given !== 'object' || given === null) throw invalid('the surveillance record');
  const patch = given as Partial<Record<keyof StageSurveillance, unknown>>;
  const optionalDate = (value: unknown, what: string): void => {
    if (value !== null && (typeof value !== 'string' || parseIsoDate(value) === null)) {
      throw invalid(what);
    }
  };
  for (const list of SURVEILLANCE_LISTS) {
    if (patch[list] !== undefined && !Array.isArray(patch[list])) throw invalid(`the ${list} list`);
  }
  if (patch.contactedOn !== undefined) optionalDate(patch.contactedOn, 'the contact date');
  if (patch.category !== undefined && patch.category !== null) {
    const c = patch.category as Partial<CategoryDecision>;
    if (!(SURVEILLANCE_CATEGORIES as readonly unknown[]).includes(c.category)) {
      throw invalid('the surveillance category');
    }
    text(c.reason, 'category reason');
    optionalDate(c.decidedOn ?? null, 'the category decision date');
  }
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (key in current && value !== undefined) merged[key] = value;
  }
  return merged as unknown as StageSurveillance;
}

export function patchEntry(row: EntryRow, patch: EntryPatch): EntryRow {
  let next: EntryRow = { ...row };
  for (const field of ENTRY_FIELDS) {
    if (!defined(patch, field)) continue;
    const value: unknown = patch[field];
    if (field === 'verifiedOnSite') {
      if (typeof value !== 'boolean') throw invalid('"verified on site"');
      next = { ...next, verifiedOnSite: value };
    } else if (field === 'dtrMark' || field === 'finalMark') {
      if (value !== null && !isMark(value)) throw invalid(`the ${field}`);
      next = { ...next, [field]: value };
    } else {
      next = { ...next, [field]: text(value, field) };
    }
  }
  return next;
}
