import type { ReactElement } from 'react';
import type { PlaceholderValues } from '../../../shared/report/placeholder-values';
import type { TemplateBlock } from '../../../shared/report/template';
import { fillPlaceholders } from '../../../shared/report/template';

interface Props {
  readonly blocks: readonly TemplateBlock[];
  readonly values: PlaceholderValues;
  /** Where an empty value of a table row can be filled in. */
  readonly emptyHint?: string;
}

/**
 * The template's fixed wording of a section as the report will print it (placeholders filled),
 * set apart from what the assessor writes.
 */
export function FixedWording({ blocks, values, emptyHint }: Props): ReactElement | null {
  if (blocks.length === 0) return null;
  const fill = (text: string): string => fillPlaceholders(text, values);
  return (
    <div className="rp-fixed">
      {blocks.map((block) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={block.line}>{fill(block.text)}</p>;
          case 'list':
            return (
              <ul key={block.line}>
                {block.items.map((item, i) => (
                  <li key={i}>{fill(item)}</li>
                ))}
              </ul>
            );
          case 'facts':
            return (
              <table key={block.line} className="rp-facts">
                <tbody>
                  {block.rows.map((row, i) => {
                    const value = fill(row.value);
                    return (
                      <tr key={i} id={`report-facts-${block.line + i}`} tabIndex={-1}>
                        <th scope="row">{fill(row.label)}</th>
                        <td>
                          {value === '' ? (
                            <span className="rp-missing">
                              Empty{emptyHint ? ` — ${emptyHint}` : ''}
                            </span>
                          ) : (
                            value
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            );
        }
      })}
    </div>
  );
}
