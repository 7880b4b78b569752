import type { ColumnMappings, ColumnRole } from '../../shared/word/import/layout-types';
import type { PreviewLayout } from '../../shared/word/import/layout-types';
import { CliError, EXIT } from '../io';

/** The words `--map` takes for what a column holds. */
const ROLE_WORDS: Readonly<Record<string, ColumnRole | null>> = {
  element: 'element',
  'desk-top': 'deskTopEvidence',
  questions: 'keyQuestions',
  visit: 'visitEvidence',
  dtr: 'dtrMark',
  final: 'finalMark',
  previous: 'previous',
  notes: 'notes',
  none: null,
};

export const MAP_HELP = `--map <layout>:<column>=<${Object.keys(ROLE_WORDS).join('|')}>`;

/**
 * The column mapping `--map 1:5=final` asks for (layout 1 of the preview, its 5th column holds
 * the final marks), by the layouts' keys. Refuses a layout or column the document does not have.
 */
export function mappingsOf(
  specs: readonly string[],
  layouts: readonly PreviewLayout[],
): ColumnMappings {
  const out: Record<string, Record<number, ColumnRole | null>> = {};
  for (const spec of specs) {
    const match = /^(\d+):(\d+)=([a-z-]+)$/.exec(spec.trim());
    const role = match ? ROLE_WORDS[match[3]!] : undefined;
    if (!match || role === undefined) {
      throw new CliError(`--map "${spec}" is not ${MAP_HELP}`, EXIT.usage);
    }
    const layout = layouts.find((l) => l.number === Number(match[1]));
    const column = Number(match[2]) - 1;
    if (!layout || !layout.columns.some((c) => c.index === column)) {
      throw new CliError(
        `--map "${spec}": the document has ${layouts.length} layout${layouts.length === 1 ? '' : 's'}${layout ? ` and layout ${layout.number} has ${layout.columns.length} columns` : ''}`,
        EXIT.usage,
      );
    }
    out[layout.key] = { ...(out[layout.key] ?? {}), [column]: role };
  }
  return out;
}
