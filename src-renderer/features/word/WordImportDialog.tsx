import type { ReactElement } from 'react';
import type { DocxImport, RecordDiff } from '../../../shared/word';
import type { AssessmentRecord } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';
import { WordPreviewStage } from './WordPreviewStage';
import { WordWarnings } from './WordWarnings';

interface Props {
  readonly fileName: string;
  readonly imported: DocxImport;
  readonly existing: AssessmentRecord | null;
  readonly diff: RecordDiff | null;
}

/**
 * The preview of a Word record before anything is stored: the organisation, each stage with
 * what was found per element and from where, the warnings, the text that could not be placed
 * (it goes to the stage notes), and — over a stored organisation — what would change.
 */
export function WordImportDialog({ fileName, imported, existing, diff }: Props): ReactElement {
  const confirm = useApp((s) => s.confirmWordImport);
  const close = useApp((s) => s.showDialog);
  const { preview } = imported;
  const org = preview.organisation;
  return (
    <Dialog
      title={`Import ${fileName}`}
      className="wide"
      onClose={() => close(null)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => void confirm()}>
            {existing
              ? `Replace the stored record of ${existing.organisation.name}`
              : 'Import as a new organisation'}
          </button>
        </>
      }
    >
      <p>
        <strong>{org.name}</strong>
        {org.reference ? ` · reference ${org.reference}` : ''}
        {org.unitsInScope ? ` · ${org.unitsInScope}` : ''}. Read {preview.counts.elementTables}{' '}
        element table{preview.counts.elementTables === 1 ? '' : 's'} of {preview.counts.tables}.
        Nothing is stored until you confirm.
      </p>
      {existing && diff ? (
        <section aria-label="Differences with the stored record" className="word-diff">
          <h3>
            Over the stored record: {diff.changes.length} change
            {diff.changes.length === 1 ? '' : 's'}
            {diff.stagesAdded.length > 0 ? `; new stages ${diff.stagesAdded.join(', ')}` : ''}
          </h3>
          {diff.stagesOnlyStored.length > 0 ? (
            <p className="problem">
              The document lacks {diff.stagesOnlyStored.join(', ')}; replacing would drop them (a
              backup is made first).
            </p>
          ) : null}
          <ul className="reasons">
            {diff.changes.slice(0, 40).map((c, i) => (
              <li key={i}>
                {c.where}
                {c.element ? ` ${c.element}` : ''} — {c.field}: “{short(c.before)}” → “
                {short(c.after)}”
              </li>
            ))}
          </ul>
          {diff.changes.length > 40 ? (
            <p className="muted">…and {diff.changes.length - 40} more.</p>
          ) : null}
        </section>
      ) : null}
      <WordWarnings preview={preview} />
      {preview.stages.map((stage) => (
        <WordPreviewStage key={stage.stageId} stage={stage} />
      ))}
    </Dialog>
  );
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat || '—';
}
