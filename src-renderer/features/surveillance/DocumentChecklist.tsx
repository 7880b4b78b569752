import type { ReactElement } from 'react';
import type { DocumentStatus } from '../../../shared/surveillance/checklists';
import type { StageId } from '../../../shared/types/ids';
import { useToday } from '../../state/use-deps';
import { ChecklistNote } from './ChecklistNote';
import { IsoDateField } from './IsoDateField';
import { confirmReceipt, editReceipt } from './surveillance-changes';
import type { EditSurveillance } from './use-surveillance-record';

interface Props {
  readonly documents: readonly DocumentStatus[];
  /** The stage that records receipt; `null` until it is started (the list is then read-only). */
  readonly stageId: StageId | null;
  readonly stageName: string;
  readonly onEdit: EditSurveillance;
}

/** The documents requested before a surveillance, each with "receipt confirmed" and its date. */
export function DocumentChecklist({ documents, stageId, stageName, onEdit }: Props): ReactElement {
  const today = useToday();
  const outstanding = documents.filter((d) => !d.receiptConfirmed).length;
  return (
    <section className="panel" aria-labelledby="sv-docs-title" data-testid="documents">
      <header>
        <h2 id="sv-docs-title" className="sv-h2">
          Documents requested
        </h2>
        <span className={`sv-badge ${outstanding === 0 ? 'done' : 'not-started'}`}>
          {outstanding === 0 ? 'all received' : `${outstanding} of ${documents.length} outstanding`}
        </span>
      </header>
      {stageId === null ? (
        <p className="sv-note sv-small sv-inset">
          Receipt is recorded on {stageName} once it is started.
        </p>
      ) : null}
      <table className="sv-check-table">
        <thead>
          <tr>
            <th scope="col">Document · receipt confirmed</th>
            <th scope="col" className="sv-col-date">
              Received on
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => {
            const id = `sv-doc-${doc.document}`;
            return (
              <tr key={doc.document} data-document={doc.document}>
                <td>
                  <label className="check sv-check-label">
                    <input
                      type="checkbox"
                      checked={doc.receiptConfirmed}
                      disabled={stageId === null}
                      onChange={(e) => {
                        if (stageId === null) return;
                        const confirmed = e.target.checked;
                        onEdit(stageId, (s) => confirmReceipt(s, doc.document, confirmed, today));
                      }}
                    />
                    <span>{doc.name}</span>
                  </label>
                </td>
                <td className="sv-col-date">
                  {stageId === null ? null : (
                    <IsoDateField
                      id={`${id}-on`}
                      label={`${doc.name}: received on`}
                      hideLabel
                      placeholder={doc.receiptConfirmed ? 'date' : ''}
                      disabled={!doc.receiptConfirmed}
                      value={doc.receivedOn}
                      onChange={(date) =>
                        onEdit(stageId, (s) => editReceipt(s, doc.document, { receivedOn: date }))
                      }
                    />
                  )}
                </td>
                <td>
                  {stageId === null ? null : (
                    <ChecklistNote
                      id={`${id}-note`}
                      label={`${doc.name}: note`}
                      value={doc.note}
                      onNote={(note) =>
                        onEdit(stageId, (s) => editReceipt(s, doc.document, { note }))
                      }
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
