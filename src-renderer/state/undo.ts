import type { ElementId, StageId } from '../../shared/types/ids';
import type { EntryPatch } from '../db/index';

/** One undoable change to an element entry: the fields before and after. */
export interface UndoStep {
  readonly stageId: StageId;
  readonly element: ElementId;
  readonly before: EntryPatch;
  readonly after: EntryPatch;
  /** Typing in one field within this many ms of the last step extends that step. */
  readonly at: number;
  readonly label: string;
}

const COALESCE_MS = 1500;
const MAX_STEPS = 200;

/**
 * Adds a step to the stack. Consecutive text edits of the same field coalesce into one step
 * (undo takes back a burst of typing, not a character); marks never coalesce.
 */
export function pushUndo(stack: readonly UndoStep[], step: UndoStep): UndoStep[] {
  const last = stack[stack.length - 1];
  const fields = Object.keys(step.after);
  const sameField =
    last &&
    last.stageId === step.stageId &&
    last.element === step.element &&
    fields.length === 1 &&
    Object.keys(last.after).join() === fields.join() &&
    typeof Object.values(step.after)[0] === 'string' &&
    !fields[0]?.endsWith('Mark') &&
    step.at - last.at < COALESCE_MS;
  if (sameField && last) {
    return [...stack.slice(0, -1), { ...last, after: step.after, at: step.at }];
  }
  return [...stack, step].slice(-MAX_STEPS);
}
