import { useState } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import type { Stage } from '../../../shared/types/record';
import { STAGE_DATE_FIELDS } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

/** What removing `stage` takes away, in plain sentences (only what it holds). */
export function removalLosses(stage: Stage): string[] {
  const n = (count: number, one: string, many = `${one}s`): string =>
    `${count} ${count === 1 ? one : many}`;
  const finals = stage.entries.filter((e) => e.finalMark !== null).length;
  const dtrs = stage.entries.filter((e) => e.dtrMark !== null).length;
  const texts = stage.entries.filter(
    (e) =>
      e.deskTopEvidence.trim() !== '' ||
      e.keyQuestions.trim() !== '' ||
      e.visitEvidence.trim() !== '' ||
      e.cpJustification.trim() !== '' ||
      e.developmentNote.trim() !== '',
  ).length;
  const dates = STAGE_DATE_FIELDS.filter((f) => stage.dates[f] !== null).length;
  const sv = stage.surveillance;
  const records =
    (sv.category ? 1 : 0) +
    sv.developmentPoints.length +
    sv.documents.length +
    sv.onSitePlan.length +
    sv.activities.length +
    sv.whatHasChanged.length +
    sv.significantChanges.length;
  const out = [
    `${n(finals, 'final mark')} and ${n(dtrs, 'DTR mark')} of ${stage.entries.length} elements`,
    `the evidence and notes written on ${n(texts, 'element')}`,
  ];
  if (stage.assessor.trim() !== '' || dates > 0) {
    out.push(`its assessor and ${n(dates, 'key date')}`);
  }
  if (stage.notes.trim() !== '') out.push('its stage notes');
  if (records > 0) {
    out.push(`${n(records, 'surveillance record')} (category, progress, documents, plan)`);
  }
  out.push('the links from the evidence library to its elements');
  return out;
}

/**
 * Confirms the removal of a stage created by mistake: names the stage and what will be lost,
 * says a backup is made first and what happens to the stages after it. Cancel has the focus.
 */
export function RemoveStageDialog({ stageId }: { readonly stageId: StageId }): ReactElement | null {
  const record = useApp((s) => s.record);
  const remove = useApp((s) => s.removeStage);
  const close = useApp((s) => s.showDialog);
  const [busy, setBusy] = useState(false);
  const index = record?.stages.findIndex((s) => s.id === stageId) ?? -1;
  const stage = record?.stages[index];
  if (!record || !stage) return null;
  const title = stageTitle(stage);
  const before = record.stages[index - 1];
  const after = record.stages[index + 1];
  return (
    <Dialog
      title={`Remove ${title}?`}
      onClose={() => close(null)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="btn danger"
            disabled={busy || stage.signOff !== undefined}
            onClick={async () => {
              setBusy(true);
              await remove(stageId);
              setBusy(false);
            }}
          >
            Remove {title}
          </button>
        </>
      }
    >
      <p>
        Remove <strong>{title}</strong> (stage {index + 1} of {record.stages.length}) from{' '}
        {record.organisation.name || 'this organisation'}? Use this for a stage created by mistake.
        What it holds will be lost from the workbook:
      </p>
      <ul data-testid="removal-losses">
        {removalLosses(stage).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {after ? (
        <p>
          {stageTitle(after)} will then follow {before ? stageTitle(before) : 'nothing'}.
        </p>
      ) : null}
      <p>
        A backup of every record is made first (listed under Backups…), and the removal is kept in
        the history. It cannot be undone here: to get the stage back, restore that backup.
      </p>
    </Dialog>
  );
}
