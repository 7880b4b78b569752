import type { ReactElement } from 'react';
import type { EvidenceLink, Passage } from '../../../shared/evidence/types';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { StoredDocument } from '../../db/index';
import { useApp } from '../../state/use-app';
import { LinkDialog } from './LinkDialog';
import { RemoveDialog } from './RemoveDialog';

/** The dialog open over a document: linking it (or a passage), or removing it. */
export type DocumentDialogState =
  | { readonly kind: 'link'; readonly passage: Passage | null }
  | { readonly kind: 'remove'; readonly action: 'trash' | 'delete' };

interface Props {
  readonly record: AssessmentRecord;
  readonly stored: StoredDocument;
  readonly dialog: DocumentDialogState;
  /** The document's links (listed before it is removed). */
  readonly links: readonly EvidenceLink[];
  /** The stage a link is made to unless the assessor picks another. */
  readonly linkStage: StageId | null;
  readonly onClose: () => void;
  /** The document was deleted for good: its panel closes. */
  readonly onDeleted: () => void;
}

/** Links the document (or a passage) to an element, or moves it to the trash / deletes it. */
export function DocumentDialog({
  record,
  stored,
  dialog,
  links,
  linkStage,
  onClose,
  onDeleted,
}: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const organisationId = record.organisation.id;
  const doc = stored.document;
  if (dialog.kind === 'link') {
    return (
      <LinkDialog
        record={record}
        documentName={doc.name}
        passage={dialog.passage}
        stageId={linkStage}
        onClose={onClose}
        onLink={({ stageId, element, note }) => {
          onClose();
          const passage = dialog.passage;
          void evidence.link(organisationId, {
            documentId: doc.id,
            stageId,
            element,
            passage,
            note,
          });
        }}
      />
    );
  }
  const action = dialog.action;
  return (
    <RemoveDialog
      record={record}
      documentName={doc.name}
      links={links}
      action={action}
      onClose={onClose}
      onConfirm={() => {
        onClose();
        const removal = action === 'trash' ? evidence.trash : evidence.delete;
        void removal(organisationId, doc.id).then((ok) => ok && action === 'delete' && onDeleted());
      }}
    />
  );
}
