import { MARK_NAMES } from '../../types/marks';
import type { AssessmentRecord } from '../../types/record';
import { describeSource } from '../read/doc-model';
import type { DocxImportPreview, PreviewStage } from './preview-types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function shorten(text: string, width = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function stageLine(stage: PreviewStage, record: AssessmentRecord): string {
  const c = stage.counts;
  const entries = record.stages.find((s) => s.id === stage.stageId)?.entries ?? [];
  const marks = (['CP', 'F', 'P', 'NC'] as const)
    .map((m) => `${entries.filter((e) => e.finalMark === m).length} ${m}`)
    .join(', ');
  const what =
    c.carried > 0
      ? `${plural(c.found, 'element')} changed, ${c.carried} carried from the previous stage`
      : `${c.found} of ${stage.elements.length} elements found${c.missing > 0 ? `, ${c.missing} missing` : ''}`;
  const assessor = stage.assessor === '' ? '' : ` (${stage.assessor})`;
  return `  ${stage.title}${assessor}: ${what}; final marks ${marks}`;
}

/**
 * The preview as plain text for a terminal: what was recognised per stage, the warnings and
 * the text that could not be placed (shortened; the stage notes hold it in full).
 */
export function previewText(preview: DocxImportPreview, record: AssessmentRecord): string {
  const org = preview.organisation;
  const stageTitles = new Map(preview.stages.map((s) => [s.stageId, s.title] as const));
  const lines = [
    `${org.name}${org.reference ? ` (${org.reference})` : ''} — ${plural(preview.stages.length, 'stage')}; ${plural(preview.counts.tables, 'table')}, ${preview.counts.elementTables} with elements${preview.idsFromDocument ? '; ids from a CSE Fieldbook export' : ''}`,
    ...preview.stages.map((s) => stageLine(s, record)),
  ];
  const legend = Object.entries(MARK_NAMES)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(`  (${legend})`);
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
