import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { stageTitle } from '../../../shared/records/select-stage';
import type { StageId } from '../../../shared/types/ids';
import { Dialog } from '../../components/Dialog';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/use-app';

/**
 * Asks who signs the stage off and the passphrase of their signing key (making the key first
 * when this computer has none), says what signing off does, then signs it off.
 */
export function SignOffDialog({ stageId }: { readonly stageId: StageId }): ReactElement | null {
  const { stage, signOff, createKey, loadKey, key, close } = useApp(
    useShallow((s) => ({
      stage: s.record?.stages.find((st) => st.id === stageId),
      signOff: s.signOffStage,
      createKey: s.createSigningKey,
      loadKey: s.loadSigningKey,
      key: s.signingKey,
      close: s.showDialog,
    })),
  );
  const [name, setName] = useState(stage?.assessor ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (key === undefined) void loadKey();
  }, [key, loadKey]);
  if (!stage) return null;
  const making = key === null;
  const valid = name.trim() !== '' && passphrase !== '' && (!making || repeat === passphrase);
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
            disabled={!valid || busy || key === undefined}
          >
            {busy ? 'Signing…' : making ? 'Make key and sign off' : 'Sign off'}
          </button>
        </>
      }
    >
      <form
        id="sign-off-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid || busy) return;
          setBusy(true);
          setProblem(null);
          const made = !making || (await createKey(name, passphrase));
          const refused = made ? await signOff(stageId, name, passphrase) : null;
          setBusy(false);
          if (refused !== null) setProblem(refused);
        }}
        className="sign-off-form"
      >
        <SignOffExplanation making={making} />
        <SignerFields
          name={name}
          onName={setName}
          making={making}
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          repeat={repeat}
          onRepeat={setRepeat}
        />
        {key ? <SigningKeyLine owner={key.owner} fingerprint={key.fingerprint} /> : null}
        {problem ? (
          <p role="alert" className="form-error">
            {problem}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

/** What signing off does, and, when there is no key yet, what making one means. */
function SignOffExplanation({ making }: { readonly making: boolean }): ReactElement {
  return (
    <>
      <p>
        Signing off makes this stage read-only and records a content hash (SHA-256) of everything
        its exports print, signed with your own key. The certifying body can check with your public
        key who signed it and that nothing changed since. A sign-off can be withdrawn, with a reason
        that is kept in the history.
      </p>
      {making ? (
        <p>
          This computer has no signing key of yours yet: choose a passphrase to make one. The key
          stays on this computer, encrypted with the passphrase; nobody can recover a forgotten
          passphrase (you would make a new key).
        </p>
      ) : null}
    </>
  );
}

/**
 * Who signs, and the passphrase of their signing key; when the key is being made, the passphrase
 * is typed twice (a difference is said at once).
 */
function SignerFields({
  name,
  onName,
  making,
  passphrase,
  onPassphrase,
  repeat,
  onRepeat,
}: {
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly making: boolean;
  readonly passphrase: string;
  readonly onPassphrase: (passphrase: string) => void;
  readonly repeat: string;
  readonly onRepeat: (repeat: string) => void;
}): ReactElement {
  const mismatch = making && repeat !== '' && repeat !== passphrase;
  return (
    <>
      <div className="field">
        <label htmlFor="sign-off-name">Signed off by</label>
        <input
          id="sign-off-name"
          value={name}
          onChange={(e) => onName(e.target.value)}
          maxLength={1000}
          autoComplete="name"
        />
      </div>
      <div className="field">
        <label htmlFor="sign-off-passphrase">
          {making ? 'New passphrase (8 characters or more)' : 'Passphrase of your signing key'}
        </label>
        <input
          id="sign-off-passphrase"
          type="password"
          value={passphrase}
          onChange={(e) => onPassphrase(e.target.value)}
          autoComplete={making ? 'new-password' : 'current-password'}
        />
      </div>
      {making ? (
        <div className="field">
          <label htmlFor="sign-off-repeat">Repeat the passphrase</label>
          <input
            id="sign-off-repeat"
            type="password"
            value={repeat}
            onChange={(e) => onRepeat(e.target.value)}
            autoComplete="new-password"
            aria-invalid={mismatch}
            aria-describedby={mismatch ? 'sign-off-mismatch' : undefined}
          />
          {mismatch ? (
            <p id="sign-off-mismatch" className="form-error">
              The two passphrases differ.
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** The signing key on this computer, and saving its public half for the certifying body. */
function SigningKeyLine({
  owner,
  fingerprint,
}: {
  readonly owner: string;
  readonly fingerprint: string;
}): ReactElement {
  const savePublicKey = useApp((s) => s.savePublicKey);
  return (
    <p className="sign-off-key">
      Your signing key: {owner}, fingerprint <code>{fingerprint}</code>.{' '}
      <button type="button" className="btn small" onClick={() => void savePublicKey()}>
        Save public key…
      </button>
    </p>
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
