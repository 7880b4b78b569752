import type { ReactElement } from 'react';

interface Props {
  readonly id: string;
  /** Read by screen readers only: the table's column says "Note" to sighted users. */
  readonly label: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly onNote: (note: string) => void;
}

/** The short note of one checklist row (an activity or a requested document). */
export function ChecklistNote({ id, label, value, placeholder, onNote }: Props): ReactElement {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onNote(e.target.value)}
      />
    </>
  );
}
