import { useState } from 'react';
import type { ReactElement } from 'react';
import type { StageEdit } from '../../../shared/export/xlsx/edits';
import { EDIT_FIELD_NAMES, describeEditValue } from '../../../shared/export/xlsx/edits';
import type { StageId } from '../../../shared/types/ids';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

interface Props {
  readonly fileName: string;
  readonly stageId: StageId;
  readonly edits: readonly StageEdit[];
}

const key = (edit: StageEdit): string => `${edit.element}|${edit.field}`;

/**
 * The differences between an edited workbook and the record, element by element (old → new),
 * each with a checkbox; the chosen ones are applied together in one transaction.
 */
export function XlsxImportDialog({ fileName, stageId, edits }: Props): ReactElement {
  const apply = useApp((s) => s.applyWorkbookEdits);
  const close = useApp((s) => s.showDialog);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(edits.map(key)));
  const accepted = edits.filter((e) => chosen.has(key(e)));
  const toggle = (edit: StageEdit): void => {
    const next = new Set(chosen);
    if (next.has(key(edit))) next.delete(key(edit));
    else next.add(key(edit));
    setChosen(next);
  };
  return (
    <Dialog
      title={`Import ${fileName}`}
      onClose={() => close(null)}
      className="wide"
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="btn primary"
            disabled={accepted.length === 0}
            onClick={() => void apply(stageId, accepted)}
          >
            Apply {accepted.length} change{accepted.length === 1 ? '' : 's'}
          </button>
        </>
      }
    >
      {edits.length === 0 ? (
        <p>The workbook holds exactly what the record holds: there is nothing to import.</p>
      ) : (
        <>
          <p>
            {edits.length} difference{edits.length === 1 ? '' : 's'} between the workbook and the
            record. Untick any you do not want; nothing changes until you apply.
          </p>
          <table className="grid diff-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">Apply</span>
                </th>
                <th scope="col">Element</th>
                <th scope="col">Field</th>
                <th scope="col">In the record</th>
                <th scope="col">In the workbook</th>
              </tr>
            </thead>
            <tbody>
              {edits.map((edit) => (
                <tr key={key(edit)}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Apply ${edit.element} ${EDIT_FIELD_NAMES[edit.field]}`}
                      checked={chosen.has(key(edit))}
                      onChange={() => toggle(edit)}
                    />
                  </td>
                  <td className="num">{edit.element}</td>
                  <td>{EDIT_FIELD_NAMES[edit.field]}</td>
                  <td className="before">{describeEditValue(edit, 'before', 90)}</td>
                  <td className="after">{describeEditValue(edit, 'after', 90)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
