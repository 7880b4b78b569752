import { stageTitle } from '../../records/select-stage';
import type { OrganisationId } from '../../types/ids';
import { CLIENT_ID_PATTERN } from '../../types/ids';
import type { Contact, Organisation } from '../../types/record';
import { EMPTY_PLANNED_DATES } from '../../types/record';
import { FIELDBOOK_PROPERTIES } from '../layout-text';
import { describeSource } from '../read/doc-model';
import type { AssembleOptions } from './assemble';
import { DETAIL_NAMES } from './assemble-details';
import type { Located, RawStage } from './raw';
import { pushTo } from './raw';
import { slotKey } from './stage-names';
import type { WalkContext } from './walk-context';
import { parseWordDate } from './word-dates';

/** Assembling the header: which stages exist, their ids, the organisation, header-only dates. */

/**
 * A stage exists when the document gives it a part (a section heading, tables, notes). The
 * header alone naming an assessor or date for a later stage does not make one: the certifying
 * body fills those in ahead; they are kept in the notes instead (see `orphanDetails`).
 */
export function hasContent(stage: RawStage): boolean {
  return (
    stage.analysis ||
    stage.named.length > 0 ||
    stage.elements.size > 0 ||
    stage.changes.size > 0 ||
    stage.tables.size > 0 ||
    stage.notes.length > 0 ||
    stage.unplaced.length > 0 ||
    (stage.cpList?.size ?? 0) > 0 ||
    (stage.developmentList?.size ?? 0) > 0
  );
}

export function documentIds(props: ReadonlyMap<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const pair of (props.get(FIELDBOOK_PROPERTIES.stageIds) ?? '').split(';')) {
    const [slot, id] = pair.split('=');
    if (slot && id && CLIENT_ID_PATTERN.test(id.trim())) ids.set(slot.trim(), id.trim());
  }
  return ids;
}

/** Header details of stages the document has no part for: kept in the notes of the first stage. */
export function orphanDetails(ctx: WalkContext): void {
  for (const stage of ctx.stages.values()) {
    if (hasContent(stage) || stage.details.size === 0) continue;
    const values = [...stage.details.entries()].flatMap(([key, list]) =>
      list.filter((v) => !/^(tbc|tba|n\/?a|-)?$/i.test(v.text.trim())).map((v) => ({ key, v })),
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

/** Cycle dates ("Date of first surveillance") date the visit of their stage when it has none. */
export function placeCycleDates(ctx: WalkContext): void {
  for (const { slot, value } of ctx.header.cycleDates) {
    const stage = ctx.stages.get(slotKey(slot));
    const read = parseWordDate(value.text);
    if (stage && hasContent(stage)) {
      pushTo(stage.details, 'visit', value);
      continue;
    }
    const empty = read.ok && (read.value === null || read.value.kind === 'tbc');
    if (!empty) {
      ctx.warnings.add(
        'unplaced-text',
        `${value.text} (at ${describeSource(value.source)}) dates a ${stageTitle(slot)} the document has no part for; kept in the notes.`,
        { source: value.source },
      );
      ctx.headerUnplaced.push({
        text: `Date of ${stageTitle(slot)}: ${value.text}`,
        source: value.source,
      });
    }
  }
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
    plannedDates: EMPTY_PLANNED_DATES,
  };
}
