import { useState } from 'react';
import type { ReactElement } from 'react';
import { formatKeyDate } from '../../../shared/types/dates';
import { PLANNED_DATE_FIELDS, PLANNED_DATE_NAMES } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';
import type { Dialog as DialogState } from '../../state/app-state';
import { useApp } from '../../state/use-app';
import { WordBlocking } from './WordBlocking';
import { WordCertifyingBody } from './WordCertifyingBody';
import { WordLayouts } from './WordLayouts';
import { WordOverStored } from './WordOverStored';
import { WordPreviewStage } from './WordPreviewStage';
import { WordWarnings } from './WordWarnings';

type Props = Extract<DialogState, { kind: 'word-import' }>;

/**
 * The preview of a Word record before anything is stored: the organisation, what blocks storing
 * it, how each layout's columns were read (with a choice to read them otherwise and read the
 * document again), what happens over a stored organisation, the warnings, the text that could
 * not be placed, and each stage with what was found per element and from where.
 */
export function WordImportDialog(props: Props): ReactElement {
  const { fileName, imported, existing, over, kept, diff, mappings } = props;
  const confirm = useApp((s) => s.confirmWordImport);
  const reread = useApp((s) => s.rereadWordImport);
  const close = useApp((s) => s.showDialog);
  const [accepted, setAccepted] = useState(false);
  const { preview } = imported;
  const org = preview.organisation;
  const planned = imported.record.organisation.plannedDates;
  const blocked = preview.blocking.length > 0 && !accepted;
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
          <button
            type="button"
            className="btn primary"
            disabled={blocked}
            aria-describedby={blocked ? 'word-blocking-title' : undefined}
            onClick={() => void confirm(accepted)}
          >
            {existing
              ? `Import over the stored record of ${existing.organisation.name}`
              : 'Import as a new organisation'}
          </button>
        </>
      }
    >
      <p>
        <strong>{org.name}</strong>
        {org.reference ? ` · reference ${org.reference}` : ''}
        {org.unitsInScope ? ` · ${org.unitsInScope}` : ''}. Read {preview.counts.elementTables}{' '}
        element table{preview.counts.elementTables === 1 ? '' : 's'} of {preview.counts.tables};{' '}
        {preview.stages.length} stage{preview.stages.length === 1 ? '' : 's'}:{' '}
        {preview.stages.map((s) => s.title).join(', ') || 'none'}. Planned:{' '}
        {PLANNED_DATE_FIELDS.map(
          (f) =>
            `${PLANNED_DATE_NAMES[f].replace(/^Date of /, '')} ${formatKeyDate(planned[f]) || 'TBC'}`,
        ).join('; ')}
        . Nothing is stored until you confirm.
      </p>
      <WordBlocking issues={preview.blocking} accepted={accepted} onAccept={setAccepted} />
      {existing && over ? (
        <WordOverStored name={existing.organisation.name} over={over} kept={kept} diff={diff} />
      ) : null}
      <WordLayouts
        layouts={preview.layouts}
        mappings={mappings}
        onReread={(next) => {
          setAccepted(false);
          void reread(next);
        }}
      />
      <WordCertifyingBody found={preview.certifyingBody} />
      <WordWarnings preview={preview} />
      {preview.stages.map((stage) => (
        <WordPreviewStage key={stage.stageId} stage={stage} warnings={preview.warnings} />
      ))}
    </Dialog>
  );
}
