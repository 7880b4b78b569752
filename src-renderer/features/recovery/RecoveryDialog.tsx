import { useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Dialog } from '../../components/Dialog';
import type { RecoveryItem } from '../../db/index';
import { useApp } from '../../state/use-app';
import { formatInstant } from '../workbook/history-lines';
import { recoveryCopyText, recoveryPlace, refusalText } from './recovery-text';

/** Puts `text` on the clipboard; falls back to copying the selected text area. */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    area.focus();
    area.select();
    return document.execCommand('copy');
  }
}

function RecoveryCard({ item }: { readonly item: RecoveryItem }): ReactElement {
  const { record, reapply, dismiss } = useApp(
    useShallow((s) => ({
      record: s.record,
      reapply: s.reapplyRecovery,
      dismiss: s.dismissRecovery,
    })),
  );
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = recoveryCopyText(item, record);
  const areaId = `recovery-text-${item.id}`;
  const place = recoveryPlace(item, record);
  return (
    <li className="recovery-item">
      <h3>{place}</h3>
      <p className="muted">
        Refused {formatInstant(item.at)}: {refusalText(item.reason)}
      </p>
      <label htmlFor={areaId} className="sr-only">
        Text kept for {place}
      </label>
      <textarea
        id={areaId}
        readOnly
        value={text}
        rows={Math.min(10, text.split('\n').length + 1)}
      />
      <div className="recovery-actions">
        <button
          type="button"
          className="btn small"
          onClick={async (e) => {
            const area = e.currentTarget
              .closest('li')
              ?.querySelector<HTMLTextAreaElement>('textarea');
            setNote(
              (await copyText(text, area ?? null))
                ? 'Copied.'
                : 'Select the text and copy it (Ctrl+C).',
            );
          }}
        >
          Copy text
        </button>
        <button
          type="button"
          className="btn small primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const problem = await reapply(item.id);
            setBusy(false);
            setNote(problem);
          }}
        >
          Apply again
        </button>
        <button type="button" className="btn small" onClick={() => void dismiss(item.id)}>
          Dismiss
        </button>
      </div>
      {note ? (
        <p role="status" className="recovery-note">
          {note}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The edits the database refused for good, each with its text: copy it, apply it again once
 * the cause is gone (withdraw the sign-off, restore the record from the trash), or dismiss it.
 */
export function RecoveryDialog(): ReactElement {
  const recovery = useApp((s) => s.recovery);
  const close = useApp((s) => s.showDialog);
  return (
    <Dialog
      title="Edits that could not be saved"
      className="wide"
      onClose={() => close(null)}
      footer={
        <button type="button" className="btn primary" onClick={() => close(null)}>
          Close
        </button>
      }
    >
      {recovery.length === 0 ? (
        <p>Nothing is waiting: every kept edit was applied or dismissed.</p>
      ) : (
        <>
          <p>
            The fieldbook refused these edits, so they are not in the record. Their text is kept
            here, on this computer, until you apply it again or dismiss it.
          </p>
          <ul className="recovery-list" aria-label="Kept edits">
            {recovery.map((item) => (
              <RecoveryCard key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}

/** The top bar's notice of kept edits; opens the list. Nothing while there are none. */
export function RecoveryButton(): ReactElement | null {
  const count = useApp((s) => s.recovery.length);
  const show = useApp((s) => s.showDialog);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="btn recovery-button"
      onClick={() => show({ kind: 'recovery' })}
      aria-live="polite"
    >
      {count} edit{count === 1 ? '' : 's'} not saved…
    </button>
  );
}
