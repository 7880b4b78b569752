import { useEffect, useRef } from 'react';
import type { ReactElement } from 'react';
import { formatHash } from '../../../shared/signoff/content-hash';
import type { Stage } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';
import { formatInstant } from '../workbook/history-lines';
import { checkText } from './check-text';

/**
 * The stage's sign-off state: who signed it off, when, its content hash and signing key, and
 * what checking it found (a stage changed since it was signed off is flagged loudly), with the
 * action to sign off or to withdraw the sign-off.
 */
export function SignOffBar({ stage }: { readonly stage: Stage }): ReactElement {
  const show = useApp((s) => s.showDialog);
  const check = useApp((s) => s.signOffChecks[stage.id]);
  const ownKey = useApp((s) => s.signingKey?.publicKey ?? null);
  const signOff = stage.signOff;
  const bar = useRef<HTMLDivElement>(null);
  const wasSigned = useRef(signOff !== undefined);
  // Just signed off here: the button that opened the dialog is gone, so the bar takes focus.
  useEffect(() => {
    if (signOff && !wasSigned.current) bar.current?.focus();
    wasSigned.current = signOff !== undefined;
  }, [signOff]);
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
  const broken = check !== undefined && check !== 'checking' && check.kind !== 'intact';
  const finding =
    check === undefined || check === 'checking'
      ? 'Checking the sign-off…'
      : checkText(check, ownKey);
  return (
    <div
      ref={bar}
      tabIndex={-1}
      className={`sign-off-bar signed${broken ? ' broken' : ''}`}
      data-testid="sign-off"
      data-check={check === undefined || check === 'checking' ? 'checking' : check.kind}
    >
      <div className="sign-off-text">
        <p>
          <strong>Signed off</strong> by {signOff.signedOffBy} on{' '}
          {formatInstant(signOff.signedOffAt)} — read-only. Content hash (SHA-256):{' '}
          <code>{formatHash(signOff.contentHash)}</code>
        </p>
        <p role={broken ? 'alert' : 'status'} className="sign-off-check">
          {broken ? <strong>This sign-off does not hold. </strong> : null}
          {finding}
        </p>
      </div>
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
