import type { ColumnStats } from './column-stats';
import { holdsMarks } from './column-stats';
import type { HeaderReading } from './header-words';
import type { ColumnMappings, ColumnRole, PlacementEvidence, PreviewColumn } from './layout-types';
import { COLUMN_ROLE_NAMES } from './layout-types';

/**
 * Placing the columns of one element-table layout by the strongest evidence: element numbers
 * and marks in the cells (content), the header's words (header), and where a column stands
 * among the others (position). Every placement says why; a column nothing places is left
 * unplaced (its text goes to the notes) rather than guessed.
 */

export interface LayoutEvidence {
  readonly columns: number;
  /** The header of each column as written ("" when none). */
  readonly headers: readonly string[];
  readonly readings: readonly HeaderReading[];
  readonly stats: readonly ColumnStats[];
  readonly elementColumn: number | null;
  readonly elementRows: number;
}

interface Placement {
  role: ColumnRole | null;
  evidence: PlacementEvidence | null;
  why: string[];
}

const MARK_ROLES: ReadonlySet<HeaderReading> = new Set([
  'dtrMark',
  'finalMark',
  'previous',
  'mark',
]);
const TEXT_ORDER = ['deskTopEvidence', 'keyQuestions', 'visitEvidence'] as const;

function headerPart(e: LayoutEvidence, g: number): string {
  const header = e.headers[g]?.trim() ?? '';
  return header === '' ? 'no header' : `header "${header}"`;
}

function markCount(s: ColumnStats): string {
  return `${s.marks} of ${s.filled - s.noMark} cells are marks`;
}

function placeElement(e: LayoutEvidence, out: Placement[]): void {
  const g = e.elementColumn;
  if (g === null) return;
  const s = e.stats[g]!;
  out[g] = {
    role: 'element',
    evidence: 'content',
    why: [`${s.elementNumbers} cells start with an element number such as 1.1.1`],
  };
  const next = e.stats[g + 1];
  const bare = s.bareNumbers >= 0.5 * s.elementNumbers;
  if (next && bare && (next.statements >= 0.3 * e.elementRows || e.readings[g + 1] === 'element')) {
    const byContent = next.statements >= 0.3 * e.elementRows;
    out[g + 1] = {
      role: 'element',
      evidence: byContent ? 'content' : 'header',
      why: byContent
        ? [`${next.statements} cells are the statements of their elements`]
        : [headerPart(e, g + 1)],
    };
  }
}

/**
 * The mark columns: by header where it says which, else by their place beside the others. A
 * column whose header names a mark but whose cells are text is left for the text columns.
 */
function placeMarks(e: LayoutEvidence, out: Placement[], textDespiteHeader: Set<number>): void {
  const candidates: number[] = [];
  for (let g = 0; g < e.columns; g += 1) {
    if (out[g]!.role !== null) continue;
    const s = e.stats[g]!;
    const reading = e.readings[g] ?? null;
    const judged = s.filled - s.noMark;
    if (holdsMarks(s) || (s.filled === s.noMark && MARK_ROLES.has(reading))) candidates.push(g);
    else if (MARK_ROLES.has(reading) && s.marks >= 0.5 * judged && s.marks > 0) candidates.push(g);
    else if (MARK_ROLES.has(reading)) textDespiteHeader.add(g);
  }
  const taken = (role: ColumnRole): number | undefined =>
    out.findIndex((p) => p.role === role) >= 0 ? out.findIndex((p) => p.role === role) : undefined;
  const rest: number[] = [];
  for (const g of candidates) {
    const reading = e.readings[g];
    const s = e.stats[g]!;
    if (reading === 'dtrMark' || reading === 'finalMark' || reading === 'previous') {
      out[g] =
        taken(reading) === undefined
          ? { role: reading, evidence: 'header', why: [headerPart(e, g), markCount(s)] }
          : {
              role: null,
              evidence: null,
              why: [`${headerPart(e, g)} names a second ${COLUMN_ROLE_NAMES[reading]} column`],
            };
    } else rest.push(g);
  }
  const dtr = taken('dtrMark');
  const final = taken('finalMark');
  if (dtr !== undefined && final !== undefined) {
    // Both named by their headers: say where each stands beside the other.
    const side = final > dtr ? ['right', 'left'] : ['left', 'right'];
    out[final]!.why.push(`${side[0]} of the DTR column`);
    out[dtr]!.why.push(`${side[1]} of the final mark column`);
  }
  for (const g of rest) {
    const s = e.stats[g]!;
    const base = [headerPart(e, g), markCount(s)];
    const put = (role: ColumnRole, where: string): void => {
      out[g] = { role, evidence: 'position', why: [...base, where] };
    };
    const leave = (where: string): void => {
      out[g] = { role: null, evidence: null, why: [...base, where] };
    };
    if (dtr !== undefined && final !== undefined) {
      leave('a third mark column beside the DTR and final mark columns');
    } else if (dtr !== undefined && final === undefined && rest.length === 1) {
      if (g > dtr) put('finalMark', 'right of the DTR column');
      else leave('but it stands left of the DTR column, where no final mark is expected');
    } else if (final !== undefined && dtr === undefined && rest.length === 1) {
      if (g < final) put('dtrMark', 'left of the final mark column');
      else leave('but it stands right of the final mark column, where no DTR mark is expected');
    } else if (dtr === undefined && final === undefined && rest.length === 1) {
      out[g] = { role: 'finalMark', evidence: 'content', why: [...base, 'the only mark column'] };
    } else if (dtr === undefined && final === undefined && rest.length === 2) {
      if (g === rest[0]) put('dtrMark', 'the first of two mark columns (the record has DTR first)');
      else put('finalMark', 'the second of two mark columns (the record has the final mark last)');
    } else leave(`one of ${rest.length} mark columns that no header tells apart`);
  }
}

