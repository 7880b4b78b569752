import { stageTitle } from '../../records/select-stage';
import type { OrganisationId } from '../../types/ids';
import { CLIENT_ID_PATTERN } from '../../types/ids';
import type { KeyDate } from '../../types/dates';
import type { Contact, Organisation, PlannedDates } from '../../types/record';
import { EMPTY_PLANNED_DATES, PLANNED_DATE_NAMES } from '../../types/record';
import { FIELDBOOK_PROPERTIES } from '../layout-text';
import type { AssembleOptions } from './assemble-options';
import { DETAIL_NAMES } from './assemble-details';
import type { Located } from './raw';
import { pushTo } from './raw';
import { slotKey } from './stage-names';
import type { WalkContext } from './walk-context';
import { parseWordDate } from './word-dates';

/** Assembling the header: which stages exist, their ids, the organisation, header-only dates. */

export function documentIds(props: ReadonlyMap<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const pair of (props.get(FIELDBOOK_PROPERTIES.stageIds) ?? '').split(';')) {
    const [slot, id] = pair.split('=');
    if (slot && id && CLIENT_ID_PATTERN.test(id.trim())) ids.set(slot.trim(), id.trim());
  }
  return ids;
}

/** Header details of stages the document has no part for: kept in the notes of the first stage. */
export function orphanDetails(ctx: WalkContext, exists: ReadonlySet<string>): void {
  for (const stage of ctx.stages.values()) {
    if (exists.has(slotKey(stage.slot)) || stage.details.size === 0) continue;
    const values = [...stage.details.entries()].flatMap(([key, list]) =>
      list.filter((v) => !/^(?:tbc|tba|n\/?a|-)?$/i.test(v.text.trim())).map((v) => ({ key, v })),
    );
    if (values.length === 0) continue;
    ctx.warnings.add(
      'unplaced-text',
      `The header names ${stageTitle(stage.slot)} details, but the document has no part for that stage; they are kept in the notes.`,
      { source: values[0]?.v.source ?? null },
    );
    for (const { key, v } of values) {
      ctx.headerUnplaced.push({
        text: `${stageTitle(stage.slot)} — ${DETAIL_NAMES[key]}: ${v.text}`,
        source: v.source,
      });
    }
  }
}

const PLANNED: Readonly<Record<string, keyof PlannedDates>> = {
  'surveillance-1': 'surveillance1',
  'surveillance-2': 'surveillance2',
  reassessment: 'recertification',
};

/**
 * The header's "Date of first surveillance | … second surveillance | … Recertification": the
 * organisation's planned dates (of the latest cycle named; "TBC" is no date yet). A stage the
 * document has a part for also takes the date as its visit when it has none of its own.
 */
export function placeCycleDates(ctx: WalkContext, exists: ReadonlySet<string>): PlannedDates {
  const planned: Record<keyof PlannedDates, KeyDate | null> = { ...EMPTY_PLANNED_DATES };
  const cycles: Partial<Record<keyof PlannedDates, number>> = {};
  for (const { slot, value } of ctx.header.cycleDates) {
    const stage = ctx.stages.get(slotKey(slot));
    if (stage && exists.has(slotKey(slot))) pushTo(stage.details, 'visit', value);
    const field = PLANNED[slot.kind];
    const read = parseWordDate(value.text);
    if (!field || (cycles[field] ?? 0) > slot.cycle) continue;
    cycles[field] = slot.cycle;
    if (read.ok) {
      planned[field] = read.value?.kind === 'tbc' ? null : read.value;
      continue;
    }
    ctx.warnings.add(
      'unreadable-date',
      `${PLANNED_DATE_NAMES[field]}: "${value.text}" cannot be read as a date (${read.errors[0]}); kept in the notes.`,
      { source: value.source },
    );
    ctx.headerUnplaced.push({
      text: `${PLANNED_DATE_NAMES[field]}: ${value.text}`,
      source: value.source,
    });
  }
  return planned;
}

function contacts(ctx: WalkContext): Contact[] {
  return ctx.header.contacts
    .map((row) => ({
      name: row.cells.get('name')?.text ?? '',
      role: row.cells.get('role')?.text ?? '',
      email: row.cells.get('email')?.text ?? '',
      phone: row.cells.get('phone')?.text ?? '',
    }))
    .filter((c) => c.name !== '' || c.role !== '' || c.email !== '' || c.phone !== '');
}

export function organisation(
  ctx: WalkContext,
  props: ReadonlyMap<string, string>,
  options: AssembleOptions,
  plannedDates: PlannedDates,
): Organisation {
  const first = (list: readonly Located[]): string => list[0]?.text.trim() ?? '';
  const written = props.get(FIELDBOOK_PROPERTIES.organisationId)?.trim() ?? '';
  let name = first(ctx.header.name);
  if (name === '') {
    name = options.fallbackName;
    ctx.warnings.add(
      'unreadable-value',
      `No name of organisation found; it is named "${name}" until you rename it.`,
    );
  }
  return {
    id: (CLIENT_ID_PATTERN.test(written) ? written : options.newId()) as OrganisationId,
    name,
    reference: first(ctx.header.reference),
    unitsInScope: first(ctx.header.units),
    contacts: contacts(ctx),
    plannedDates,
  };
}
