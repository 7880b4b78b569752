import type { ReactElement } from 'react';
import { parseKeyDateInput } from '../../../shared/records/key-date-input';
import { useParsedInput } from '../../components/use-parsed-input';
import type { KeyDate } from '../../../shared/types/dates';
import { formatKeyDate } from '../../../shared/types/dates';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: KeyDate | null;
  readonly onChange: (value: KeyDate | null) => void;
  /** A line under the field (what is printed, where it comes from). */
  readonly hint?: string;
  /** Read-only (a signed-off stage). */
  readonly disabled?: boolean;
}

/**
 * A key date typed as the record writes it ("9 March 2015", "11-12 March 2015", "TBC", "N/A").
 * Text that is not yet a valid date stays in the field with the reason and is not stored.
 */
export function KeyDateField({ id, label, value, onChange, hint, disabled }: Props): ReactElement {
  const { text, setText, problem, commit } = useParsedInput({
    value,
    format: formatKeyDate,
    parse: parseKeyDateInput,
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    onChange,
  });

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        placeholder="e.g. 9 March 2015, TBC"
        aria-invalid={problem !== null}
        disabled={disabled}
        aria-describedby={
          [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span className="problem" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