/** The text columns: by header, by visit notes in their cells, else in the record's order. */
function placeTexts(e: LayoutEvidence, out: Placement[], textDespiteHeader: Set<number>): void {
  const open: number[] = [];
  for (let g = 0; g < e.columns; g += 1) {
    if (out[g]!.role !== null || out[g]!.why.length > 0) continue;
    const s = e.stats[g]!;
    if (textDespiteHeader.has(g)) {
      out[g] = {
        role: null,
        evidence: null,
        why: [`${headerPart(e, g)} names a mark, but only ${markCount(s)}`],
      };
      open.push(g);
      continue;
    }
    const reading = e.readings[g] ?? null;
    const textRole = reading === 'deskTopEvidence' || reading === 'keyQuestions';
    if (textRole || reading === 'visitEvidence' || reading === 'notes') {
      const dup = reading !== 'notes' && out.some((p) => p.role === reading);
      out[g] = dup
        ? { role: null, evidence: null, why: [`${headerPart(e, g)} names a second such column`] }
        : { role: reading, evidence: 'header', why: [headerPart(e, g)] };
    } else if (reading === 'element') {
      out[g] = {
        role: null,
        evidence: null,
        why: [`${headerPart(e, g)} names the element, but its cells hold no element numbers`],
      };
    } else if (s.filled === 0) {
      out[g] = {
        role: null,
        evidence: null,
        why: [`${headerPart(e, g)}; empty in every element row`],
      };
    } else open.push(g);
  }
  for (const g of open) {
    const s = e.stats[g]!;
    if (
      s.visitNotes >= Math.max(2, 0.3 * s.filled) &&
      !out.some((p) => p.role === 'visitEvidence')
    ) {
      out[g] = {
        role: 'visitEvidence',
        evidence: 'content',
        why: [
          ...lead(out[g]!, e, g),
          `${s.visitNotes} cells start with "VO" or point to the report`,
        ],
      };
    }
  }
  const rank = (role: ColumnRole | null): number =>
    TEXT_ORDER.indexOf(role as (typeof TEXT_ORDER)[number]);
  for (const g of open) {
    if (out[g]!.role !== null) continue;
    const before = Math.max(-1, ...out.slice(0, g).map((p) => rank(p.role)));
    const afterRanks = out
      .slice(g + 1)
      .map((p) => rank(p.role))
      .filter((r) => r >= 0);
    const after = Math.min(TEXT_ORDER.length, ...afterRanks);
    const role = TEXT_ORDER.find(
      (r, i) => i > before && i < after && !out.some((p) => p.role === r),
    );
    out[g] = role
      ? {
          role,
          evidence: 'position',
          why: [
            ...lead(out[g]!, e, g),
            'in the record order of desk-top evidence, key questions, visit evidence',
          ],
        }
      : {
          role: null,
          evidence: null,
          why: [
            out[g]!.why.length > 0
              ? `${out[g]!.why.join('; ')}, and no place is left for it`
              : `${headerPart(e, g)} names no column of the record, and no place is left for it`,
          ],
        };
  }
}

/** What was already said about an open column (a header that names a mark over text). */
function lead(p: Placement, e: LayoutEvidence, g: number): string[] {
  return p.why.length > 0 ? p.why : [headerPart(e, g)];
}

function describe(p: Placement): string {
  const name = p.role === null ? 'not placed' : COLUMN_ROLE_NAMES[p.role];
  return p.why.length > 0 ? `${name} — ${p.why.join('; ')}` : name;
}

/**
 * The placement of each column of a layout, with the assessor's mapping laid over it (a role
 * the assessor gives one column is taken from any other column that had it).
 */
export function placeColumns(
  e: LayoutEvidence,
  mapping: ColumnMappings[string] | undefined,
): PreviewColumn[] {
  const out: Placement[] = Array.from({ length: e.columns }, () => ({
    role: null,
    evidence: null,
    why: [],
  }));
  const textDespiteHeader = new Set<number>();
  placeElement(e, out);
  placeMarks(e, out, textDespiteHeader);
  placeTexts(e, out, textDespiteHeader);
  for (const [key, role] of Object.entries(mapping ?? {})) {
    const g = Number(key);
    if (!Number.isInteger(g) || g < 0 || g >= e.columns) continue;
    if (role !== null && role !== 'notes' && role !== 'element') {
      out.forEach((p, i) => {
        if (i !== g && p.role === role && mapping?.[i] === undefined) {
          out[i] = {
            role: null,
            evidence: null,
            why: [`your choice gave its place to column ${g + 1}`],
          };
        }
      });
    }
    out[g] = { role, evidence: 'mapping', why: ['your choice'] };
  }
  return out.map((p, g) => ({
    index: g,
    header: e.headers[g] ?? '',
    role: p.role,
    evidence: p.evidence,
    reason: describe(p),
    why: p.why.join('; '),
    filled: e.stats[g]?.filled ?? 0,
    marks: e.stats[g]?.marks ?? 0,
  }));
}
