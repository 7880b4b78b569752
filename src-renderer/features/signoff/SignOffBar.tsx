import type { ReactElement } from 'react';
import { formatHash } from '../../../shared/signoff/content-hash';
import type { Stage } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';
import { formatInstant } from '../workbook/history-lines';

/**
 * The stage's sign-off state: who signed it off, when, and its content hash, with the action to
 * sign off or to withdraw the sign-off.
 */
export function SignOffBar({ stage }: { readonly stage: Stage }): ReactElement {
  const show = useApp((s) => s.showDialog);
  const signOff = stage.signOff;
  if (!signOff) {
    return (
      <div className="sign-off-bar" data-testid="sign-off">
        <span className="muted">Not signed off — editable.</span>
        <button
          type="button"
          className="btn small"
          onClick={() => show({ kind: 'sign-off', stageId: stage.id })}
        >
          Sign off this stage…
        </button>
      </div>
    );
  }
  return (
    <div className="sign-off-bar signed" data-testid="sign-off" role="status">
      <span>
        <strong>Signed off</strong> by {signOff.signedOffBy} on {formatInstant(signOff.signedOffAt)}{' '}
        — read-only. Content hash (SHA-256): <code>{formatHash(signOff.contentHash)}</code>
      </span>
      <button
        type="button"
        className="btn small"
        onClick={() => show({ kind: 'withdraw-sign-off', stageId: stage.id })}
      >
        Withdraw sign-off…
      </button>
    </div>
  );
}
