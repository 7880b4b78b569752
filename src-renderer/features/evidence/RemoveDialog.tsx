import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { EvidenceLink } from '../../../shared/evidence/types';
import type { AssessmentRecord } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';

interface Props {
  readonly record: AssessmentRecord;
  readonly documentName: string;
  readonly links: readonly EvidenceLink[];
  /** `trash` is recoverable; `delete` removes the document, its file and its links for good. */
  readonly action: 'trash' | 'delete';
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Before a document goes: which elements link to it, and what will happen to those links. */
export function RemoveDialog({
  record,
  documentName,
  links,
  action,
  onConfirm,
  onClose,
}: Props): ReactElement {
  const stageName = (id: string): string => {
    const stage = record.stages.find((s) => s.id === id);
    return stage ? stageTitle(stage) : id;
  };
  return (
    <Dialog
      title={action === 'trash' ? 'Move to the trash?' : 'Delete for good?'}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn danger" onClick={onConfirm}>
            {action === 'trash' ? 'Move to trash' : 'Delete for good'}
          </button>
        </>
      }
    >
      <p>
        <strong>{documentName}</strong>{' '}
        {links.length === 0
          ? 'is not linked to any element.'
          : `is linked to ${links.length} element${links.length === 1 ? '' : 's'}:`}
      </p>
      {links.length > 0 ? (
        <ul className="error-list" data-testid="linked-elements">
          {links.map((l) => (
            <li key={l.id}>
              {l.element} ({stageName(l.stageId)})
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        {action === 'trash'
          ? 'In the trash it is hidden from the workbook and search; restore it to bring it and its links back.'
          : 'Its file, its text and its links are removed for good. The elements’ own text is not changed.'}
      </p>
    </Dialog>
  );
}
