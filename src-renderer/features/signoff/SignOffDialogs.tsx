import { useState } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

/** Asks who signs the stage off, says what signing off does, then signs it off. */
export function SignOffDialog({ stageId }: { readonly stageId: StageId }): ReactElement | null {
  const stage = useApp((s) => s.record?.stages.find((st) => st.id === stageId));
  const signOff = useApp((s) => s.signOffStage);
  const close = useApp((s) => s.showDialog);
  const [name, setName] = useState(stage?.assessor ?? '');
  const [busy, setBusy] = useState(false);
  if (!stage) return null;
  const valid = name.trim() !== '';
  return (
    <Dialog
      title={`Sign off ${stageTitle(stage)}`}
      onClose={() => close(null)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)}>
            Cancel
          </button>
          <button
            type="submit"
            form="sign-off-form"
            className="btn primary"
            disabled={!valid || busy}
          >
            Sign off
          </button>
        </>
      }
    >
      <form
        id="sign-off-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid) return;
          setBusy(true);
          await signOff(stageId, name);
          setBusy(false);
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
      >
        <p>
          Signing off makes this stage read-only and records a content hash (SHA-256) of everything
          in it. Its exports show the hash, so the certifying body can tell a document was not
          edited afterwards. A sign-off can be withdrawn, with a reason that is kept in the history.
        </p>
        <div className="field">
          <label htmlFor="sign-off-name">Signed off by</label>
          <input
            id="sign-off-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={1000}
          />
        </div>
      </form>
    </Dialog>
  );
}

/** Asks why, then withdraws a stage's sign-off so it can be edited again. */
export function WithdrawSignOffDialog({
  stageId,
}: {
  readonly stageId: StageId;
}): ReactElement | null {
  const stage = useApp((s) => s.record?.stages.find((st) => st.id === stageId));
  const withdraw = useApp((s) => s.withdrawSignOff);
  const close = useApp((s) => s.showDialog);
  const [reason, setReason] = useState('');
  if (!stage) return null;
  const valid = reason.trim() !== '';
  return (
    <Dialog
      title={`Withdraw the sign-off of ${stageTitle(stage)}`}
      onClose={() => close(null)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="btn danger"
            disabled={!valid}
            onClick={() => void withdraw(stageId, reason)}
          >
            Withdraw sign-off
          </button>
        </>
      }
    >
      <p>
        Exports made while it was signed off keep their hash; anything changed from now on will no
        longer match it. The reason is recorded in the history.
      </p>
      <div className="field">
        <label htmlFor="withdraw-reason">Why is the sign-off withdrawn?</label>
        <textarea
          id="withdraw-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
        />
      </div>
    </Dialog>
  );
}
