import type { ReactElement } from 'react';
import { useApp } from '../../state/use-app';

/**
 * The autosave status. "Saved" appears only after the database transaction committed; a failure
 * is shown in words and stays until a later save succeeds.
 */
export function SaveIndicator(): ReactElement {
  const save = useApp((s) => s.save);
  const text =
    save.state === 'idle'
      ? 'All changes saved'
      : save.state === 'pending'
        ? 'Editing…'
        : save.state === 'saving'
          ? 'Saving…'
          : save.state === 'saved'
            ? 'Saved'
            : save.message;
  return (
    <span
      className="save-status"
      data-state={save.state}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </span>
  );
}
