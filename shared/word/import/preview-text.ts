import { CERTIFYING_BODY_FIELDS } from '../../settings/certifying-body';
import { findCatalogue } from '../../catalogue/catalogue';
import { scoreStage } from '../../scoring/score-stage';
import { formatKeyDate } from '../../types/dates';
import { MARK_NAMES } from '../../types/marks';
import type { AssessmentRecord, Stage } from '../../types/record';
import { PLANNED_DATE_FIELDS, PLANNED_DATE_NAMES, STAGE_DATE_NAMES } from '../../types/record';
import { describeSource } from '../read/doc-model';
import type { PreviewLayout } from './layout-types';
import type { DocxImportPreview, PreviewStage } from './preview-types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function shorten(text: string, width = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** "2/0/0/3/3": the partial compliances of each criterion under one set of marks. */
function partials(stage: Stage, marks: 'final' | 'dtr'): string {
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) return '?';
  return scoreStage(stage, catalogue, marks)
    .criteria.map((c) => c.p)
    .join('/');
}

function stageLines(preview: PreviewStage, record: AssessmentRecord): string[] {
  const c = preview.counts;
  const stage = record.stages.find((s) => s.id === preview.stageId);
  const entries = stage?.entries ?? [];
  const marks = (['CP', 'F', 'P', 'NC'] as const)
    .map((m) => `${entries.filter((e) => e.finalMark === m).length} ${m}`)
    .join(', ');
  const what =
    c.carried > 0
      ? `${plural(c.found, 'element')} changed, ${c.carried} carried from the previous stage`
      : `${c.found} of ${preview.elements.length} elements found${c.missing > 0 ? `, ${c.missing} missing` : ''}`;
  const assessor = preview.assessor === '' ? '' : ` (${preview.assessor})`;
  const lines = [`  ${preview.title}${assessor}: ${what}; final marks ${marks}`];
  lines.push(`    made from ${preview.madeFrom}`);
  if (stage) {
    lines.push(
      `    partial compliances by criterion: final ${partials(stage, 'final')}, DTR ${partials(stage, 'dtr')}`,
    );
  }
  for (const d of preview.dates) {
    if (d.written.trim() === '') continue;
    const read = d.readable ? formatKeyDate(d.value) || '—' : 'not a date (kept in the notes)';
    lines.push(`    ${STAGE_DATE_NAMES[d.field]}: "${d.written}" → ${read}`);
  }
  return lines;
}

/** The layouts of the element tables: every column with what it was read as and why. */
export function layoutText(layouts: readonly PreviewLayout[]): string[] {
  const lines: string[] = [];
  for (const layout of layouts) {
    lines.push(
      `  Layout ${layout.number} (table${layout.tables.length === 1 ? '' : 's'} ${layout.tables.join(', ')}; ${plural(layout.elementRows, 'element row')}):`,
    );
    for (const c of layout.columns) {
      const header = c.header ? ` "${shorten(c.header, 40)}"` : '';
      lines.push(`    column ${c.index + 1}${header}: ${c.reason}`);
    }
  }
  return lines;
}

/**
 * The preview as plain text for a terminal: what was recognised per stage (with its partial
 * compliances and key dates as written and read), how each layout's columns were placed, what
 * blocks storing, the warnings and the text that could not be placed (shortened; the stage notes
 * hold it in full).
 */
export function previewText(preview: DocxImportPreview, record: AssessmentRecord): string {
  const org = preview.organisation;
  const stageTitles = new Map(preview.stages.map((s) => [s.stageId, s.title] as const));
  const lines = [
    `${org.name}${org.reference ? ` (${org.reference})` : ''} — ${plural(preview.stages.length, 'stage')}; ${plural(preview.counts.tables, 'table')}, ${preview.counts.elementTables} with elements${preview.idsFromDocument ? '; ids from a CSE Fieldbook export' : ''}`,
    ...preview.stages.flatMap((s) => stageLines(s, record)),
  ];
  const planned = record.organisation.plannedDates;
  lines.push(
    `  Planned: ${PLANNED_DATE_FIELDS.map((f) => `${PLANNED_DATE_NAMES[f].replace(/^Date of /, '')} ${formatKeyDate(planned[f]) || 'TBC'}`).join('; ')}`,
  );
  const legend = Object.entries(MARK_NAMES)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(`  (${legend})`);
  if (preview.layouts.length > 0) {
    lines.push('Columns of the element tables:', ...layoutText(preview.layouts));
  }
  const body = preview.certifyingBody;
  lines.push(
    body
      ? `Certifying body (from ${body.from === 'footer' ? 'the page footer' : 'lines repeated between pages'}; a setting, not stored with the record): ${CERTIFYING_BODY_FIELDS.map(
          (f) => body.details[f],
        )
          .filter((v) => v !== '')
          .join('; ')}`
      : 'Certifying body: none named in the page footer.',
  );
  if (preview.blocking.length > 0) {
    lines.push('Not stored until a column is mapped or this is confirmed:');
    for (const b of preview.blocking) lines.push(`  ! ${b.message}`);
  }
  lines.push(
    preview.warnings.length === 0 ? 'No warnings.' : `Warnings (${preview.warnings.length}):`,
  );
  for (const w of preview.warnings) {
    const where = [
      w.stageId ? stageTitles.get(w.stageId) : null,
      w.source ? describeSource(w.source) : null,
    ]
      .filter((x) => x)
      .join(', ');
    lines.push(`  - [${w.code}] ${w.message}${where ? ` (${where})` : ''}`);
  }
  if (preview.unplaced.length > 0) {
    lines.push(`Not placed, kept in the stage notes (${preview.unplaced.length}):`);
    for (const u of preview.unplaced) {
      lines.push(
        `  - ${stageTitles.get(u.stageId) ?? ''}, ${describeSource(u.source)}: ${shorten(u.text)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
