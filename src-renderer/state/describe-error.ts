import { isPermanentRefusal } from '../db/index';

/**
 * A failure in words for the status bar and dialogs. Storage failures say what happened and
 * that the text is still on screen; nothing is ever described as lost.
 */
export function describeError(error: unknown): string {
  // A refusal no retry can overcome says what to do in its own words; it is never "retried".
  if (isPermanentRefusal(error)) return `Not saved: ${(error as Error).message}`;
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the disk or the browser storage is full. Your text is still on screen; free some space and it will be saved automatically.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Not saved: ${message}. Your text is still on screen and saving will be retried.`;
}
